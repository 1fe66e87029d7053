// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor specification in the studio's formats (issue 15): the HTML is one self-contained file
// that parses as XML, with the process diagrams as inline SVG and no script; the PDF is paginated
// (pdfinfo) and its text (pdftotext) holds every requirement and every step, and hostile text laid
// out as typed; `outsidein FILE --export spec OUT` writes both with no display.
#include "app/gui/export/specexport.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include "support/runprogram.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace oi;

namespace {

const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

std::unique_ptr<editor::Document> sampleDocument(model::Project *changed = nullptr)
{
    model::Problems problems;
    auto project = model::readProject(kSample, &problems);
    if (changed) {
        *changed = *project;
        return std::make_unique<editor::Document>(std::make_unique<model::Project>(*changed), QString());
    }
    return std::make_unique<editor::Document>(std::move(project), kSample);
}

// Text without spaces or line breaks, ligatures spelled out: pdftotext wraps and joins as the
// page did.
QString squeezed(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC); // the fi, ffl... ligatures
    text.replace(QChar(0x2019), u'\'').replace(QChar(0x201D), u'"');
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    text.remove(QChar(0x00AD)); // soft hyphens
    return text;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool parsesAsXml(const QString &file, QString *error, QStringList *elements)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement)
            *elements << xml.name().toString().toLower();
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return !xml.hasError();
}

} // namespace

class TestSpecExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    }

    void htmlIsSelfContainedAndParses()
    {
        auto doc = sampleDocument();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("spec.html"));
        QString error;
        QVERIFY2(app::writeSpec(*doc, {}, out, &error), qPrintable(error));
        QStringList elements;
        QVERIFY2(parsesAsXml(out, &error, &elements), qPrintable(error));
        QVERIFY(!elements.contains(QStringLiteral("script")));
        QCOMPARE(elements.count(QStringLiteral("svg")), 4); // one diagram per re-engineered process
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(!html.contains(QStringLiteral("http://"), Qt::CaseInsensitive)
            || !html.contains(QRegularExpression(QStringLiteral("(src|href)=\"https?:"))));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#poc\">")));
    }

    void pdfHoldsEveryRequirementAndStep()
    {
        model::Project project;
        auto doc = sampleDocument(&project);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("spec.pdf"));
        QString error;
        QVERIFY2(app::writeSpec(*doc, {}, out, &error), qPrintable(error));
        const int pages = pdfPages(out);
        QVERIFY2(pages >= 12 && pages <= 40, qPrintable(QString::number(pages)));
        const QString text = squeezed(run(QStringLiteral("pdftotext"), { out, QStringLiteral("-") }));
        QVERIFY(text.contains(squeezed(QStringLiteral("Page %1 of %1").arg(pages))));
        // The contents give each section's page.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("8\\.Proof-of-conceptscriptspage\\d+"))));
        for (const model::Requirement &q : project.requirements)
            QVERIFY2(text.contains(squeezed(q.text)), qPrintable(q.text));
        for (const model::PocScenario &s : project.pocScenarios)
            QVERIFY2(text.contains(squeezed(s.title)), qPrintable(s.title));
        const model::Process *support = project.process(QStringLiteral("support"));
        for (const model::Node &n : support->nodes)
            if (n.type == model::NodeType::Task)
                QVERIFY2(text.contains(squeezed(n.name)), qPrintable(n.name));
    }

    void hostileTextIsLaidOutAsTyped()
    {
        model::Project project;
        {
            model::Problems problems;
            project = *model::readProject(kSample, &problems);
        }
        const QString script = QStringLiteral("<script>alert('x')</script> & \"q\"");
        const QString longWord(300, u'W');
        const QString rtl = QStringLiteral("\u05D1\u05E7\u05E9\u05D4");
        project.client = script;
        project.requirements[0].text = script + u' ' + longWord;
        project.requirements[1].text = QStringLiteral("=cmd|' /C calc'!A0 ") + rtl;
        project.requirements[2].acceptance = QString::fromUtf8("bad \xC3\x28 utf8");
        project.process(QStringLiteral("support"))->nodes[1].name = script;
        auto doc = std::make_unique<editor::Document>(std::make_unique<model::Project>(project), QString());
        QTemporaryDir dir;
        QString error;
        const QString html = dir.filePath(QStringLiteral("h.html"));
        QVERIFY2(app::writeSpec(*doc, {}, html, &error), qPrintable(error));
        QStringList elements;
        QVERIFY2(parsesAsXml(html, &error, &elements), qPrintable(error));
        QVERIFY(!elements.contains(QStringLiteral("script")));
        const QString pdf = dir.filePath(QStringLiteral("h.pdf"));
        QVERIFY2(app::writeSpec(*doc, {}, pdf, &error), qPrintable(error));
        QVERIFY(pdfPages(pdf) > 0);
        const QString text = squeezed(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        QVERIFY2(text.contains(squeezed(script)), qPrintable(text.left(600)));
        QVERIFY(text.contains(longWord));
        QVERIFY(text.contains(QStringLiteral("=cmd|'/Ccalc'!A0")));
    }

    void headlessFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("spec.pdf"));
        test::ProgramRun r = test::runProgram(QStringLiteral(OI_GUI_PATH),
            { kSample, QStringLiteral("--export"), QStringLiteral("spec"), pdf }, test::Display::None);
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        QVERIFY(pdfPages(pdf) > 0);
        r = test::runProgram(QStringLiteral(OI_GUI_PATH),
            { kSample, QStringLiteral("--export"), QStringLiteral("spec"), dir.filePath(QStringLiteral("spec.md")) },
            test::Display::None);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("outsidein-cli export spec")), qPrintable(r.errText()));
    }
};

QTEST_MAIN(TestSpecExport)
#include "tst_specexport.moc"
