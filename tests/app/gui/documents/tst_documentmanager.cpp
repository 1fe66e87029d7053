// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/isolatedsettings.h"
#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/documents/recentfiles.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;

class TestDocumentManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings("tst_documentmanager");
        qRegisterMetaType<oi::editor::Document *>();
    }

    void missingFileKeepsCurrentDocument()
    {
        app::DocumentManager manager;
        manager.newProject();
        editor::Document *before = manager.document();
        model::Problems problems;
        QVERIFY(!manager.open(QStringLiteral("/nonexistent/client.oi.yaml"), &problems));
        QCOMPARE(manager.document(), before);
        QVERIFY(model::hasErrors(problems));
        QVERIFY(problems.front().toString().contains(QLatin1String("client.oi.yaml")));
    }

    void malformedYamlIsReportedWithItsPlace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.oi.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: outsidein/1\nproject: {name: [unclosed\n");
        f.close();
        app::DocumentManager manager;
        model::Problems problems;
        QVERIFY(!manager.open(file, &problems));
        QVERIFY(model::hasErrors(problems));
        QVERIFY(problems.front().line > 0);
    }

    void validationProblemsPointAtTheirLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("client.oi.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: outsidein/1\n"
                "project: {name: Client}\n"
                "roles:\n"
                "  - {id: agent, name: Agent, headcount: 2, strategy: nowhere}\n");
        f.close();
        app::DocumentManager manager;
        QVERIFY(manager.open(file, nullptr));
        const model::Problems &problems = manager.problems();
        const auto dangling = std::find_if(problems.begin(), problems.end(),
                                           [](const model::Problem &p) { return p.message.contains(QLatin1String("nowhere")); });
        QVERIFY2(dangling != problems.end(), "the dangling strategy link is reported");
        QVERIFY(dangling->isError());
        QCOMPARE(dangling->line, 4);
        QCOMPARE(dangling->file, file);
    }

    void sampleOpensUntitledAndValidatesClean()
    {
        app::DocumentManager manager;
        QSignalSpy changed(&manager, &app::DocumentManager::documentChanged);
        model::Problems problems;
        QVERIFY(manager.openAsUntitled(app::DocumentManager::samplePath(), &problems));
        QCOMPARE(changed.count(), 1);
        QVERIFY(manager.document()->fileName().isEmpty());
        QVERIFY(!manager.document()->project().journeys.empty());
        QVERIFY2(!model::hasErrors(manager.problems()),
                 qPrintable(manager.problems().empty() ? QString() : manager.problems().front().toString()));
    }

    void templatesAreListedWithTitles()
    {
        const auto templates = app::DocumentManager::templates();
        QVERIFY(templates.size() >= 3);
        for (const auto &t : templates) {
            QVERIFY(!t.title.isEmpty());
            app::DocumentManager manager;
            model::Problems problems;
            QVERIFY2(manager.openAsUntitled(t.path, &problems), qPrintable(t.path));
            QVERIFY2(!model::hasErrors(manager.problems()), qPrintable(t.path));
        }
    }

    void saveAddsToRecentFilesAndRoundTrips()
    {
        QTemporaryDir dir;
        app::DocumentManager manager;
        QVERIFY(manager.openAsUntitled(app::DocumentManager::samplePath(), nullptr));
        const model::Project original = manager.document()->project();
        const QString file = dir.filePath(QStringLiteral("client.oistudio"));
        QString error;
        QVERIFY2(manager.save(file, &error), qPrintable(error));
        QCOMPARE(manager.recentFiles()->files().first(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(manager.document()->fileName(), file);

        app::DocumentManager other; // while `manager` holds the file, another may only look at it
        QVERIFY(other.open(file, nullptr, app::DocumentManager::Access::ReadOnly));
        model::Project reloaded = other.document()->project();
        reloaded.modified = original.modified;  // saving stamps the time
        reloaded.created = original.created;
        QVERIFY(reloaded.journeys == original.journeys);
        QVERIFY(reloaded.roles == original.roles);
        QVERIFY(reloaded.processes == original.processes);
    }

    void recoveredWorkBelongsToTheOriginalFileAndStaysUnsaved()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("client.oi.yaml"));
        model::Project project;
        project.name = QStringLiteral("Before");
        QString error;
        QVERIFY(model::writeProject(project, file, &error));
        app::DocumentManager manager;
        const QString copy = manager.autosaver()->recoveryPathFor(file);
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        project.name = QStringLiteral("After the crash");
        QVERIFY(model::writeProject(project, copy, &error));

        QVERIFY(manager.openRecovered(copy, file, nullptr));
        editor::Document *doc = manager.document();
        QCOMPARE(doc->fileName(), file); // Save writes the client's file, not a side copy
        QCOMPARE(doc->project().name, QStringLiteral("After the crash"));
        QVERIFY(doc->isModified());
        QVERIFY(!QFile::exists(file + QStringLiteral(".recovered.oi.yaml")));
        QVERIFY(QFile::exists(copy)); // kept until saved: a second crash loses nothing
        QVERIFY(manager.save(file, &error));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!doc->isModified());
    }

    void saveAsDropsTheRecoveryCopyOfTheOldName()
    {
        QTemporaryDir dir;
        const QString oldName = dir.filePath(QStringLiteral("draft.oi.yaml"));
        const QString newName = dir.filePath(QStringLiteral("final.oi.yaml"));
        model::Project project;
        project.name = QStringLiteral("Draft");
        QString error;
        QVERIFY(model::writeProject(project, oldName, &error));
        app::DocumentManager manager;
        QVERIFY(manager.open(oldName, nullptr));
        const QString oldCopy = manager.autosaver()->recoveryPathFor(oldName);
        QVERIFY(QDir().mkpath(QFileInfo(oldCopy).absolutePath()));
        QVERIFY(model::writeProject(project, oldCopy, &error));
        QVERIFY(manager.save(newName, &error));
        QVERIFY(!QFile::exists(oldCopy));
        QVERIFY(manager.autosaver()->recoverableCopyOf(oldName).isEmpty());
    }
};

QTEST_MAIN(TestDocumentManager)
#include "tst_documentmanager.moc"
