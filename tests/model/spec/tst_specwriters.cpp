// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor specification (issue 15): the sample's spec holds every requirement, every step of the
// re-engineered processes and one PoC scenario per journey in every format; hostile text is escaped
// in every format; the HTML parses as XML and holds no script; the JSON validates against
// docs/spec-schema.json; the scoring sheet neutralises formulas and reads back, and a Must scored 0
// knocks a vendor out.
#include "model/projectio.h"
#include "model/spec/specwriters.h"

#include "specschemacheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace oi::model;
using namespace oi::model::spec;

namespace {

std::unique_ptr<Project> sample()
{
    Problems problems;
    return readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}

SpecOptions fixedDate()
{
    SpecOptions o;
    o.date = QStringLiteral("2026-12-01");
    return o;
}

// The text content of well-formed markup; empty with `error` set when it does not parse.
QString xmlText(const QString &html, QString *error, QStringList *elements = nullptr)
{
    QXmlStreamReader xml(html);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && elements)
            *elements << xml.name().toString().toLower();
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return text;
}

const QString kScript = QStringLiteral("<script>alert('x')</script>");
const QString kFormula = QStringLiteral("=cmd|' /C calc'!A0");
const QString kRtl = QStringLiteral("\u05D1\u05E7\u05E9\u05D4 \u0627\u0644\u0639\u0645\u064A\u0644");

Project hostile()
{
    auto p = sample();
    Project h = *p;
    const QString longWord(300, u'W');
    const QString invalid = QString::fromUtf8("bad \xC3\x28 utf8 \xFF end");
    h.client = kScript + QStringLiteral(" & \"quoted\" 'single'");
    h.name = kFormula;
    h.requirements[0].text = kScript + u' ' + longWord;
    h.requirements[0].acceptance = kRtl + u' ' + invalid;
    h.requirements[1].text = kFormula;
    h.requirements[2].text = QStringLiteral("| pipe | *star* [link](http://x) `tick` # hash");
    h.processes[0].nodes[1].name = kScript + QStringLiteral(" \"node\"");
    h.journeys[0].steps[0].painPoints = { { kRtl + QStringLiteral(" & ") + kScript, 2 } };
    h.pocScenarios[0].title = kScript;
    h.pocScenarios[0].steps[0].data = kFormula;
    h.vendors = { { QStringLiteral("v"), QStringLiteral("@SUM(1+1)"), {} } };
    return h;
}

} // namespace

class TestSpecWriters : public QObject
{
    Q_OBJECT
private slots:
    void sampleHoldsEverything()
    {
        const auto p = sample();
        QVERIFY(p);
        const SpecDocument doc = buildSpec(*p, {}, fixedDate());
        const QJsonObject json = QJsonDocument::fromJson(specToJson(doc)).object();
        // Every requirement, in the catalogue and in the scoring sheet.
        QSet<QString> ids;
        for (const QJsonValue &r : json[QLatin1String("requirements")].toArray())
            ids.insert(r[QLatin1String("id")].toString());
        QCOMPARE(ids.size(), qsizetype(p->requirements.size()));
        const QString md = specToMarkdown(doc, *p);
        const QString csv = QString::fromUtf8(scoringSheetCsv(doc));
        QString error;
        const QString html = xmlText(specToHtml(doc), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Requirement &q : p->requirements) {
            QVERIFY2(ids.contains(q.id), qPrintable(q.id));
            QVERIFY2(md.contains(q.id), qPrintable(q.id));
            QVERIFY2(csv.contains(u'"' + q.id + u'"'), qPrintable(q.id));
            QVERIFY2(html.contains(q.text), qPrintable(q.text));
        }
        // Every step (task and timer) of every re-engineered process; the redesign stands in for
        // its original.
        const QJsonArray processes = json[QLatin1String("processes")].toArray();
        QSet<QString> shown;
        for (const QJsonValue &pr : processes) {
            shown.insert(pr[QLatin1String("id")].toString());
            const Process *process = p->process(pr[QLatin1String("id")].toString());
            QVERIFY(process);
            QSet<QString> nodes;
            for (const QJsonValue &st : pr[QLatin1String("steps")].toArray())
                nodes.insert(st[QLatin1String("node")].toString());
            for (const Node &n : process->nodes)
                if (n.type == NodeType::Task || n.type == NodeType::Timer) {
                    QVERIFY2(nodes.contains(n.id), qPrintable(process->id + u'/' + n.id));
                    QVERIFY2(html.contains(n.name), qPrintable(n.name));
                }
        }
        QVERIFY(shown.contains(QStringLiteral("onboarding-to-be")));
        QVERIFY(!shown.contains(QStringLiteral("onboarding")));
        QVERIFY(shown.contains(QStringLiteral("support")));
        // One PoC scenario per journey.
        QSet<QString> journeys;
        for (const QJsonValue &s : json[QLatin1String("poc_scenarios")].toArray())
            journeys.insert(s[QLatin1String("journey")].toString());
        for (const Journey &j : p->journeys)
            QVERIFY2(journeys.contains(j.name), qPrintable(j.name));
        QVERIFY(md.contains(QStringLiteral("```mermaid\nflowchart LR")));
        // The decisions appear where they apply, and the sizing says there is none.
        QVERIFY(html.contains(QStringLiteral("Order entry moves to sales")));
        QVERIFY(html.contains(QStringLiteral("no sizing is stated")));
    }

    void jsonValidatesAgainstItsSchema()
    {
        QFile file(QStringLiteral(OI_SOURCE_DIR "/docs/spec-schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!schema.isEmpty());
        for (const Project &p : { *sample(), hostile() }) {
            Project scored = p;
            scored.vendors = { { QStringLiteral("v"), QStringLiteral("V"), { { p.requirements[0].id, 0 } } } };
            const QJsonDocument doc = QJsonDocument::fromJson(specToJson(buildSpec(scored, {}, fixedDate())));
            QString why;
            QVERIFY2(conforms(doc.object(), schema, schema, QStringLiteral("$"), &why), qPrintable(why));
        }
    }

    void hostileTextIsEscapedEverywhere()
    {
        const Project h = hostile();
        const SpecDocument doc = buildSpec(h, {}, fixedDate());
        // HTML: parses, no script element, and the text reads back as typed.
        const QString html = specToHtml(doc);
        QString error;
        QStringList elements;
        const QString text = xmlText(html, &error, &elements);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!elements.contains(QStringLiteral("script")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(text.contains(h.client));
        QVERIFY(text.contains(h.requirements[0].text));
        QVERIFY(text.contains(kRtl));
        QVERIFY(text.contains(h.processes[0].nodes[1].name) || text.contains(h.processes.back().nodes[1].name));
        QVERIFY(text.contains(QString(300, u'W')));
        // Markdown: no raw HTML, no table broken by a pipe, no link made of user text.
        const QString md = specToMarkdown(doc, h);
        QVERIFY(!md.contains(QStringLiteral("<script")));
        QVERIFY(md.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(md.contains(QStringLiteral("\\| pipe \\| \\*star\\* \\[link\\]")));
        QVERIFY(md.contains(kRtl));
        for (const QString &line : md.split(u'\n'))
            if (line.startsWith(QLatin1String("    n")) && line.contains(u'"'))
                QVERIFY2(!line.contains(QStringLiteral("<script")) && line.count(u'"') % 2 == 0, qPrintable(line));
        // JSON: the strings come back exactly.
        const QJsonObject json = QJsonDocument::fromJson(specToJson(doc)).object();
        QCOMPARE(json[QLatin1String("client")].toString(), h.client);
        QCOMPARE(
            json[QLatin1String("requirements")].toArray()[0][QLatin1String("text")].toString(), h.requirements[0].text);
        // CSV: a BOM, and every cell starting with = + - @ shown as text.
        const QByteArray csv = scoringSheetCsv(doc);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString sheet = QString::fromUtf8(csv);
        QVERIFY(sheet.contains(QStringLiteral("\"'=cmd|' /C calc'!A0\"")));
        QVERIFY(sheet.contains(QStringLiteral("\"'@SUM(1+1)\"")));
        QVERIFY(!sheet.contains(QStringLiteral(",\"=")));
        QVERIFY(!sheet.contains(QStringLiteral(",\"@")));
    }

    void scoringSheetReadsBack()
    {
        auto p = sample();
        p->vendors = { { QStringLiteral("acme"), QStringLiteral("Acme CRM"), {} },
            { QStringLiteral("zen"), QStringLiteral("=Zen"), {} } };
        QByteArray csv = scoringSheetCsv(buildSpec(*p, {}, fixedDate()));
        // The evaluators fill in: Acme meets everything (3), Zen scores 0 on the first Must.
        QList<QByteArray> lines = csv.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray &line = lines[i];
            if (line.trimmed().isEmpty() || line.startsWith(",\""))
                continue;
            line.chop(3); // the two empty vendor cells and the \r
            const bool firstMust = line.contains("\"field-offline\"");
            line += ",3," + QByteArray(firstMust ? "0" : "3") + "\r";
        }
        Project imported = *p;
        QString error;
        QVERIFY2(importScoringSheet(lines.join('\n'), imported, &error), qPrintable(error));
        QCOMPARE(imported.vendors.size(), std::size_t(2));
        QCOMPARE(imported.vendors[1].name, QStringLiteral("=Zen"));
        QCOMPARE(imported.vendors[0].score(QStringLiteral("field-offline")), std::optional<int>(3));
        QCOMPARE(imported.vendors[1].score(QStringLiteral("field-offline")), std::optional<int>(0));
        const std::vector<VendorTotal> totals = vendorTotals(imported);
        QVERIFY(totals[0].knockedOutBy.isEmpty());
        QCOMPARE(totals[1].knockedOutBy, QStringList { QStringLiteral("field-offline") });
        QCOMPARE(totals[0].weighted, totals[0].maximum);
        // A score out of range names its row and column.
        QList<QByteArray> badLines = csv.split('\n');
        badLines[1].chop(1);
        badLines[1] += "7\r";
        QVERIFY(!importScoringSheet(badLines.join('\n'), imported, &error));
        QVERIFY2(error.contains(QStringLiteral("row 2")) && error.contains(QStringLiteral("\u201c7\u201d")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSpecWriters)
#include "tst_specwriters.moc"
