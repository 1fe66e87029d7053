// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli export KIND FILE -o OUT [--format F]`: the machine and text formats of a project's
// parts (a journey as JSON or Mermaid, processes as BPMN 2.0 XML). Pictures (PNG, SVG, PDF, HTML)
// are the studio's: `outsidein FILE --export KIND OUT`.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/atomicwrite.h"
#include "model/bpmn/bpmnexport.h"
#include "model/journeyinterchange.h"
#include "model/projectio.h"
#include "model/runstore.h"
#include "model/spec/specwriters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace oi::app::cli {

namespace {

/** The format named by --format, else by the output's extension; empty when neither says. */
QString formatFor(const QString &given, const QString &output)
{
    QString f = given.isEmpty() ? QFileInfo(output).suffix().toLower() : given.toLower();
    if (f == QLatin1String("mmd") || f == QLatin1String("mermaid"))
        return QStringLiteral("mermaid");
    return f;
}

bool isPicture(const QString &format)
{
    static const QStringList pictures = { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
        QStringLiteral("html"), QStringLiteral("htm") };
    return pictures.contains(format);
}

int exportJourney(const model::Project &project, const QString &journeyId, const QString &format, const QString &output,
    QTextStream &out, QTextStream &err)
{
    if (project.journeys.empty()) {
        err << tr("export: the project has no journey to export.\n");
        return 1;
    }
    const model::Journey *journey = journeyId.isEmpty() ? &project.journeys.front() : project.journey(journeyId);
    if (!journey) {
        QStringList ids;
        for (const model::Journey &j : project.journeys)
            ids << j.id;
        err << tr("export: there is no journey \"%1\"; the project has %2.\n").arg(journeyId, ids.join(u", "));
        return 2;
    }
    QByteArray data;
    if (format == QLatin1String("json"))
        data = model::journeyToJson(project, *journey);
    else if (format == QLatin1String("mermaid"))
        data = model::journeyToMermaid(project, *journey).toUtf8();
    else {
        err << tr("export: a journey is written as json or mermaid (.json, .mmd), not \"%1\".\n").arg(format);
        return 2;
    }
    QString error;
    if (!model::writeFileAtomically(output, data, &error)) {
        err << tr("export: %1\n").arg(error);
        return 2;
    }
    out << tr("Wrote %1.\n").arg(output);
    return 0;
}

int exportBpmn(const model::Project &project, const QStringList &processIds, const QString &format,
    const QString &output, QTextStream &out, QTextStream &err)
{
    if (format != QLatin1String("bpmn") && format != QLatin1String("xml")) {
        err << tr("export: processes are written as BPMN 2.0 XML (.bpmn or .xml), not \"%1\".\n").arg(format);
        return 2;
    }
    if (project.processes.empty()) {
        err << tr("export: the project has no process to export.\n");
        return 1;
    }
    QString error;
    const QByteArray data = model::bpmn::processesToBpmn(project, processIds, &error);
    if (data.isEmpty()) {
        err << tr("export: %1\n").arg(error);
        return 2;
    }
    if (!model::writeFileAtomically(output, data, &error)) {
        err << tr("export: %1\n").arg(error);
        return 2;
    }
    out << tr("Wrote %1.\n").arg(output);
    return 0;
}

int exportSpec(const QString &projectFile, const model::Project &project, const QString &format, const QString &output,
    QTextStream &out, QTextStream &err)
{
    QByteArray data;
    // Sizing comes from the latest stored run; a YAML project stores none.
    const std::vector<model::RunRecord> runs = projectFile.endsWith(QLatin1String(".oistudio"))
        ? model::listRuns(projectFile)
        : std::vector<model::RunRecord>();
    const model::spec::SpecDocument doc = model::spec::buildSpec(project, runs, {});
    if (format == QLatin1String("md") || format == QLatin1String("markdown"))
        data = model::spec::specToMarkdown(doc, project).toUtf8();
    else if (format == QLatin1String("json"))
        data = model::spec::specToJson(doc);
    else if (format == QLatin1String("csv"))
        data = model::spec::scoringSheetCsv(doc);
    else {
        err << tr("export: the specification is written as md, json or csv (the scoring sheet) here, not \"%1\".\n")
                   .arg(format);
        return 2;
    }
    QString error;
    if (!model::writeFileAtomically(output, data, &error)) {
        err << tr("export: %1\n").arg(error);
        return 2;
    }
    out << tr("Wrote %1.\n").arg(output);
    return 0;
}

} // namespace

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports part of a project as a machine or text format; the format comes from the output's\n"
           "extension unless --format names it.\n"
           "KIND journey: json (the journey JSON of docs/journey-json.md) or mermaid (.mmd).\n"
           "KIND bpmn: the processes (all of them, or those named by --process) as one BPMN 2.0 file\n"
           "(.bpmn), with BPMN DI and BPSim simulation data.\n"
           "KIND spec: the vendor proof-of-concept specification as Markdown with Mermaid diagrams (.md),\n"
           "JSON (.json, docs/spec-schema.json) or its scoring sheet (.csv, UTF-8 with BOM).\n"
           "Pictures (png, svg, pdf, html) are drawn by the studio: outsidein FILE --export KIND OUT.\n"
           "Exit code: 0 written, 1 nothing to export, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("what to export: journey, bpmn or spec"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the project to read (.oi.yaml or .oistudio)"));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("the file to write"), QStringLiteral("OUT"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("the format, when OUT's extension does not say"), QStringLiteral("F"));
    const QCommandLineOption journey(
        QStringLiteral("journey"), tr("the journey to export (default: the first)"), QStringLiteral("ID"));
    const QCommandLineOption process(QStringLiteral("process"),
        tr("bpmn: a process to export (repeat for several; default: every process)"), QStringLiteral("ID"));
    parser.addOptions({ output, format, journey, process });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(output)) {
        err << tr("export: give KIND, FILE and -o OUT.\n") << helpText(parser, QStringLiteral("export"));
        return 2;
    }
    const QString kind = args.at(0);
    static const QStringList kinds = { QStringLiteral("journey"), QStringLiteral("bpmn"), QStringLiteral("spec") };
    if (!kinds.contains(kind)) {
        err << tr("export: unknown KIND \"%1\"; this version exports %2.\n").arg(kind, kinds.join(u", "));
        return 2;
    }
    const QString fmt = formatFor(parser.value(format), parser.value(output));
    if (isPicture(fmt)) {
        err << tr("export: %1 is a picture; the studio draws it: outsidein %2 --export %3 %4\n")
                   .arg(fmt.toUpper(), args.at(1), kind, parser.value(output));
        return 2;
    }
    if (fmt.isEmpty()) {
        err << tr("export: %1 has no extension; name the format with --format.\n").arg(parser.value(output));
        return 2;
    }
    model::Problems problems;
    const auto project = model::readProject(args.at(1), &problems);
    for (const model::Problem &p : problems)
        err << p.toString() << u'\n';
    if (!project)
        return 2;
    if (kind == QLatin1String("spec"))
        return exportSpec(args.at(1), *project, fmt, parser.value(output), out, err);
    if (kind == QLatin1String("bpmn"))
        return exportBpmn(*project, parser.values(process), fmt, parser.value(output), out, err);
    return exportJourney(*project, parser.value(journey), fmt, parser.value(output), out, err);
}

} // namespace oi::app::cli
