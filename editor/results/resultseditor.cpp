// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/resultseditor.h"

#include "editor/results/adviceview.h"
#include "editor/results/resultsview.h"
#include "editor/results/rundetails.h"

#include <QAction>
#include <QIcon>

namespace oi::editor {

ResultsEditor::ResultsEditor(QObject *parent)
    : Editor(parent)
    , mView(new results::ResultsView)
{
    setWidget(mView);
    mView->setWhatsThis(tr("<p><b>Results</b></p><p>What the last simulation run found: the dashboard with the "
                           "headline figures and charts, the comparison of scenarios, the advice on the constraint, "
                           "the history of runs and the full text report. Switch between them with the buttons at "
                           "the top or the View menu.</p><p>Run a simulation with Simulate ▸ Run Simulation "
                           "(F5); when the model changes the results are marked out of date.</p>"));
    using V = results::ResultsView;
    const struct
    {
        V::Page page;
        QString text;
        QString tip;
        const char *name;
    } pages[] = {
        { V::Dashboard, tr("Results &Dashboard"), tr("Show the headline figures and charts of the last simulation run"),
            "showDashboard" },
        { V::Comparison, tr("&Compare Scenarios"),
            tr("Run several scenarios and compare their figures against a baseline"), "showComparison" },
        { V::Advice, tr("&Advice on the Constraint"),
            tr("Show what would relieve the constraint most, and what it would gain"), "showAdvice" },
        { V::History, tr("Run &History"), tr("Show the earlier simulation runs of this project, to compare them"),
            "showHistory" },
        { V::TextReport, tr("&Text Report"), tr("Show the full results of the last run as plain text to copy"),
            "showTextReport" },
    };
    for (const auto &p : pages) {
        auto *action = new QAction(p.text, this);
        action->setObjectName(QLatin1String(p.name));
        action->setStatusTip(p.tip);
        action->setToolTip(p.tip);
        connect(action, &QAction::triggered, this, [this, page = p.page] { mView->setPage(page); });
        mViewActions << action;
    }
}

QString ResultsEditor::title() const
{
    return tr("Results");
}

QIcon ResultsEditor::icon() const
{
    return QIcon(QStringLiteral(":/icons/results.svg"));
}

void ResultsEditor::showResults(const std::shared_ptr<const sim::Results> &results)
{
    // Null clears the maps (stale results, Clear Results); the dashboard keeps the run, marked
    // stale by its own watch on the model, until another run or document comes.
    if (results)
        mView->showResults(results);
}

QWidget *ResultsEditor::propertiesWidget() const
{
    return mView->details();
}

QList<QAction *> ResultsEditor::actions(Place place) const
{
    return place == Place::ViewMenu ? mViewActions : QList<QAction *>();
}

void ResultsEditor::advise(const QString &scenarioId)
{
    mView->setPage(results::ResultsView::Advice);
    if (!scenarioId.isEmpty())
        mView->advice()->setScenario(scenarioId);
    mView->advice()->start();
}

void ResultsEditor::documentChanged()
{
    mView->setDocument(document());
}

} // namespace oi::editor
