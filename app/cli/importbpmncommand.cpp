// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli import-bpmn IN.bpmn [-o OUT.oi.yaml | --into PROJECT]`: processes drawn in other
// tools (bpmn.io, Camunda Modeler, Signavio...) as a new project or into an existing one. What the
// studio cannot keep is a warning on stderr, `file:line:column: warning: ...`; it never stops the import.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "model/bpmn/bpmnimport.h"
#include "model/bpmn/bpmnmerge.h"
#include "model/projectio.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace oi::app::cli {

int runImportBpmn(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the processes of a BPMN 2.0 file: tasks, exclusive and parallel gateways, start, end and\n"
           "timer events, lanes (as roles, matched by name), sequence flows, the diagram, BPSim data.\n"
           "Everything else is reported as a warning with its line. Writes a new project (-o) or adds\n"
           "the processes to an existing one (--into, written in place unless -o is given too).\n"
           "Exit code: 0 imported (warnings allowed), 1 the file is not BPMN, 2 usage or I/O error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("IN"), tr("the BPMN file to read (.bpmn, .xml)"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        tr("the project to write (.oi.yaml or .oistudio)"), QStringLiteral("OUT"));
    const QCommandLineOption into(
        QStringLiteral("into"), tr("an existing project to add the processes to"), QStringLiteral("PROJECT"));
    parser.addOptions({ output, into });
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (!parser.isSet(output) && !parser.isSet(into))) {
        err << tr("import-bpmn: give one BPMN file and -o OUT or --into PROJECT.\n")
            << helpText(parser, QStringLiteral("import-bpmn"));
        return 2;
    }
    const QString input = args.front();
    const QString target = parser.isSet(output) ? parser.value(output) : parser.value(into);
    if (model::formatForFileName(target) == model::FileFormat::Unknown) {
        err << tr("import-bpmn: %1 is not a project file name (.oi.yaml or .oistudio).\n").arg(target);
        return 2;
    }

    // Refused before it is read: a file far too large never fills the memory.
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("import-bpmn: cannot read %1: %2\n").arg(input, file.errorString());
        return 2;
    }
    const QByteArray data = file.read(model::bpmn::kMaxBpmnBytes + 1);
    model::Problems problems;
    const auto imported = model::bpmn::processesFromBpmn(data, input, &problems);
    for (const model::Problem &p : problems)
        err << p.toString() << u'\n';
    if (!imported)
        return 1;

    std::unique_ptr<model::Project> project;
    if (parser.isSet(into)) {
        model::Problems loading;
        project = model::readProject(parser.value(into), &loading);
        for (const model::Problem &p : loading)
            if (p.isError() || !project)
                err << p.toString() << u'\n';
        if (!project)
            return 2;
        model::Problems merging;
        model::bpmn::mergeImportedProcesses(*project, *imported, input, &merging);
        for (const model::Problem &p : merging)
            err << p.toString() << u'\n';
        problems.insert(problems.end(), merging.begin(), merging.end());
    } else {
        project = std::make_unique<model::Project>(*imported);
    }
    QString error;
    if (!model::writeProject(*project, target, &error)) {
        err << tr("import-bpmn: %1\n").arg(error);
        return 2;
    }
    const qsizetype warnings
        = std::count_if(problems.begin(), problems.end(), [](const model::Problem &p) { return !p.isError(); });
    out << tr("Imported %1 and %2 from %3 into %4 (%5).\n")
               .arg(QCoreApplication::translate("Cli", "%n process(es)", nullptr, int(imported->processes.size())),
                   QCoreApplication::translate("Cli", "%n role(s)", nullptr, int(imported->roles.size())),
                   QFileInfo(input).fileName(), target,
                   QCoreApplication::translate("Cli", "%n warning(s)", nullptr, int(warnings)));
    return 0;
}

} // namespace oi::app::cli
