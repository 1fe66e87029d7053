// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/resultsdashboard.h"

#include "editor/results/chartaxes.h"
#include "editor/results/chartgrid.h"
#include "editor/results/chartpanel.h"
#include "editor/results/kpitile.h"
#include "editor/results/resultnames.h"
#include "editor/results/resultscharts.h"
#include "editor/results/resultscolours.h"
#include "editor/results/resultstiles.h"

#include "model/humanunits.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace oi::editor::results {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QString clock(double t, double dayLength)
{
    const int minutes = int(std::lround(t / dayLength * 24 * 60));
    return QStringLiteral("%1:%2")
        .arg(minutes / 60 % 25, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ResultsDashboard::ResultsDashboard(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("resultsDashboard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    rebuild();
}

void ResultsDashboard::setResults(const std::shared_ptr<const model::Project> &project,
    const std::shared_ptr<const sim::Results> &results, const QString &origin)
{
    mProject = project;
    mResults = results && results->ok ? results : nullptr;
    mOrigin = origin;
    mStaleText.clear();
    rebuild();
}

void ResultsDashboard::setStaleNote(const QString &note)
{
    mStaleText = note;
    if (mStale) {
        mStale->setText(note);
        mStale->setVisible(!note.isEmpty());
    }
}

QString ResultsDashboard::staleNote() const
{
    return mStaleText;
}

QList<ChartPanel *> ResultsDashboard::charts() const
{
    return widget() ? widget()->findChildren<ChartPanel *>() : QList<ChartPanel *>();
}

QList<KpiTile *> ResultsDashboard::tiles() const
{
    return widget() ? widget()->findChildren<KpiTile *>() : QList<KpiTile *>();
}

QString ResultsDashboard::headline() const
{
    return mHeadline ? mHeadline->text() : QString();
}

void ResultsDashboard::rebuild()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(6);
    mStale = nullptr;
    mHeadline = nullptr;
    if (!mResults) {
        auto *empty = new QLabel(tr("Run a simulation (Simulate ▸ Run Simulation, F5) to see here where the "
                                    "constraint is, how the goals fare and where the time goes."),
            content);
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addStretch(1);
        layout->addWidget(empty);
        layout->addStretch(2);
    } else {
        layout->addWidget(header(content));
        if (QWidget *goals = goalSection(content))
            layout->addWidget(goals);
        // The constraint first, then what each process delivers, then where the time goes.
        layout->addWidget(chartSection(content, true));
        layout->addWidget(processSection(content));
        layout->addWidget(chartSection(content, false));
        layout->addStretch(1);
    }
    setWidget(content); // deletes the previous content
}

QWidget *ResultsDashboard::header(QWidget *parent)
{
    const sim::Results &r = *mResults;
    const ResultNames names(mProject.get());
    const model::TimeUnit unit = model::timeUnitFromName(qs(r.layout.timeUnit));
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);

    mStale = new QLabel(mStaleText, box);
    mStale->setObjectName(QStringLiteral("staleNote"));
    mStale->setWordWrap(true);
    mStale->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 6px 10px; "
                       "font-weight: bold; }")
            .arg(kLongWait.name()));
    mStale->setVisible(!mStaleText.isEmpty());
    layout->addWidget(mStale);

    auto *title = new QLabel(box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    title->setText(tr("%1 — %n replications of %2, the first %3 a warm-up", nullptr, r.replications)
                       .arg(names.scenario(qs(r.scenario)), model::humanDuration(r.horizon, unit),
                           model::humanDuration(r.warmup, unit)));
    layout->addWidget(title);

    mHeadline = new QLabel(box);
    mHeadline->setObjectName(QStringLiteral("headline"));
    mHeadline->setWordWrap(true);
    mHeadline->setTextFormat(Qt::RichText);
    if (r.bottlenecks.empty()) {
        mHeadline->setText(tr("No constraint: no task had to wait for staff."));
    } else {
        const sim::Bottleneck &b = r.bottlenecks.front();
        mHeadline->setText(
            tr("The constraint is <b style=\"color:%1\">%2</b> at %3: busy %4 of the staff-time on "
               "duty, %5 of all waiting is there.")
                .arg(kConstraint.name(), names.role(b.role).toHtmlEscaped(), names.nodeRef(qs(b.node)).toHtmlEscaped(),
                    model::percent(b.utilization), model::percent(b.waitShare)));
    }
    QFont headlineFont = mHeadline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    mHeadline->setFont(headlineFont);
    layout->addWidget(mHeadline);

    QStringList small;
    if (r.windows.size() > 1) {
        QStringList windows;
        for (const sim::WindowConstraint &w : r.windows)
            windows << tr("%1–%2 %3")
                           .arg(clock(w.from, r.layout.dayLength), clock(w.to, r.layout.dayLength),
                               names.role(w.constraint.role));
        small << tr("By time of day: %1.").arg(windows.join(QStringLiteral("; ")));
    }
    if (r.precisionTarget > 0)
        small << tr("Replications were added until every process's mean cycle time was known within ± %1: %n "
                    "were needed.",
            nullptr, r.replications)
                     .arg(model::percent(r.precisionTarget));
    if (r.warmupDetected)
        small << tr("MSER-5 chose the warm-up of %1 from the first replication's work in process.")
                     .arg(model::humanDuration(r.warmup, unit));
    small << tr("± is the 95 % interval over the replications; seed %1.").arg(r.seed);
    if (!mOrigin.isEmpty())
        small << mOrigin;
    for (const std::string &w : r.warnings)
        small << tr("Warning: %1").arg(qs(w));
    auto *note = new QLabel(small.join(u'\n'), box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    return box;
}

QWidget *ResultsDashboard::goalSection(QWidget *parent)
{
    const QList<TileText> goals = goalTiles(mProject.get(), *mResults);
    if (goals.isEmpty())
        return nullptr;
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Goals of the strategy"), box));
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const int columns = int(std::min<qsizetype>(4, goals.size()));
    for (qsizetype i = 0; i < goals.size(); ++i)
        grid->addWidget(new KpiTile(goals.at(i), box), int(i / columns), int(i % columns));
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);
    return box;
}

QWidget *ResultsDashboard::processSection(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Processes"), box));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (const TileRow &process : processTiles(mProject.get(), *mResults)) {
        auto *name = new QLabel(box);
        name->setWordWrap(true);
        name->setTextFormat(Qt::RichText);
        name->setText(process.subtitle.isEmpty()
                ? QStringLiteral("<b>%1</b>").arg(process.title.toHtmlEscaped())
                : QStringLiteral("<b>%1</b><br><small>%2</small>")
                      .arg(process.title.toHtmlEscaped(), process.subtitle.toHtmlEscaped()));
        name->setMinimumWidth(110);
        name->setMaximumWidth(170);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        for (qsizetype t = 0; t < process.tiles.size(); ++t)
            grid->addWidget(new KpiTile(process.tiles.at(t), box), row, int(t) + 1);
        ++row;
    }
    for (int c = 1; c <= 4; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);
    return box;
}

QWidget *ResultsDashboard::chartSection(QWidget *parent, bool first)
{
    const sim::Results &r = *mResults;
    const ResultNames names(mProject.get());
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(first ? tr("The constraint") : tr("Where the time goes"), box));
    auto *grid = new ChartGrid(box);
    layout->addWidget(grid);
    const auto add = [box, grid](const BuiltChart &built) {
        auto *panel = new ChartPanel(box);
        panel->setChart(built);
        grid->addChart(panel, built.wide);
        return panel;
    };
    if (first) {
        add(utilisationChart(r, names));
        add(constraintQueueChart(r, names));
        return box;
    }
    add(utilisationByHourChart(r, names));
    add(queueByHourChart(r, names));
    add(waitsChart(r, names));
    // The histogram of the constraint's process first: that is where the story is.
    int shown = 0;
    for (std::size_t p = 0; p < r.processes.size(); ++p)
        if (!r.bottlenecks.empty() && qs(r.bottlenecks.front().node).section(u'/', 0, 0) == qs(r.processes[p].id))
            shown = int(p);
    ChartPanel *histogram = add(cycleTimeChart(r, names, shown));
    QComboBox *chooser = histogram->chooser();
    chooser->setObjectName(QStringLiteral("histogramProcess"));
    chooser->setToolTip(tr("The process whose cycle times are shown"));
    for (const sim::ProcessResult &p : r.processes)
        chooser->addItem(names.process(p.id));
    chooser->setCurrentIndex(shown);
    auto results = mResults;
    auto project = mProject;
    connect(chooser, &QComboBox::currentIndexChanged, histogram, [histogram, results, project](int index) {
        if (index >= 0)
            histogram->setChart(cycleTimeChart(*results, ResultNames(project.get()), index));
    });
    return box;
}

} // namespace oi::editor::results
