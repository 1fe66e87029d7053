// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Vendor Specification… (issue 15): the preview follows the section choices, and Save
// writes each format by its extension.
#include "app/gui/spec/specdialog.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace oi;

class TestSpecDialog : public QObject
{
    Q_OBJECT
private slots:
    void previewFollowsTheChoices()
    {
        model::Problems problems;
        const QString sample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
        auto document = editor::Document::load(sample, &problems);
        QVERIFY(document);
        app::SpecDialog dialog(document.get());
        auto *preview = dialog.findChild<QTextBrowser *>();
        QVERIFY(preview);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Field reps work offline")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Scoring sheet")));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->text().remove(u'&').startsWith(QLatin1String("Scoring")))
                box->setChecked(false);
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("Scoring sheet")));
        QVERIFY(!dialog.options().sections.scoring);
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("2.1"));
        QCOMPARE(dialog.options().version, QStringLiteral("2.1"));
        QTemporaryDir dir;
        QString error;
        for (const char *name : { "s.md", "s.json", "s.csv", "s.html" }) {
            const QString file = dir.filePath(QLatin1String(name));
            QVERIFY2(dialog.save(file, &error), qPrintable(error));
            QVERIFY(QFile(file).size() > 1000);
        }
        QVERIFY(!dialog.save(dir.filePath(QStringLiteral("s.docx")), &error));
    }

    void draftsAndImportsAsUndoSteps()
    {
        model::Problems problems;
        auto project = model::readProject(
            QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        project->pocScenarios.clear();
        editor::Document document(std::move(project));
        app::SpecDialog dialog(&document);
        QCOMPARE(dialog.draftPocScenarios(), 3);
        QCOMPARE(document.project().pocScenarios.size(), std::size_t(3));
        QCOMPARE(dialog.draftPocScenarios(), 0);
        document.undoStack()->undo();
        QVERIFY(document.project().pocScenarios.empty());
        // A filled-in sheet: one vendor, a Must scored 0, shown knocked out in the preview.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("scores.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF\"Requirement id\",\"Requirement\",\"Priority\",\"Weight\",\"Acme CRM\"\r\n"
                "\"field-offline\",\"Field reps work offline\",\"Must\",3,0\r\n"
                "\"screen-pop\",\"Screen pop\",\"Must\",3,3\r\n");
        f.close();
        QString error;
        QVERIFY2(dialog.importScores(csv, &error), qPrintable(error));
        QCOMPARE(document.project().vendors.size(), std::size_t(1));
        QCOMPARE(document.project().vendors[0].name, QStringLiteral("Acme CRM"));
        auto *preview = dialog.findChild<QTextBrowser *>();
        QVERIFY(preview->toPlainText().contains(QStringLiteral("knocked out")));
        document.undoStack()->undo();
        QVERIFY(document.project().vendors.empty());
    }
};

QTEST_MAIN(TestSpecDialog)
#include "tst_specdialog.moc"
