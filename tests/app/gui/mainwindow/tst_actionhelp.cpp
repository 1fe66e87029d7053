// SPDX-License-Identifier: GPL-3.0-or-later
// Help where people look for it: every menu and toolbar command says in the status bar and in its
// tooltip what it does; every panel and editor answers What's This; every control a keyboard can
// reach has a name a screen reader can say; Tab reaches the editors and the panels.
#include "support/isolatedsettings.h"

#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/preferences/preferencesdialog.h"

#include "editor/settings/preferences.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

namespace {
void collect(QMenu *menu, const QString &path, QList<std::pair<QString, QAction *>> &out)
{
    emit menu->aboutToShow(); // menus filled on demand fill now
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        const QString here = path + QStringLiteral(" ▸ ") + QString(a->text()).remove(u'&');
        if (a->menu())
            collect(a->menu(), here, out);
        else
            out.append({ here, a });
    }
}

bool generated(const QAction *a)
{
    // Entries that are data, not commands: a recent file, a template, a panel's toggle, "none".
    return !a->isEnabled() || (a->parent() && a->parent()->inherits("QDockWidget"));
}

/** A widget a screen reader can name: its own accessible name, its text, or a label pointing at it. */
bool named(QWidget *w, const QList<QLabel *> &labels)
{
    if (!w->accessibleName().isEmpty())
        return true;
    if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().remove(u'&').trimmed().isEmpty())
        return true;
    for (QLabel *l : labels)
        if (l->buddy() == w)
            return true;
    return false;
}
} // namespace

class TestActionHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { oi::test::isolateSettings("tst_actionhelp"); }

    void everyCommandSaysWhatItDoes()
    {
        oi::app::MainWindow window;
        window.openSample();
        // Each editor adds its own commands to the menus while it is in front: visit them all.
        QList<std::pair<QString, QAction *>> actions;
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            for (QAction *top : window.menuBar()->actions())
                collect(top->menu(), QString(top->text()).remove(u'&'), actions);
            for (QToolBar *bar : window.findChildren<QToolBar *>())
                for (QAction *a : bar->actions())
                    if (!a->isSeparator() && !a->menu() && !a->text().isEmpty() && bar->isVisibleTo(&window))
                        actions.append(
                            { bar->windowTitle() + QStringLiteral(" toolbar ▸ ") + QString(a->text()).remove(u'&'),
                                a });
        }
        QVERIFY(actions.size() > 40);
        QStringList silent;
        QSet<QAction *> seen;
        for (const auto &[path, a] : actions) {
            if (seen.contains(a))
                continue;
            seen.insert(a);
            if (generated(a))
                continue;
            const QString plain = QString(a->text()).remove(u'&').remove(u'…');
            if (a->statusTip().isEmpty() || a->toolTip().remove(u'…') == plain)
                silent << path;
        }
        for (const QString &path : silent)
            qWarning("no status tip or tooltip: %s", qPrintable(path));
        QCOMPARE(silent.size(), 0);
    }

    void everyPanelAndEditorAnswersWhatsThis()
    {
        oi::app::MainWindow window;
        QStringList mute;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->widget()->whatsThis().isEmpty())
                mute << dock->windowTitle();
        for (int i = 0; i < window.tabs()->count(); ++i)
            if (window.tabs()->widget(i)->whatsThis().isEmpty())
                mute << window.tabs()->tabText(i);
        QVERIFY2(mute.isEmpty(), qPrintable(mute.join(u", ")));
        QVERIFY(window.action(QStringLiteral("whatsThis")));
    }

    void theKeyboardMovesBetweenTheTabs()
    {
        oi::app::MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.tabs()->setCurrentIndex(0);
        window.tabs()->currentWidget()->setFocus();
        QTest::keyClick(window.tabs()->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QTest::keyClick(window.tabs()->currentWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
    }

    void everyReachableControlHasAName()
    {
        oi::app::MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        oi::app::PreferencesDialog preferences(oi::editor::Preferences {}, &window);
        QStringList nameless;
        for (QWidget *root : { static_cast<QWidget *>(&window), static_cast<QWidget *>(&preferences) }) {
            const QList<QLabel *> labels = root->findChildren<QLabel *>();
            for (QWidget *w : root->findChildren<QWidget *>()) {
                const bool input = w->inherits("QAbstractItemView") || w->inherits("QAbstractSpinBox")
                    || w->inherits("QComboBox") || w->inherits("QLineEdit") || w->inherits("QTextEdit")
                    || w->inherits("QPlainTextEdit") || w->inherits("QAbstractButton") || w->inherits("QGraphicsView");
                if (!input || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || !w->isVisibleTo(root))
                    continue;
                if (!named(w, labels))
                    nameless << QStringLiteral("%1 (%2)").arg(
                        w->objectName(), QLatin1String(w->metaObject()->className()));
            }
        }
        for (const QString &w : nameless)
            qWarning("no accessible name: %s", qPrintable(w));
        QCOMPARE(nameless.size(), 0);
    }
};

QTEST_MAIN(TestActionHelp)
#include "tst_actionhelp.moc"
