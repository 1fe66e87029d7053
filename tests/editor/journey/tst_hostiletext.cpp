// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever people (or other tools) type reaches every writer intact and harmless: markup, quotes,
// ampersands, spreadsheet formulas, right-to-left marks and broken UTF-8 in names and texts come back
// from YAML, SQLite and journey JSON as they were, stay one field in Mermaid, and are escaped text —
// never markup — in SVG and HTML.
#include "support/journeybuilder.h"

#include "editor/document/document.h"
#include "editor/journey/journeypicture.h"
#include "editor/journey/journeyscene.h"
#include "model/journeyinterchange.h"
#include "model/projectio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace oi;

namespace {
// Bytes that are not UTF-8 arrive as U+FFFD once decoded: what a reader of foreign text gets.
const QString kHostile = QStringLiteral("<script>alert('x')</script> \"quoted\" & =cmd|' /C calc'!A0 \u202Eevil\u202C ")
    + QString::fromUtf8("\xff\xfe broken");

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<model::Project> hostileProject()
{
    auto p = test::sampleProject();
    p->name = kHostile;
    p->client = kHostile;
    p->journeys.front().name = kHostile;
    p->journeys.front().description = kHostile;
    p->journeys.front().stages.front().name = kHostile;
    for (model::Step &s : p->journeys.front().steps) {
        s.title = kHostile;
        s.painPoints = { { kHostile, std::nullopt } };
    }
    p->roles.front().name = kHostile;
    p->requirements.front().text = kHostile;
    return p;
}
} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void projectFilesGiveBackWhatWasTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("YAML") << QStringLiteral("hostile.oi.yaml");
        QTest::newRow("SQLite") << QStringLiteral("hostile.oistudio");
    }

    void projectFilesGiveBackWhatWasTyped()
    {
        QFETCH(QString, name);
        const auto project = hostileProject();
        const QString file = mDir.filePath(name);
        QString error;
        QVERIFY2(model::writeProject(*project, file, &error), qPrintable(error));
        model::Problems problems;
        const auto back = model::readProject(file, &problems);
        QVERIFY(back);
        QVERIFY(*back == *project);
    }

    void journeyJsonAndMermaidKeepEachTextOneField()
    {
        const auto project = hostileProject();
        const model::Journey &journey = project->journeys.front();
        QString error;
        const auto fromJson = model::journeyFromJson(model::journeyToJson(*project, journey), &error);
        QVERIFY2(fromJson, qPrintable(error));
        QCOMPARE(fromJson->steps.front().title, kHostile);
        QCOMPARE(model::painTexts(fromJson->steps.front().painPoints), QStringList({ kHostile }));

        const QString mermaid = model::journeyToMermaid(*project, journey);
        const auto fromMermaid = model::journeyFromMermaid(mermaid, &error);
        QVERIFY2(fromMermaid, qPrintable(error + u'\n' + mermaid));
        QCOMPARE(fromMermaid->steps.size(), journey.steps.size()); // no title split into two steps
        QCOMPARE(fromMermaid->stages.size(), journey.stages.size());
    }

    void picturesCarryTextNotMarkup()
    {
        editor::Document doc(hostileProject());
        editor::JourneyScene scene(&doc);
        const QString svg = mDir.filePath(QStringLiteral("hostile.svg"));
        const QString html = mDir.filePath(QStringLiteral("hostile.html"));
        QString error;
        QVERIFY2(editor::JourneyPicture::exportSvg(&scene, svg, &error), qPrintable(error));
        QVERIFY2(editor::JourneyPicture::exportHtml(&scene, html, &error), qPrintable(error));
        for (const QString &file : { svg, html }) {
            const QByteArray text = readAll(file);
            const qsizetype at = text.indexOf("<script");
            QVERIFY2(at < 0, qPrintable(file + u' ' + QString::fromUtf8(text.mid(std::max<qsizetype>(0, at - 120), 240))));
            QVERIFY2(text.contains("&lt;script&gt;"), qPrintable(file));
        }
        // The drawing is well-formed XML whose text is what was typed.
        QXmlStreamReader xml(readAll(svg));
        QString chars;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                chars += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(chars.contains(QStringLiteral("\"quoted\" &")));
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
