// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/importreport.h"

#include "model/enumnames.h"
#include "model/eventlog/eventlogtext.h"
#include "model/humanunits.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace oi::model::eventlog {

QString familyName(const Distribution &d)
{
    return toString(d.kind);
}

QString parameterText(const Distribution &d, TimeUnit unit)
{
    auto t = [unit](double v) { return humanDuration(v, unit); };
    switch (d.kind) {
    case DistKind::None: return QStringLiteral("–");
    case DistKind::Fixed: return t(d.value);
    case DistKind::Uniform: return EventLogText::tr("from %1 to %2").arg(t(d.min), t(d.max));
    case DistKind::Triangular: return EventLogText::tr("min %1, mode %2, max %3").arg(t(d.min), t(d.mode), t(d.max));
    case DistKind::Exponential: return EventLogText::tr("mean %1").arg(t(d.mean));
    case DistKind::Normal:
    case DistKind::Lognormal:
    case DistKind::Gamma: return EventLogText::tr("mean %1, sd %2").arg(t(d.mean), t(d.sd));
    case DistKind::Erlang: return EventLogText::tr("k %1, mean %2").arg(d.k).arg(t(d.mean));
    case DistKind::Empirical: {
        if (d.values.empty())
            return QStringLiteral("–");
        const auto [lo, hi] = std::minmax_element(d.values.begin(), d.values.end());
        return EventLogText::tr("%n value(s) from %1 to %2", nullptr, int(d.values.size())).arg(t(*lo), t(*hi));
    }
    }
    return {};
}

QStringList readSummary(const ReadReport &report, const EventLog &log)
{
    QStringList lines;
    lines << EventLogText::tr("Read %1 (times: %2); columns %3.")
                 .arg(report.format, report.timeFormat, report.mapping.join(QStringLiteral(", ")));
    // Each count its own plural: "1 event of 1 case and 1 activity type, 0 resources, 1 channel."
    lines << EventLogText::tr("%1 of %2 and %3, %4, %5.", "events of cases and activities, resources, channels")
                 .arg(EventLogText::tr("%n event(s)", nullptr, int(std::min<size_t>(log.events.size(), 1u << 30))),
                     EventLogText::tr("%n case(s)", nullptr, int(log.caseIds.size())),
                     EventLogText::tr("%n activity type(s)", nullptr, int(log.activities.size())),
                     EventLogText::tr("%n resource(s)", nullptr, int(log.resources.size())),
                     EventLogText::tr("%n channel(s)", nullptr, int(log.channels.size())));
    if (report.badRows > 0)
        lines << EventLogText::tr(
            "%n row(s) could not be read and were left out.", nullptr, int(std::min<qint64>(report.badRows, 1 << 30)));
    if (report.otherTransitions > 0)
        lines << EventLogText::tr("%n lifecycle transition(s) other than start, complete and abort (schedule, "
                                  "suspend, ...) were passed over.",
            nullptr, int(std::min<qint64>(report.otherTransitions, 1 << 30)));
    if (report.unmatchedStarts > 0)
        lines << EventLogText::tr("%n start(s) were never completed and were left out.", nullptr,
            int(std::min<qint64>(report.unmatchedStarts, 1 << 30)));
    lines << report.notes;
    return lines;
}

QStringList badRowLines(const ReadReport &report)
{
    QStringList lines;
    for (const BadRow &b : report.bad)
        lines << b.toString();
    const qint64 more = report.badRows - qint64(report.bad.size());
    if (more > 0)
        lines << EventLogText::tr("... and %n more bad row(s).", nullptr, int(std::min<qint64>(more, 1 << 30)));
    return lines;
}

QStringList variantLines(const Draft &draft, const EventLog &log, int count)
{
    QStringList lines;
    for (int i = 0; i < count && i < int(draft.discovery.variants.size()); ++i) {
        const Variant &v = draft.discovery.variants[size_t(i)];
        QStringList names;
        for (const qint32 a : v.activities)
            names << log.activities[a];
        lines << EventLogText::tr("%1  %n case(s): %2", nullptr, int(std::min<qint64>(v.cases, 1 << 30)))
                     .arg(percent(v.share),
                         names.isEmpty() ? EventLogText::tr("(no activity)") : names.join(QStringLiteral(" → ")));
    }
    return lines;
}

QList<QStringList> fitTable(const Draft &draft)
{
    QList<QStringList> rows;
    rows << QStringList { EventLogText::tr("task"), EventLogText::tr("observed"), EventLogText::tr("distribution"),
        EventLogText::tr("parameters"), EventLogText::tr("KS distance"), EventLogText::tr("AIC") };
    for (const TaskFit &f : draft.fits) {
        QString family = familyName(f.fit.chosen);
        switch (f.fit.why) {
        case DurationFit::Why::NoData: family = EventLogText::tr("fixed (no time observed)"); break;
        case DurationFit::Why::TooFew: family = EventLogText::tr("fixed (too few times)"); break;
        case DurationFit::Why::Empirical:
            family = EventLogText::tr("empirical (no family within %1)").arg(f.fit.ksBound, 0, 'f', 3);
            break;
        default: break;
        }
        const bool scored = f.fit.why != DurationFit::Why::NoData;
        rows << QStringList { f.activity, QString::number(f.fit.samples), family,
            parameterText(f.fit.chosen, TimeUnit::Minute),
            scored ? QString::number(f.fit.ks, 'f', 3) : QStringLiteral("–"),
            f.fit.why == DurationFit::Why::BestAic ? QString::number(std::llround(f.fit.aic)) : QStringLiteral("–") };
    }
    return rows;
}

QList<QStringList> metricTable(const Draft &draft, const EventLog &log)
{
    QList<QStringList> rows;
    rows << QStringList { EventLogText::tr("step"), EventLogText::tr("metric"), EventLogText::tr("normal range"),
        EventLogText::tr("median"), EventLogText::tr("cases"), EventLogText::tr("outside (latest value)") };
    auto number = [](double v) { return QLocale::c().toString(v, 'g', 4); };
    for (const StepMetric &m : draft.metrics) {
        const QString unit = m.metric.unit.isEmpty() ? QString() : u' ' + m.metric.unit;
        QStringList examples;
        for (size_t i = 0; i < m.outside.size() && i < 3; ++i)
            examples << log.caseIds.value(m.outside[i].caseIndex);
        QString outside = QString::number(m.outside.size());
        if (!examples.isEmpty())
            outside += QStringLiteral(" (") + examples.join(QStringLiteral(", "))
                + (m.outside.size() > 3 ? QStringLiteral(", …)") : QStringLiteral(")"));
        rows << QStringList { log.activities.value(m.activity), m.metric.name,
            EventLogText::tr("%1 to %2").arg(number(*m.metric.low), number(*m.metric.high)) + unit,
            number(*m.metric.value) + unit, QString::number(m.cases), outside };
    }
    return rows;
}

QList<QStringList> feedbackTable(const FeedbackResult &feedback, const Draft &draft)
{
    QList<QStringList> rows;
    rows << QStringList { EventLogText::tr("step"), EventLogText::tr("responses"), EventLogText::tr("mean score"),
        EventLogText::tr("emotion"), EventLogText::tr("pain-point candidates") };
    for (const StepFeedback &f : feedback.steps) {
        const Step *step = draft.project.step(f.step);
        rows << QStringList { step ? step->title : f.step, QString::number(f.responses),
            QLocale::c().toString(f.meanScore, 'g', 3),
            (f.emotion > 0 ? QStringLiteral("+") : QString()) + QString::number(f.emotion),
            f.painPoints.isEmpty() ? QStringLiteral("–") : u'"' + f.painPoints.join(QStringLiteral("\", \"")) + u'"' };
    }
    return rows;
}

} // namespace oi::model::eventlog
