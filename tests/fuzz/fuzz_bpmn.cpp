// SPDX-License-Identifier: GPL-3.0-or-later
// The BPMN 2.0 importer on arbitrary bytes: processes with warnings or one error, never an
// external entity or an unbounded expansion; what is imported merges into a project, exports as
// BPMN and imports again.
#include "fuzzcheck.h"

#include "model/bpmn/bpmnexport.h"
#include "model/bpmn/bpmnimport.h"
#include "model/bpmn/bpmnmerge.h"

using namespace oi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    model::Problems problems;
    const auto imported = model::bpmn::processesFromBpmn(xml, QStringLiteral("fuzz.bpmn"), &problems);
    if (!imported) {
        if (!model::hasErrors(problems))
            fuzz::fail("a refused file has no error");
        return 0;
    }
    model::Project project;
    model::bpmn::mergeImportedProcesses(project, *imported, QStringLiteral("fuzz.bpmn"), &problems);
    fuzz::checkSavesAndReadsBack(project);
    if (project.processes.empty())
        return 0;
    QString error;
    const QByteArray exported = model::bpmn::processesToBpmn(project, {}, &error);
    if (exported.isEmpty())
        fuzz::fail(qPrintable(QStringLiteral("imported processes do not export: ") + error));
    model::Problems again;
    if (!model::bpmn::processesFromBpmn(exported, QStringLiteral("again.bpmn"), &again) || model::hasErrors(again))
        fuzz::fail("our own export of imported processes does not import", again);
    return 0;
}
