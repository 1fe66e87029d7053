// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/traceability/traceabilitystyle.h"
#include "editor/traceability/traceaxis.h"

#include <QAbstractTableModel>
#include <QFontMetrics>

#include <vector>

namespace oi::editor {

/** The matrices of the chain, in the order the view offers them. */
enum class TraceMatrixKind {
    StrategiesRoles,
    RolesProcesses,
    StepsProcesses,
    RequirementsSteps,
    RequirementsNodes,
    NeedsSteps
};

/**
 * One matrix of the outside-in chain as a table: rows and columns named as traceItem() names
 * them (ids only in tooltips), a ● where a row is linked to a column, and the chain of the
 * selected entity lit up. Computed whole by setMatrix(); setChain() only repaints.
 */
class TraceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TraceMatrixModel(QObject *parent = nullptr);

    static QList<TraceMatrixKind> kinds();
    /** The name the view's chooser shows ("Strategies × roles"). */
    static QString title(TraceMatrixKind kind);
    static TraceAxis rowAxis(TraceMatrixKind kind);
    static TraceAxis columnAxis(TraceMatrixKind kind);
    static model::TraceMatrix compute(const model::Project &project, TraceMatrixKind kind);

    /** Computes `kind` from `project` (null: an empty table). */
    void setMatrix(const model::Project *project, TraceMatrixKind kind);
    TraceMatrixKind kind() const { return mKind; }
    const model::TraceMatrix &matrix() const { return mMatrix; }
    const TraceItem &item(Qt::Orientation orientation, int section) const;
    /** The row or column of `id`, or -1. */
    int sectionOf(Qt::Orientation orientation, const QString &id) const;
    /** "3 of 3 strategies covered · 9 of 9 roles covered", from the whole matrix, whatever is filtered. */
    QString coverage() const;

    /** Column headings fitted to `width` pixels of `metrics`, with an ellipsis (the tooltip is whole). */
    void fitColumnHeadings(const QFontMetrics &metrics, int width);

    /** Lights up the rows and columns on `chain` (empty: none). */
    void setChain(const model::Chain &chain);
    bool isOnChain(Qt::Orientation orientation, int section) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<TraceItem> &items(Qt::Orientation orientation) const;

    TraceMatrixKind mKind = TraceMatrixKind::StrategiesRoles;
    model::TraceMatrix mMatrix;
    std::vector<TraceItem> mRows;
    std::vector<TraceItem> mColumns;
    std::vector<QString> mColumnHeadings; // elided names; empty: the name
    std::vector<bool> mRowOnChain;
    std::vector<bool> mColumnOnChain;
    TraceabilityStyle mStyle;
};

} // namespace oi::editor
