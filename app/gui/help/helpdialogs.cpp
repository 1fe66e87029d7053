// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/help/helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace oi::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Help", text);
}

QDialog *newDialog(QWidget *parent, const QString &title, QWidget *content, const QSize &size)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

} // namespace

QList<Shortcut> shortcutsOf(const QWidget *window)
{
    QList<Shortcut> list;
    QSet<QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty() || action->isSeparator())
            continue;
        QString name = action->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        name.remove(u'\u2026');
        name = name.trimmed();
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const Shortcut s { name, keys.join(tr(" or ")) };
        if (seen.contains(s.action + s.keys))
            continue;
        seen.insert(s.action + s.keys);
        list << s;
    }
    std::sort(list.begin(), list.end(),
        [](const Shortcut &a, const Shortcut &b) { return a.action.localeAwareCompare(b.action) < 0; });
    return list;
}

QDialog *newUserGuide(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenExternalLinks(false);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly | QIODevice::Text))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        browser->setPlainText(tr("The user guide is missing from this build."));
    return newDialog(parent, tr("Outside-In Studio User Guide"), browser, QSize(760, 820));
}

QDialog *newShortcutList(QWidget *window)
{
    const QList<Shortcut> shortcuts = shortcutsOf(window);
    auto *table = new QTableWidget(int(shortcuts.size()), 2);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    for (int row = 0; row < table->rowCount(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts[row].action));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts[row].keys));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return newDialog(window, tr("Keyboard Shortcuts"), table, QSize(520, 640));
}

} // namespace oi::app
