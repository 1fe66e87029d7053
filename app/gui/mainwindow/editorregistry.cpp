// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow/editorregistry.h"

#include "app/gui/processes/processesview.h"
#include "app/gui/requirements/requirementsview.h"

#include "editor/journey/journeyeditor.h"
#include "editor/pageeditor.h"
#include "editor/process/processeditor.h"
#include "editor/results/resultseditor.h"
#include "editor/roles/rolemapeditor.h"
#include "editor/spec/vendorpoceditor.h"
#include "editor/traceability/traceabilityeditor.h"

#include <QCoreApplication>

namespace oi::app {

QList<editor::Editor *> createEditors()
{
    using editor::EntityKind;
    auto *processes = new ProcessesView;
    auto *requirements = new RequirementsView;
    return {
        new editor::JourneyEditor,
        new editor::RoleMapEditor,
        new editor::ProcessEditor,
        new editor::PageEditor(processes,
            { QStringLiteral("processes"), [] { return QCoreApplication::translate("Editors", "Processes"); },
                QStringLiteral(":/icons/process.svg"), { EntityKind::Process, EntityKind::Node },
                [processes](editor::Document *d) { processes->setDocument(d); },
                [processes](const editor::EntityRef &ref) {
                    processes->selectNode(ref.id.section(u'/', 0, 0), ref.id.section(u'/', 1));
                } }),
        new editor::PageEditor(requirements,
            { QStringLiteral("requirements"), [] { return QCoreApplication::translate("Editors", "Requirements"); },
                QStringLiteral(":/icons/requirement.svg"), { EntityKind::Requirement },
                [requirements](editor::Document *d) { requirements->setDocument(d); },
                [requirements](const editor::EntityRef &ref) { requirements->selectRequirement(ref.id); } }),
        // Last: the window opens an entity in the first editor that shows it, and a process or a
        // requirement belongs on its own page; the traceability view is where strategies open.
        new editor::TraceabilityEditor,
        // The vendor proof of concept: technology proves it supports the redesign, after the chain is traced.
        new editor::spec::VendorPocEditor,
        // Simulation results come after the model they describe; they show no entity of their own.
        new editor::ResultsEditor,
    };
}

} // namespace oi::app
