// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/logresultspage.h"

#include "app/gui/eventlog/draftmerge.h"
#include "app/gui/eventlog/eventlogwizard.h"
#include "app/gui/eventlog/fitchart.h"

#include "editor/commands/undotext.h"
#include "model/eventlog/calibration.h"
#include "model/eventlog/importreport.h"
#include "model/humanunits.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oi::app {

namespace {

constexpr const char *kContext = "oi::app::LogResultsPage";

QString counted(const char *one, const char *many, qsizetype n)
{
    return editor::countedText(kContext, one, many, n);
}

QTableWidget *table(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QList<int> &rightAligned = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

// The KS distance in people's words: the largest gap between observed and fitted shares, and a verdict.
QString fitQuality(double ks)
{
    const QString gap = model::percent(ks);
    if (ks <= 0.05)
        return LogResultsPage::tr("very good (%1 apart at most)").arg(gap);
    if (ks <= 0.1)
        return LogResultsPage::tr("good (%1 apart at most)").arg(gap);
    if (ks <= 0.2)
        return LogResultsPage::tr("fair (%1 apart at most)").arg(gap);
    return LogResultsPage::tr("poor (%1 apart at most)").arg(gap);
}

} // namespace

LogResultsPage::LogResultsPage()
    : mSummary(new QLabel)
    , mTabs(new QTabWidget)
    , mFits(table(QStringLiteral("fits"),
          { tr("Task"), tr("Times observed"), tr("Distribution"), tr("Parameters"), tr("Goodness of fit") }))
    , mChart(new FitChart)
    , mVariants(table(QStringLiteral("variants"), { tr("Share"), tr("Cases"), tr("Path") }))
    , mMinShare(new QSpinBox)
    , mFollows(table(QStringLiteral("follows"),
          { tr("From"), tr("To"), tr("Cases"), tr("Share of the way out"), tr("Mean time between") }))
    , mBasis(new QLabel)
    , mReused(new QLabel)
    , mStaff(table(QStringLiteral("staff"), { tr("Role"), tr("Headcount"), tr("People in the log") }))
    , mRanges(table(QStringLiteral("ranges"),
          { tr("Step"), tr("Metric"), tr("Normal range"), tr("Median"), tr("Cases"), tr("Outside the range") }))
    , mFeedbackNote(new QLabel)
    , mFeedback(table(QStringLiteral("feedback"),
          { tr("Step"), tr("Responses"), tr("Mean score"), tr("Emotion"), tr("Pain-point candidates") }))
    , mCheckNote(new QLabel)
    , mCheck(table(QStringLiteral("check"), { tr("Measure"), tr("In the log"), tr("The draft simulated") }))
{
    setTitle(tr("What the Log Says"));
    setSubTitle(tr("Check the draft before it is added. Add to Project puts the process, the journey and the roles "
                   "into the open project as one step you can undo, and opens them."));
    mSummary->setObjectName(QStringLiteral("resultsSummary"));
    mSummary->setWordWrap(true);
    mTabs->setObjectName(QStringLiteral("resultTabs"));

    auto *durations = new QSplitter(Qt::Vertical);
    durations->addWidget(mFits);
    durations->addWidget(mChart);
    durations->setStretchFactor(0, 2);
    durations->setStretchFactor(1, 3);
    connect(mFits, &QTableWidget::currentCellChanged, this, [this](int row) { showFit(row); });
    mTabs->addTab(durations, tr("&Durations"));
    mTabs->addTab(mVariants, tr("&Paths"));

    auto *follows = new QWidget;
    auto *followsLayout = new QVBoxLayout(follows);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Show the ways taken by at &least"));
    filterLabel->setBuddy(mMinShare);
    mMinShare->setObjectName(QStringLiteral("minShare"));
    mMinShare->setRange(0, 100);
    mMinShare->setSuffix(tr(" %"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(mMinShare);
    filterRow->addWidget(new QLabel(tr("of the cases leaving an activity")));
    filterRow->addStretch(1);
    followsLayout->addLayout(filterRow);
    followsLayout->addWidget(mFollows, 1);
    connect(mMinShare, &QSpinBox::valueChanged, this, &LogResultsPage::fillFollows);
    mTabs->addTab(follows, tr("Directly &Follows"));

    auto *staff = new QWidget;
    auto *staffLayout = new QVBoxLayout(staff);
    mBasis->setObjectName(QStringLiteral("staffBasis"));
    mBasis->setWordWrap(true);
    staffLayout->addWidget(mBasis);
    staffLayout->addWidget(mStaff, 1);
    mReused->setObjectName(QStringLiteral("staffReused"));
    mReused->setWordWrap(true);
    staffLayout->addWidget(mReused);
    mTabs->addTab(staff, tr("&Staff"));
    mTabs->addTab(mRanges, tr("Normal &Ranges"));
    auto *feedback = new QWidget;
    auto *feedbackLayout = new QVBoxLayout(feedback);
    mFeedbackNote->setObjectName(QStringLiteral("feedbackNote"));
    mFeedbackNote->setWordWrap(true);
    feedbackLayout->addWidget(mFeedbackNote);
    feedbackLayout->addWidget(mFeedback, 1);
    mTabs->addTab(feedback, tr("F&eedback"));
    auto *check = new QWidget;
    auto *checkLayout = new QVBoxLayout(check);
    mCheckNote->setWordWrap(true);
    checkLayout->addWidget(mCheckNote);
    checkLayout->addWidget(mCheck, 1);
    // The figures keep their width; a long path is elided rather than pushing them out of sight.
    mCheck->horizontalHeader()->setStretchLastSection(false);
    mCheck->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mCheck->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mCheck->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mCheck->setTextElideMode(Qt::ElideMiddle);
    mTabs->addTab(check, tr("Draft &beside the Log"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTabs, 1);
}

EventLogWizard *LogResultsPage::logWizard() const
{
    return static_cast<EventLogWizard *>(wizard());
}

void LogResultsPage::initializePage()
{
    const std::shared_ptr<const LogImport> result = logWizard()->result();
    if (!result || !result->draft)
        return;
    const model::eventlog::Draft &d = *result->draft;
    const model::eventlog::EventLog &log = result->log;
    const model::Project &p = d.project;
    const QString process = p.processes.empty() ? QString() : p.processes.front().name;
    const QString journey = p.journeys.empty() ? QString() : p.journeys.front().name;
    const int steps = p.journeys.empty() ? 0 : int(p.journeys.front().steps.size());
    mSummary->setText(
        tr("%1 with %2 become the process \u201c%3\u201d with %4, the journey \u201c%5\u201d with %6 "
           "and %7.")
            .arg(counted(QT_TRANSLATE_NOOP("oi::app::LogResultsPage", "1 case"),
                     QT_TRANSLATE_N_NOOP("oi::app::LogResultsPage", "%n cases"), qsizetype(d.discovery.traces.size())),
                counted(QT_TRANSLATE_NOOP("oi::app::LogResultsPage", "1 event"),
                    QT_TRANSLATE_N_NOOP("oi::app::LogResultsPage", "%n events"), qsizetype(log.events.size())),
                process,
                counted(QT_TRANSLATE_NOOP("oi::app::LogResultsPage", "1 task"),
                    QT_TRANSLATE_N_NOOP("oi::app::LogResultsPage", "%n tasks"), qsizetype(d.fits.size())),
                journey,
                counted(QT_TRANSLATE_NOOP("oi::app::LogResultsPage", "1 step"),
                    QT_TRANSLATE_N_NOOP("oi::app::LogResultsPage", "%n steps"), steps),
                counted(QT_TRANSLATE_NOOP("oi::app::LogResultsPage", "1 role"),
                    QT_TRANSLATE_N_NOOP("oi::app::LogResultsPage", "%n roles"), qsizetype(p.roles.size()))));

    // Fits, in journey order; the model's own table gives the family and parameters in people's units.
    const QList<QStringList> fits = model::eventlog::fitTable(d);
    mFits->setRowCount(int(d.fits.size()));
    for (int i = 0; i < int(d.fits.size()); ++i) {
        const model::eventlog::TaskFit &f = d.fits[size_t(i)];
        const QStringList &row = fits.value(i + 1);
        const bool scored = f.fit.why != model::eventlog::DurationFit::Why::NoData;
        // Kept as observed when no family came close: say so in words, not with the bound.
        const QString family = f.fit.why == model::eventlog::DurationFit::Why::Empirical
            ? tr("as observed (no family fits well)")
            : row.value(2);
        setRow(mFits, i,
            { f.activity, QString::number(f.fit.samples), family, row.value(3),
                scored ? fitQuality(f.fit.ks) : tr("no times observed") },
            { 1 });
        mFits->item(i, 0)->setToolTip(f.serviceTime ? tr("From the activity's start to its completion.")
                                                    : tr("Since the case's previous activity ended (waiting "
                                                         "included): the log has no start times for it."));
        mFits->item(i, 4)->setToolTip(
            tr("The largest gap between the observed and the fitted share of durations up to any length "
               "(Kolmogorov\u2013Smirnov distance %1).")
                .arg(f.fit.ks, 0, 'f', 3));
    }
    mFits->resizeColumnsToContents();
    // The chart opens on the first task with durations to show.
    int first = 0;
    while (first + 1 < int(d.fits.size()) && d.fits[size_t(first)].fit.samples == 0)
        ++first;
    if (!d.fits.empty())
        mFits->setCurrentCell(first, 0);

    const int variants = int(std::min<size_t>(d.discovery.variants.size(), 50));
    mVariants->setRowCount(variants);
    for (int i = 0; i < variants; ++i) {
        const model::eventlog::Variant &v = d.discovery.variants[size_t(i)];
        QStringList path;
        for (const qint32 a : v.activities)
            path << log.activities.value(a);
        setRow(mVariants, i,
            { model::percent(v.share), QString::number(v.cases), path.join(QStringLiteral(" \u2192 ")) }, { 0, 1 });
    }
    mVariants->resizeColumnsToContents();
    fillFollows();

    switch (d.staffing.basis) {
    case model::eventlog::StaffingEstimate::Basis::Concurrency:
        mBasis->setText(tr("Headcounts are the most people of each role at work at once, each counted once however "
                           "many of their activities overlap: the log has start and end times."));
        break;
    case model::eventlog::StaffingEstimate::Basis::Completions:
        mBasis->setText(tr("Headcounts are the most people of each role at work at once, each activity taken to have "
                           "been worked on for its median time since the case's previous activity, but not before the "
                           "same person's previous completion: the log has completion times only."));
        break;
    case model::eventlog::StaffingEstimate::Basis::Load:
        mBasis->setText(tr("The log names no resources: headcounts are the work observed over the time, at 80 % "
                           "utilisation."));
        break;
    }
    mStaff->setRowCount(int(d.staffing.roles.size()));
    for (int i = 0; i < int(d.staffing.roles.size()); ++i) {
        const model::eventlog::DraftRole &r = d.staffing.roles[size_t(i)];
        QStringList people;
        for (const qint32 res : r.resources)
            people << log.resources.value(res);
        setRow(mStaff, i, { r.name, QString::number(r.headcount), people.join(QStringLiteral(", ")) }, { 1 });
    }
    mStaff->resizeColumnsToContents();
    QStringList reused;
    if (const model::Project *open = logWizard()->project())
        for (const model::eventlog::DraftRole &r : d.staffing.roles)
            if (const model::Role *same = open->role(roleNamedLike(*open, r.name)))
                reused << tr("%1 (headcount %2)").arg(same->name).arg(same->headcount);
    mReused->setText(reused.isEmpty() ? QString()
                                      : tr("Already in the project, and used as they are there, with their "
                                           "headcount, shifts and costs: %1.")
                                            .arg(reused.join(QStringLiteral(", "))));
    mReused->setVisible(!reused.isEmpty());

    mTabs->setTabVisible(mTabs->indexOf(mFeedback->parentWidget()), result->feedback.has_value());
    if (result->feedback && !result->feedback->read.ok()) {
        mFeedbackNote->setText(tr("The feedback was not applied: %1").arg(result->feedback->read.error));
        mFeedback->setRowCount(0);
    } else if (result->feedback) {
        const model::eventlog::FeedbackResult &f = *result->feedback;
        mFeedbackNote->setText(
            tr("%1 on a scale from %2 to %3 set the steps' observed emotion; %4 matched no step.")
                .arg(counted(QT_TRANSLATE_NOOP("oi::app::LogResultsPage", "1 response"),
                    QT_TRANSLATE_N_NOOP("oi::app::LogResultsPage", "%n responses"), qsizetype(f.responses)))
                .arg(f.scaleLow)
                .arg(f.scaleHigh)
                .arg(f.unmatched));
        const QList<QStringList> rows = model::eventlog::feedbackTable(f, d);
        mFeedback->setRowCount(int(rows.size()) - 1);
        for (int i = 1; i < rows.size(); ++i)
            setRow(mFeedback, i - 1, rows[i], { 1, 2 });
        mFeedback->resizeColumnsToContents();
    }

    if (result->check.error.isEmpty()) {
        mCheckNote->setText(tr("The draft process was simulated (three replications of its settings) and is shown "
                               "beside the log: where they differ, refine the draft in the process editor."));
        const QList<QStringList> rows = model::eventlog::calibrationTable(result->check, d, log);
        mCheck->setRowCount(int(rows.size()) - 1);
        for (int i = 1; i < rows.size(); ++i) {
            QStringList row = rows[i];
            if (!row.isEmpty() && !row.front().isEmpty())
                row.front()[0] = row.front()[0].toUpper();
            setRow(mCheck, i - 1, row, { 1, 2 });
        }
    } else {
        mCheckNote->setText(
            tr("The draft could not be simulated to compare it with the log: %1").arg(result->check.error));
        mCheck->setRowCount(0);
    }

    const QList<QStringList> ranges = model::eventlog::metricTable(d, log);
    mRanges->setRowCount(int(ranges.size()) - 1);
    for (int i = 1; i < ranges.size(); ++i)
        setRow(mRanges, i - 1, ranges[i], { 4 });
    mRanges->resizeColumnsToContents();
}

void LogResultsPage::showFit(int row)
{
    const std::shared_ptr<const LogImport> result = logWizard() ? logWizard()->result() : nullptr;
    if (!result || !result->draft || row < 0 || row >= int(result->draft->fits.size()))
        return;
    const model::eventlog::TaskFit &f = result->draft->fits[size_t(row)];
    const qsizetype activity = result->log.activities.indexOf(f.activity);
    static const std::vector<double> none;
    const std::vector<double> &observed
        = activity >= 0 && size_t(activity) < result->durations.size() ? result->durations[size_t(activity)] : none;
    mChart->showFit(f.activity, observed, f.fit.chosen);
}

void LogResultsPage::fillFollows()
{
    const std::shared_ptr<const LogImport> result = logWizard() ? logWizard()->result() : nullptr;
    if (!result || !result->draft)
        return;
    const model::eventlog::Discovery &d = result->draft->discovery;
    const model::eventlog::EventLog &log = result->log;
    // Shares of the way out of each activity, so the filter reads as the process editor's branch shares.
    QHash<qint32, qint64> leaving;
    for (const model::eventlog::Edge &e : d.edges)
        leaving[e.from] += e.count;
    const std::vector<model::eventlog::Edge> edges = d.edgesAbove(mMinShare->value() / 100.0);
    const auto name = [&log](qint32 a, bool from) {
        if (a == model::eventlog::kStartOrEnd)
            return from ? tr("(the case begins)") : tr("(the case ends)");
        return log.activities.value(a);
    };
    mFollows->setSortingEnabled(false);
    mFollows->setRowCount(int(edges.size()));
    for (int i = 0; i < int(edges.size()); ++i) {
        const model::eventlog::Edge &e = edges[size_t(i)];
        const qint64 out = leaving.value(e.from);
        setRow(mFollows, i,
            { name(e.from, true), name(e.to, false), QString::number(e.count),
                model::percent(out > 0 ? double(e.count) / double(out) : 0),
                e.from == model::eventlog::kStartOrEnd ? QStringLiteral("\u2013")
                                                       : model::humanDuration(e.meanMinutes, model::TimeUnit::Minute) },
            { 2, 3, 4 });
    }
    mFollows->resizeColumnsToContents();
}

} // namespace oi::app
