// SPDX-License-Identifier: GPL-3.0-or-later
// The studio as a process: an edit survives SIGKILL once one autosave interval has passed, and a
// second studio on a file the first has open is warned and opens it read-only. The child studios
// and this test share one home of their own (settings, autosave copies); the restart runs in
// this process, as main() does it, so the recovered document can be compared.
#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/documents/projectlock.h"
#include "app/gui/mainwindow/mainwindow.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace oi;

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
constexpr int kIntervalSeconds = 1;

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(50);
    }
    return true;
}

/** Answers the next message box that shows a button with `text` by pressing it; records its text. */
void answerNextBox(const QString &buttonText, QString *seen)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, buttonText, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == buttonText) {
                *seen = box->text() + u'\n' + box->informativeText();
                poll->deleteLater();
                button->click();
                return;
            }
        }
    });
    poll->start(50);
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
    QTemporaryDir mHome;
    QTemporaryDir mWork;

    QProcess *startStudio(const QStringList &args)
    {
        auto *studio = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), mHome.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), mHome.filePath(QStringLiteral("data")));
        studio->setProcessEnvironment(env);
        studio->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        studio->start(QStringLiteral(OI_GUI_PATH), args);
        return studio->waitForStarted() ? studio : nullptr;
    }

    QString copyOfSample(const QString &name)
    {
        const QString file = mWork.filePath(name);
        QFile::remove(file);
        if (!QFile::copy(kSample, file))
            return {};
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file;
    }

private slots:
    void initTestCase()
    {
        // The studio's own names, in a home of the test's: so this process finds what the children write.
        qputenv("XDG_CONFIG_HOME", mHome.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", mHome.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Outside-In Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("Outside-In Studio"));
        QSettings().setValue(QStringLiteral("autosave/seconds"), kIntervalSeconds);
        QSettings().sync();
    }

    void anEditSurvivesSigkillAfterOneAutosaveInterval()
    {
        const QString file = copyOfSample(QStringLiteral("broadband.oi.yaml"));
        QVERIFY(!file.isEmpty());
        const QByteArray original = readAll(file);
        const QString edited = QStringLiteral("Broadband, edited before the crash");
        QProcess *studio = startStudio({ file, QStringLiteral("--test-edit"), edited });
        QVERIFY(studio);
        const QString copy = app::Autosaver().recoveryPathFor(file);
        // One interval after the edit the copy holds it; then the studio dies without a word.
        QVERIFY2(waitFor([&] { return readAll(copy).contains(edited.toUtf8()); }), qPrintable(copy));
        QVERIFY(QFile::exists(app::ProjectLock::lockFileName(file)));
        studio->kill(); // SIGKILL
        QVERIFY(studio->waitForFinished());
        QCOMPARE(studio->exitStatus(), QProcess::CrashExit);
        QCOMPARE(readAll(file), original);

        model::Problems problems;
        auto expected = model::readProject(file, &problems);
        QVERIFY(expected);
        expected->name = edited;

        // Restarted on the file: the dead studio's lock is stale, the copy is offered and opened.
        app::MainWindow window;
        window.show();
        QString asked;
        answerNextBox(QStringLiteral("Open"), &asked);
        QVERIFY(window.openFile(file));
        QVERIFY2(asked.contains(QLatin1String("autosaved copy")), qPrintable(asked));
        editor::Document *doc = window.documentManager()->document();
        QVERIFY(doc);
        QCOMPARE(doc->fileName(), file);
        QVERIFY(doc->isModified());
        QVERIFY(!window.documentManager()->isReadOnly());
        QCOMPARE(doc->project().name, edited);
        QVERIFY(doc->project() == *expected);
    }

    void aSecondStudioIsWarnedAndOpensReadOnly()
    {
        const QString file = copyOfSample(QStringLiteral("shared.oi.yaml"));
        QVERIFY(!file.isEmpty());
        const QByteArray original = readAll(file);
        const QString edited = QStringLiteral("The first studio's unsaved work");
        QProcess *first = startStudio({ file, QStringLiteral("--test-edit"), edited });
        QVERIFY(first);
        const QString copy = app::Autosaver().recoveryPathFor(file);
        QVERIFY(waitFor([&] { return readAll(copy).contains(edited.toUtf8()); }));

        app::MainWindow second;
        second.show();
        QString warned;
        answerNextBox(QStringLiteral("Open Read-Only"), &warned);
        QVERIFY(second.openFile(file));
        QVERIFY2(warned.contains(QString::number(first->processId())), qPrintable(warned));
        QVERIFY(second.documentManager()->isReadOnly());
        QVERIFY2(second.windowTitle().contains(QLatin1String("(read-only)")), qPrintable(second.windowTitle()));
        // The first's live copy was not offered as a crash's, and nothing the second does reaches the file.
        QVERIFY(!second.documentManager()->document()->isModified());
        QString error;
        QVERIFY(!second.documentManager()->save(file, &error));
        QCOMPARE(readAll(file), original);
        QVERIFY(readAll(copy).contains(edited.toUtf8()));

        first->terminate();
        QVERIFY(first->waitForFinished());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashrecovery.moc"
