// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/rundetails.h"

#include "editor/results/resultnames.h"

#include "model/humanunits.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace oi::editor::results {

namespace {
QString row(const QString &what, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:10px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(what.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

RunDetails::RunDetails(QWidget *parent)
    : QWidget(parent)
    , mText(new QLabel(this))
{
    setObjectName(QStringLiteral("runDetails"));
    mText->setObjectName(QStringLiteral("runDetailsText"));
    mText->setTextFormat(Qt::RichText);
    mText->setWordWrap(true);
    mText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mText);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(scroll);
    setResults(nullptr, nullptr, false);
}

QString RunDetails::text() const
{
    return mText->text();
}

void RunDetails::setResults(const std::shared_ptr<const model::Project> &project,
    const std::shared_ptr<const sim::Results> &results, bool stale)
{
    if (!results) {
        mText->setText(tr("<p>No run yet. <i>Simulate ▸ Run Simulation</i> (F5) runs the scenario chosen in the "
                          "Simulation panel; its results appear here and on the maps.</p>"));
        return;
    }
    const sim::Results &r = *results;
    const ResultNames names(project.get());
    const model::TimeUnit unit = model::timeUnitFromName(QString::fromStdString(r.layout.timeUnit));
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("About this run").toHtmlEscaped());
    html += row(tr("Scenario"), names.scenario(QString::fromStdString(r.scenario)));
    html += row(
        tr("Replications"), tr("%1 (first %2), seed %3").arg(r.replications).arg(r.firstReplication).arg(r.seed));
    html += row(tr("Each replication"),
        tr("%1, of which the first %2 is warm-up (not measured)")
            .arg(model::humanDuration(r.horizon, unit), model::humanDuration(r.warmup, unit)));
    if (r.warmupDetected)
        html += row(tr("Warm-up"), tr("chosen by MSER-5"));
    html += row(tr("Stopping rule"),
        r.precisionTarget > 0 ? tr("until each mean cycle time is within ± %1").arg(model::percent(r.precisionTarget))
                              : tr("the replications asked for"));
    html += row(tr("Computed"), tr("%1 events in %2 s").arg(r.events).arg(QString::number(r.wallSeconds, 'f', 2)));
    html += row(tr("Model"),
        stale ? tr("changed since the run: the figures describe it as it was")
              : tr("as simulated (fingerprint %1)").arg(r.modelFingerprint, 16, 16, QLatin1Char('0')));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Precision of the mean cycle time").toHtmlEscaped());
    for (const sim::ProcessResult &p : r.processes) {
        const sim::Stat &c = p.cycleTime;
        const QString value = c.n >= 2 && c.mean > 0 && std::isfinite(c.ci95)
            ? tr("± %1 of the mean").arg(model::percent(c.ci95 / c.mean))
            : tr("no interval (fewer than two replications measured it)");
        html += row(names.process(p.id), value);
    }
    html += QStringLiteral("</table>");
    html += tr("<p>A wider interval narrows with more replications: about half as wide for four times as many.</p>");
    for (const std::string &w : r.warnings)
        html += QStringLiteral("<p>%1</p>").arg(tr("Warning: %1").arg(QString::fromStdString(w)).toHtmlEscaped());
    mText->setText(html);
}

} // namespace oi::editor::results
