// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/tracematrixmodel.h"

#include <QBrush>

#include <utility>

namespace oi::editor {

namespace {

/** "%1 of %2 roles covered" for the family on one side of a matrix. */
QString coveredText(TraceAxis axis)
{
    switch (axis) {
    case TraceAxis::Strategy: return TraceMatrixModel::tr("%1 of %2 strategies covered");
    case TraceAxis::Role: return TraceMatrixModel::tr("%1 of %2 roles covered");
    case TraceAxis::Process: return TraceMatrixModel::tr("%1 of %2 processes covered");
    case TraceAxis::Step: return TraceMatrixModel::tr("%1 of %2 journey steps covered");
    case TraceAxis::Requirement: return TraceMatrixModel::tr("%1 of %2 requirements covered");
    case TraceAxis::Node: return TraceMatrixModel::tr("%1 of %2 process nodes covered");
    case TraceAxis::Need: return TraceMatrixModel::tr("%1 of %2 customer needs covered");
    }
    return {};
}

const TraceItem &noItem()
{
    static const TraceItem none;
    return none;
}

} // namespace

TraceMatrixModel::TraceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<TraceMatrixKind> TraceMatrixModel::kinds()
{
    return { TraceMatrixKind::StrategiesRoles, TraceMatrixKind::RolesProcesses, TraceMatrixKind::StepsProcesses,
        TraceMatrixKind::RequirementsSteps, TraceMatrixKind::RequirementsNodes, TraceMatrixKind::NeedsSteps };
}

QString TraceMatrixModel::title(TraceMatrixKind kind)
{
    switch (kind) {
    case TraceMatrixKind::StrategiesRoles: return tr("Strategies × roles");
    case TraceMatrixKind::RolesProcesses: return tr("Roles × processes");
    case TraceMatrixKind::StepsProcesses: return tr("Journey steps × processes");
    case TraceMatrixKind::RequirementsSteps: return tr("Requirements × journey steps");
    case TraceMatrixKind::RequirementsNodes: return tr("Requirements × process nodes");
    case TraceMatrixKind::NeedsSteps: return tr("Customer needs × journey steps");
    }
    return {};
}

TraceAxis TraceMatrixModel::rowAxis(TraceMatrixKind kind)
{
    switch (kind) {
    case TraceMatrixKind::StrategiesRoles: return TraceAxis::Strategy;
    case TraceMatrixKind::RolesProcesses: return TraceAxis::Role;
    case TraceMatrixKind::StepsProcesses: return TraceAxis::Step;
    case TraceMatrixKind::RequirementsSteps:
    case TraceMatrixKind::RequirementsNodes: return TraceAxis::Requirement;
    case TraceMatrixKind::NeedsSteps: return TraceAxis::Need;
    }
    return TraceAxis::Strategy;
}

TraceAxis TraceMatrixModel::columnAxis(TraceMatrixKind kind)
{
    switch (kind) {
    case TraceMatrixKind::StrategiesRoles: return TraceAxis::Role;
    case TraceMatrixKind::RolesProcesses:
    case TraceMatrixKind::StepsProcesses: return TraceAxis::Process;
    case TraceMatrixKind::RequirementsSteps: return TraceAxis::Step;
    case TraceMatrixKind::RequirementsNodes: return TraceAxis::Node;
    case TraceMatrixKind::NeedsSteps: return TraceAxis::Step;
    }
    return TraceAxis::Role;
}

model::TraceMatrix TraceMatrixModel::compute(const model::Project &project, TraceMatrixKind kind)
{
    switch (kind) {
    case TraceMatrixKind::StrategiesRoles: return model::strategyRoleMatrix(project);
    case TraceMatrixKind::RolesProcesses: return model::roleProcessMatrix(project);
    case TraceMatrixKind::StepsProcesses: return model::stepProcessMatrix(project);
    case TraceMatrixKind::RequirementsSteps: return model::requirementStepMatrix(project);
    case TraceMatrixKind::RequirementsNodes: return model::requirementNodeMatrix(project);
    case TraceMatrixKind::NeedsSteps: return model::needStepMatrix(project);
    }
    return {};
}

void TraceMatrixModel::setMatrix(const model::Project *project, TraceMatrixKind kind)
{
    beginResetModel();
    mKind = kind;
    mMatrix = project ? compute(*project, kind) : model::TraceMatrix {};
    mRows.clear();
    mColumns.clear();
    if (project) {
        for (const QString &id : std::as_const(mMatrix.rows))
            mRows.push_back(traceItem(*project, rowAxis(kind), id));
        for (const QString &id : std::as_const(mMatrix.columns))
            mColumns.push_back(traceItem(*project, columnAxis(kind), id));
    }
    // A new matrix starts unlit; the view lights it up again for the selection.
    mRowOnChain.assign(mRows.size(), false);
    mColumnOnChain.assign(mColumns.size(), false);
    endResetModel();
}

const std::vector<TraceItem> &TraceMatrixModel::items(Qt::Orientation orientation) const
{
    return orientation == Qt::Vertical ? mRows : mColumns;
}

const TraceItem &TraceMatrixModel::item(Qt::Orientation orientation, int section) const
{
    const std::vector<TraceItem> &list = items(orientation);
    return section >= 0 && std::size_t(section) < list.size() ? list[std::size_t(section)] : noItem();
}

int TraceMatrixModel::sectionOf(Qt::Orientation orientation, const QString &id) const
{
    const QStringList &ids = orientation == Qt::Vertical ? mMatrix.rows : mMatrix.columns;
    return int(ids.indexOf(id));
}

QString TraceMatrixModel::coverage() const
{
    if (mRows.empty() && mColumns.empty())
        return {};
    return coveredText(rowAxis(mKind)).arg(mMatrix.coveredRows()).arg(int(mMatrix.rows.size())) + QStringLiteral(" · ")
        + coveredText(columnAxis(mKind)).arg(mMatrix.coveredColumns()).arg(int(mMatrix.columns.size()));
}

void TraceMatrixModel::setChain(const model::Chain &chain)
{
    bool changed = false;
    const auto light = [&](std::vector<bool> &flags, const std::vector<TraceItem> &list, TraceAxis axis) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const bool on = onChain(chain, axis, list[i].id);
            changed = changed || bool(flags[i]) != on;
            flags[i] = on;
        }
    };
    light(mRowOnChain, mRows, rowAxis(mKind));
    light(mColumnOnChain, mColumns, columnAxis(mKind));
    if (!changed)
        return;
    if (!mRows.empty() && !mColumns.empty())
        emit dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
    if (!mRows.empty())
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (!mColumns.empty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

bool TraceMatrixModel::isOnChain(Qt::Orientation orientation, int section) const
{
    const std::vector<bool> &flags = orientation == Qt::Vertical ? mRowOnChain : mColumnOnChain;
    return section >= 0 && std::size_t(section) < flags.size() && flags[std::size_t(section)];
}

int TraceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int TraceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

QVariant TraceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid())
        return {};
    const std::size_t row = std::size_t(index.row()), column = std::size_t(index.column());
    if (row >= mRows.size() || column >= mColumns.size())
        return {};
    const bool linked = row < mMatrix.cells.size() && column < mMatrix.cells[row].size() && mMatrix.cells[row][column];
    const bool rowOn = mRowOnChain[row], columnOn = mColumnOnChain[column];
    switch (role) {
    case Qt::DisplayRole: return linked ? QStringLiteral("●") : QString();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return (linked ? tr("%1 — %2: linked") : tr("%1 — %2: not linked")).arg(mRows[row].name, mColumns[column].name);
    case Qt::BackgroundRole:
        if (rowOn && columnOn)
            return QBrush(mStyle.link);
        if (rowOn || columnOn)
            return QBrush(mStyle.chain);
        return {};
    case Qt::ForegroundRole: return rowOn || columnOn ? QVariant(QBrush(mStyle.text)) : QVariant();
    default: return {};
    }
}

QVariant TraceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const std::vector<TraceItem> &list = items(orientation);
    if (section < 0 || std::size_t(section) >= list.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const TraceItem &it = list[std::size_t(section)];
    const bool on = isOnChain(orientation, section);
    switch (role) {
    case Qt::DisplayRole:
        if (orientation == Qt::Horizontal && std::size_t(section) < mColumnHeadings.size()
            && !mColumnHeadings[std::size_t(section)].isEmpty())
            return mColumnHeadings[std::size_t(section)];
        return it.name;
    case Qt::ToolTipRole: return it.toolTip;
    case Qt::BackgroundRole: return on ? QVariant(QBrush(mStyle.chain)) : QVariant();
    case Qt::ForegroundRole: return on ? QVariant(QBrush(mStyle.text)) : QVariant();
    default: return {};
    }
}

void TraceMatrixModel::fitColumnHeadings(const QFontMetrics &metrics, int width)
{
    // The style clips a header's text without an ellipsis; eliding here says that there is more.
    mColumnHeadings.assign(mColumns.size(), QString());
    for (std::size_t c = 0; c < mColumns.size(); ++c)
        if (metrics.horizontalAdvance(mColumns[c].name) > width)
            mColumnHeadings[c] = metrics.elidedText(mColumns[c].name, Qt::ElideRight, width);
    if (!mColumns.empty())
        emit headerDataChanged(Qt::Horizontal, 0, int(mColumns.size()) - 1);
}

} // namespace oi::editor
