// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/resultsview.h"

#include "editor/results/adviceview.h"

#include "editor/results/comparisonview.h"
#include "editor/results/resultsdashboard.h"
#include "editor/results/resultsstaleness.h"
#include "editor/results/rundetails.h"
#include "editor/results/runhistoryview.h"

#include "editor/document/document.h"

#include "model/resultsreport.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace oi::editor::results {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , mPages(new QButtonGroup(this))
    , mStack(new QStackedWidget(this))
    , mDashboard(new ResultsDashboard(this))
    , mComparison(new ComparisonView(this))
    , mHistory(new RunHistoryView(this))
    , mReport(new QPlainTextEdit(this))
    , mAdvice(new AdviceView(this))
    , mStaleness(new StalenessWatcher(this))
    , mDetails(new RunDetails)
{
    setObjectName(QStringLiteral("resultsView"));
    mReport->setObjectName(QStringLiteral("textReport"));
    mReport->setReadOnly(true);
    mReport->setAccessibleName(tr("Text report"));
    mReport->setLineWrapMode(QPlainTextEdit::NoWrap);
    mReport->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mReport->setPlaceholderText(tr("Run the simulation to read its report here."));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    bar->setSpacing(4);
    const struct
    {
        Page page;
        QString text, icon, name;
    } pages[] = {
        { Dashboard, tr("Dashboard"), QStringLiteral("results"), QStringLiteral("dashboardPage") },
        { Comparison, tr("Compare Scenarios"), QStringLiteral("compare"), QStringLiteral("comparisonPage") },
        { Advice, tr("Advice"), QStringLiteral("advice"), QStringLiteral("advicePage") },
        { History, tr("Run History"), QStringLiteral("history"), QStringLiteral("historyPage") },
        { TextReport, tr("Text Report"), QStringLiteral("report"), QStringLiteral("reportPage") },
    };
    mStack->addWidget(mDashboard);
    mStack->addWidget(mComparison);
    mStack->addWidget(mHistory);
    mStack->addWidget(mReport);
    mStack->addWidget(mAdvice);
    for (const auto &p : pages) {
        auto *button = new QToolButton(this);
        button->setObjectName(p.name);
        button->setText(p.text);
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(p.icon)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setAutoRaise(true);
        mPages->addButton(button, p.page);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    mPages->button(Dashboard)->setChecked(true);
    connect(mPages, &QButtonGroup::idClicked, this, [this](int id) { setPage(Page(id)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(mStack, 1);

    connect(mStaleness, &StalenessWatcher::staleChanged, this, &ResultsView::updateStaleNote);
    connect(mHistory, &RunHistoryView::openRequested, this,
        [this](const std::shared_ptr<const sim::Results> &results, const QString &origin) {
            showResults(results, origin);
            setPage(Dashboard);
        });
    connect(mHistory, &RunHistoryView::compareRequested, this,
        [this](const model::Comparison &c, const QStringList &labels, const QString &origin) {
            mComparison->showComparison(c, labels, origin);
            setPage(Comparison);
        });
}

ResultsView::~ResultsView()
{
    if (mDetails && !mDetails->parent())
        delete mDetails;
}

RunDetails *ResultsView::details() const
{
    return mDetails;
}

void ResultsView::setDocument(Document *document)
{
    mDocument = document;
    mComparison->setDocument(document);
    mHistory->setDocument(document);
    mAdvice->setDocument(document);
    showResults(nullptr);
}

void ResultsView::showResults(const std::shared_ptr<const sim::Results> &results, const QString &origin)
{
    std::shared_ptr<const model::Project> project;
    if (mDocument)
        project = std::make_shared<const model::Project>(mDocument->project());
    mDashboard->setResults(project, results, origin);
    mShownProject = project;
    mReport->setPlainText(results && results->ok ? model::formatResultsText(*results, {}, project.get()) : QString());
    mStaleness->watch(mDocument, results && results->ok ? results : nullptr);
    updateStaleNote();
}

void ResultsView::updateStaleNote()
{
    mDetails->setResults(mShownProject, mDashboard->results(), mStaleness->isStale());
    mDashboard->setStaleNote(mStaleness->isStale()
            ? tr("The project has changed since this run: these figures describe it as it was then. Run the "
                 "simulation again (F5) for current figures.")
            : QString());
}

std::shared_ptr<const sim::Results> ResultsView::results() const
{
    return mDashboard->results();
}

void ResultsView::setPage(Page page)
{
    mStack->setCurrentIndex(int(page));
    if (QAbstractButton *button = mPages->button(page))
        button->setChecked(true);
}

ResultsView::Page ResultsView::page() const
{
    return Page(mStack->currentIndex());
}

} // namespace oi::editor::results
