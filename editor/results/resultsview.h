// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QPlainTextEdit;
class QStackedWidget;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::editor::results {

class AdviceView;
class ComparisonView;
class ResultsDashboard;
class RunDetails;
class RunHistoryView;
class StalenessWatcher;

/**
 * The Results tab: the dashboard, the scenario comparison, the advice on the constraint, the run
 * history and the text report, one click apart.
 */
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    enum Page { Dashboard, Comparison, History, TextReport, Advice }; // in the stack's order

    explicit ResultsView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Shows `results` on the dashboard and in the text report (null: nothing to show yet). */
    void showResults(const std::shared_ptr<const sim::Results> &results, const QString &origin = {});
    std::shared_ptr<const sim::Results> results() const;

    void setPage(Page page);
    Page page() const;
    ResultsDashboard *dashboard() const { return mDashboard; }
    ComparisonView *comparison() const { return mComparison; }
    RunHistoryView *history() const { return mHistory; }
    QPlainTextEdit *report() const { return mReport; }
    AdviceView *advice() const { return mAdvice; }
    StalenessWatcher *staleness() const { return mStaleness; }
    /** The run's details, for the Properties dock. */
    RunDetails *details() const;
    ~ResultsView() override;

private:
    void updateStaleNote();

    QPointer<Document> mDocument;
    QButtonGroup *mPages;
    QStackedWidget *mStack;
    ResultsDashboard *mDashboard;
    ComparisonView *mComparison;
    RunHistoryView *mHistory;
    QPlainTextEdit *mReport;
    AdviceView *mAdvice;
    StalenessWatcher *mStaleness;
    QPointer<RunDetails> mDetails; // the Properties dock takes it as its page while the tab is current
    std::shared_ptr<const model::Project> mShownProject;
};

} // namespace oi::editor::results
