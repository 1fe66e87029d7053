// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/isolatedsettings.h"
#include "app/gui/documents/autosaver.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace oi;

namespace {
// A minimal edit, so the test does not depend on any particular editor command.
class Rename : public QUndoCommand
{
public:
    Rename(editor::Document *doc, QString name) : mDoc(doc), mName(std::move(name)) {}
    void redo() override { std::swap(mDoc->projectForEdit().name, mName); }
    void undo() override { std::swap(mDoc->projectForEdit().name, mName); }

private:
    editor::Document *mDoc;
    QString mName;
};
} // namespace

class TestAutosaver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings("tst_autosaver");
        QDir(app::Autosaver::recoveryFolder()).removeRecursively();
    }

    void writesOnlyWhenModified()
    {
        auto project = std::make_unique<model::Project>();
        project->name = QStringLiteral("Before");
        editor::Document doc(std::move(project));
        app::Autosaver saver;
        saver.setInterval(0);
        saver.setDocument(&doc);
        const QString copy = saver.recoveryPathFor(doc.fileName());
        QVERIFY(saver.saveNow());
        QVERIFY2(!QFile::exists(copy), "an unmodified document needs no recovery copy");

        doc.undoStack()->push(new Rename(&doc, QStringLiteral("After")));
        QVERIFY(saver.saveNow());
        QVERIFY(QFile::exists(copy));
        model::Problems problems;
        auto recovered = model::readProject(copy, &problems);
        QVERIFY(recovered);
        QCOMPARE(recovered->name, QStringLiteral("After"));

        saver.discard();
        QVERIFY(!QFile::exists(copy));
    }

    void recoveryIsOfferedOnlyWhenNewerThanTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("client.oi.yaml"));
        model::Project project;
        project.name = QStringLiteral("Client");
        QString error;
        QVERIFY2(model::writeProject(project, file, &error), qPrintable(error));

        auto doc = editor::Document::load(file, nullptr);
        QVERIFY(doc);
        app::Autosaver saver;
        saver.setInterval(0);
        saver.setDocument(doc.get());
        QVERIFY(saver.recoverableCopyOf(file).isEmpty());

        doc->undoStack()->push(new Rename(doc.get(), QStringLiteral("Client, edited")));
        QTest::qWait(1100);  // file times have one-second resolution on some file systems
        QVERIFY(saver.saveNow());
        QCOMPARE(saver.recoverableCopyOf(file), QFileInfo(saver.recoveryPathFor(file)).absoluteFilePath());

        // Saving the real file afterwards makes the copy stale, and the manager discards it.
        QTest::qWait(1100);
        QVERIFY(doc->save(file, &error));
        QVERIFY(saver.recoverableCopyOf(file).isEmpty());
    }

    void timerFiresAutosave()
    {
        auto project = std::make_unique<model::Project>();
        editor::Document doc(std::move(project));
        app::Autosaver saver;
        saver.setDocument(&doc);
        doc.undoStack()->push(new Rename(&doc, QStringLiteral("Timed")));
        const QString copy = saver.recoveryPathFor({});
        QFile::remove(copy);
        saver.setInterval(1);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy), 5000);
        saver.discard();
    }
};

QTEST_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
