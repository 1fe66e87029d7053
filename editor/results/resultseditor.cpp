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
    using V = results::ResultsView;
    const struct
    {
        V::Page page;
        QString text;
        const char *name;
    } pages[] = {
        { V::Dashboard, tr("Results &Dashboard"), "showDashboard" },
        { V::Comparison, tr("&Compare Scenarios"), "showComparison" },
        { V::Advice, tr("&Advice on the Constraint"), "showAdvice" },
        { V::History, tr("Run &History"), "showHistory" },
        { V::TextReport, tr("&Text Report"), "showTextReport" },
    };
    for (const auto &p : pages) {
        auto *action = new QAction(p.text, this);
        action->setObjectName(QLatin1String(p.name));
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
