// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"
#include "editor/traceability/tracematrixmodel.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
QT_END_NAMESPACE

namespace oi::editor {

class DocumentFollower;
class DecisionsTree;
class OrphansTree;
class StrategyChainsTree;

/**
 * The outside-in chain at a glance: one matrix at a time (strategies × roles down to customer
 * needs × journey steps) with its coverage, filtered by name, and under it the orphans and gaps.
 * Selecting a header or an orphan selects the entity in the document; whatever is selected
 * there lights up its whole chain (model::chainOf). Rebuilds only for changes to what it shows,
 * and only while shown.
 */
class TraceabilityView : public QWidget
{
    Q_OBJECT
public:
    explicit TraceabilityView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return mDocument; }

    void setMatrix(TraceMatrixKind kind);
    TraceMatrixKind matrix() const { return mModel->kind(); }
    void setFilter(const QString &text);
    /** Shows the row or column of `ref`, switching to a matrix that has one when this one has none. */
    void reveal(const EntityRef &ref);

    TraceMatrixModel *matrixModel() const { return mModel; }
    QTableView *table() const { return mTable; }
    OrphansTree *orphans() const { return mOrphans; }
    StrategyChainsTree *chains() const { return mChains; }
    DecisionsTree *decisions() const { return mDecisions; }
    QLabel *coverageLabel() const { return mCoverage; }
    /** How often the page was rebuilt (tests: edits elsewhere must not rebuild it). */
    int rebuildCount() const;

signals:
    /** The user asked to open `ref` (a double-click on a header or an orphan). */
    void entityActivated(const oi::editor::EntityRef &ref);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    /** Computes the chosen matrix (after a change of matrix, or within a rebuild). */
    void refill();
    void applyFilter();
    void followSelection();
    void selectItem(const TraceItem &item);
    void retranslate();

    QPointer<Document> mDocument;
    TraceMatrixModel *mModel;
    QLabel *mChooserLabel;
    QComboBox *mChooser;
    QLineEdit *mFilter;
    QTableView *mTable;
    QLabel *mCoverage;
    QLabel *mOrphansTitle;
    OrphansTree *mOrphans;
    StrategyChainsTree *mChains;
    DecisionsTree *mDecisions;
    DocumentFollower *mFollower = nullptr;
    model::Chain mChain; // of the selection, lit up in whichever matrix is shown
    // A need is selected as its persona: the need clicked here says whose chain to light up.
    QString mFocusedNeed;
    // The selection changed while hidden: its chain is worked out when the view is next shown.
    bool mChainStale = false;
};

} // namespace oi::editor
