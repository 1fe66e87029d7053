// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/traceabilityeditor.h"

#include "editor/traceability/traceabilityview.h"

#include <QIcon>
#include <QSettings>

namespace oi::editor {

TraceabilityEditor::TraceabilityEditor(QObject *parent)
    : Editor(parent)
    , mView(new TraceabilityView)
{
    setWidget(mView);
    mView->setWhatsThis(tr("<p><b>Traceability</b></p><p>The outside-in chain at a glance: which roles serve "
                           "which strategies, which customer needs each journey step meets, and the other links "
                           "down to the requirements, one matrix at a time with its coverage. Choose the matrix "
                           "and filter it by name above it; under it are the gaps (what nothing links to), the "
                           "chain of each strategy and the executive decisions.</p><p>Select a row or column "
                           "header to select that entity everywhere; its whole chain lights up.</p>"));
    // The view has selected the entity already, so the project tree and the other editors show it.
    connect(mView, &TraceabilityView::entityActivated, this, &Editor::openRequested);
}

QString TraceabilityEditor::title() const
{
    return tr("Traceability");
}

QIcon TraceabilityEditor::icon() const
{
    return QIcon(QStringLiteral(":/icons/traceability.svg"));
}

bool TraceabilityEditor::shows(EntityKind kind) const
{
    return kind == EntityKind::Strategy || kind == EntityKind::Role || kind == EntityKind::Process
        || kind == EntityKind::Step || kind == EntityKind::Requirement;
}

void TraceabilityEditor::reveal(const EntityRef &ref)
{
    mView->reveal(ref);
}

void TraceabilityEditor::readSettings(QSettings &settings)
{
    const QList<TraceMatrixKind> kinds = TraceMatrixModel::kinds();
    const int matrix = settings.value(QStringLiteral("matrix"), 0).toInt();
    if (matrix >= 0 && matrix < kinds.size())
        mView->setMatrix(kinds.at(matrix));
}

void TraceabilityEditor::writeSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("matrix"), int(TraceMatrixModel::kinds().indexOf(mView->matrix())));
}

void TraceabilityEditor::documentChanged()
{
    mView->setDocument(document());
}

} // namespace oi::editor
