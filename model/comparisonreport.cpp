// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/comparisonreport.h"

#include "model/humanunits.h"
#include "model/simulationinput.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace oi::model {

namespace {

struct ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
};

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString processName(const Project &project, const QString &id)
{
    const Process *p = project.process(id);
    return p && !p->name.isEmpty() ? p->name : id;
}

QString scenarioName(const Project &project, const QString &id)
{
    const Scenario *s = project.scenario(id);
    return s && !s->name.isEmpty() ? s->name : id;
}

QString decimal(double v)
{
    if (std::abs(v) >= 100)
        return QString::number(std::lround(v));
    const double rounded = std::round(v * 10) / 10;
    return rounded == std::floor(rounded) ? QString::number(qlonglong(rounded)) : QString::number(rounded, 'f', 1);
}

/** "+" before a positive change, so a change never reads as a level; none before one shown as 0. */
QString withSign(const QString &text, double mean)
{
    const bool zero = text.startsWith(u'0') && (text.size() == 1 || (!text[1].isDigit() && text[1] != u'.'));
    return mean > 0 && !zero ? u'+' + text : text;
}

/** How one KPI's numbers read: the unit of a row is chosen once, from the baseline. */
class Cells
{
public:
    Cells(ComparedKpi kpi, TimeUnit unit, double baseline)
        : mKpi(kpi)
        , mUnit(unit)
    {
        // A row of rates reads in one unit: per hour when the baseline is ten or more an hour.
        mPerHour = std::isfinite(baseline) && baseline * 60 / minutesPer(unit) >= 10;
    }
    QString value(const sim::Stat &s) const
    {
        if (s.n == 0 || !std::isfinite(s.mean))
            return QStringLiteral("–");
        switch (mKpi) {
        case ComparedKpi::CycleTimeMean:
        case ComparedKpi::CycleTimeP90:
        case ComparedKpi::WaitMean:
            return s.n < 2 || !std::isfinite(s.ci95)
                ? duration(s.mean)
                : ComparisonReport::tr("%1 ± %2").arg(duration(s.mean), duration(s.ci95));
        case ComparedKpi::Throughput: return rate(s.mean, s.ci95, s.n);
        case ComparedKpi::Abandoned: return wholeCount(s.mean, s.ci95, s.n);
        case ComparedKpi::WaitingShare:
            return s.n < 2 ? percent(s.mean) : ComparisonReport::tr("%1 ± %2").arg(percent(s.mean), percent(s.ci95));
        }
        return {};
    }
    QString change(const PairedDifference &d) const
    {
        const sim::Stat &s = d.change;
        if (s.n == 0 || !std::isfinite(s.mean))
            return QStringLiteral("–");
        QString text;
        if (mKpi == ComparedKpi::WaitingShare)
            text = withSign(
                s.n < 2 ? points(s.mean) : ComparisonReport::tr("%1 ± %2").arg(points(s.mean), points(s.ci95)), s.mean);
        else
            text = withSign(value(s), s.mean);
        return d.significant ? text : ComparisonReport::tr("%1, no significant difference").arg(text);
    }

private:
    /** As humanDuration, with tenths of a second under ten seconds: small changes can be real. */
    QString duration(double v) const
    {
        const double seconds = v * minutesPer(mUnit) * 60;
        if (std::isfinite(seconds) && std::abs(seconds) < 10)
            return ComparisonReport::tr("%1 s").arg(decimal(seconds));
        return humanDuration(v, mUnit);
    }
    QString rate(double mean, double ci95, int n) const
    {
        const double factor = (mPerHour ? 60 : 1440) / minutesPer(mUnit);
        const QString number = n < 2 || !std::isfinite(ci95)
            ? decimal(mean * factor)
            : ComparisonReport::tr("%1 ± %2").arg(decimal(mean * factor), decimal(ci95 * factor));
        return mPerHour ? ComparisonReport::tr("%1 per hour").arg(number)
                        : ComparisonReport::tr("%1 per day").arg(number);
    }
    static QString points(double share) { return ComparisonReport::tr("%1 points").arg(decimal(share * 100)); }

    ComparedKpi mKpi;
    TimeUnit mUnit;
    bool mPerHour = false;
};

} // namespace

QString comparedKpiLabel(ComparedKpi kpi)
{
    switch (kpi) {
    case ComparedKpi::CycleTimeMean: return ComparisonReport::tr("mean cycle time");
    case ComparedKpi::CycleTimeP90: return ComparisonReport::tr("90 % of cases done within");
    case ComparedKpi::Throughput: return ComparisonReport::tr("throughput");
    case ComparedKpi::Abandoned: return ComparisonReport::tr("customers lost (abandoned) per run");
    case ComparedKpi::WaitMean: return ComparisonReport::tr("mean wait per task");
    case ComparedKpi::WaitingShare: return ComparisonReport::tr("tasks that had to wait");
    }
    return {};
}

QString comparedValueText(ComparedKpi kpi, TimeUnit unit, double baseline, const sim::Stat &value)
{
    return Cells(kpi, unit, baseline).value(value);
}

QString comparedChangeText(ComparedKpi kpi, TimeUnit unit, double baseline, const PairedDifference &difference)
{
    return Cells(kpi, unit, baseline).change(difference);
}

QJsonObject comparisonToJson(const Comparison &c, const Project &project)
{
    QJsonArray kpis;
    for (const KpiComparison &k : c.kpis) {
        QJsonObject values, ran;
        for (std::size_t s = 0; s < k.values.size(); ++s) {
            const QString id = c.scenarios.value(qsizetype(s));
            const sim::Stat &v = k.values[s];
            values.insert(id,
                QJsonObject { { QStringLiteral("mean"), num(v.mean) }, { QStringLiteral("ci95"), num(v.ci95) },
                    { QStringLiteral("n"), v.n } });
            ran.insert(id, k.ran[s].isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.ran[s]));
        }
        QJsonArray differences;
        for (const PairedDifference &d : k.differences)
            differences.append(QJsonObject { { QStringLiteral("from"), c.scenarios.value(d.from) },
                { QStringLiteral("to"), c.scenarios.value(d.to) }, { QStringLiteral("mean"), num(d.change.mean) },
                { QStringLiteral("ci95"), num(d.change.ci95) }, { QStringLiteral("n"), d.change.n },
                { QStringLiteral("significant"), d.significant } });
        kpis.append(QJsonObject { { QStringLiteral("process"), k.process },
            { QStringLiteral("process_name"), processName(project, k.process) },
            { QStringLiteral("kpi"), kpiName(k.kpi) }, { QStringLiteral("unit"), kpiUnit(k.kpi, c.timeUnit) },
            { QStringLiteral("ran"), ran }, { QStringLiteral("values"), values },
            { QStringLiteral("differences"), differences } });
    }
    return QJsonObject { { QStringLiteral("scenarios"), QJsonArray::fromStringList(c.scenarios) },
        { QStringLiteral("baseline"), c.scenarios.value(0) }, { QStringLiteral("replications"), c.replications },
        { QStringLiteral("seed"), QJsonValue(double(c.seed)) },
        { QStringLiteral("seed_text"), QString::number(c.seed) }, { QStringLiteral("horizon"), c.horizon },
        { QStringLiteral("warmup"), c.warmup }, { QStringLiteral("time_unit"), timeUnitName(c.timeUnit) },
        { QStringLiteral("wall_seconds"), c.wallSeconds }, { QStringLiteral("kpis"), kpis } };
}

QString formatComparisonText(const Comparison &c, const Project &project)
{
    QStringList names;
    for (const QString &id : c.scenarios)
        names.append(scenarioName(project, id));
    const QString baseline = names.value(0);
    QString t = ComparisonReport::tr("Scenarios compared: %1 (baseline), %2\n")
                    .arg(baseline, names.mid(1).join(QStringLiteral(", ")));
    t += ComparisonReport::tr(
        "%1 replications of each, %2 long after a warm-up of %3, seed %4; replication i of every scenario "
        "draws the same random numbers (common random numbers).\n")
             .arg(c.replications)
             .arg(humanDuration(c.horizon, c.timeUnit), humanDuration(c.warmup, c.timeUnit))
             .arg(c.seed);
    t += ComparisonReport::tr("Changes are against %1, with 95 % intervals from the paired replications.\n")
             .arg(baseline);

    for (std::size_t first = 0; first < c.kpis.size();) {
        const QString process = c.kpis[first].process;
        std::size_t end = first;
        while (end < c.kpis.size() && c.kpis[end].process == process)
            ++end;
        t += u'\n' + processName(project, process) + u'\n';
        const KpiComparison &head = c.kpis[first];
        for (std::size_t s = 0; s < head.ran.size(); ++s) {
            if (head.ran[s].isEmpty())
                t += ComparisonReport::tr("  %1 does not run it\n").arg(names.value(qsizetype(s)));
            else if (head.ran[s] != process)
                t += ComparisonReport::tr("  %1 runs %2 in its place\n")
                         .arg(names.value(qsizetype(s)), processName(project, head.ran[s]));
        }
        QList<QStringList> rows;
        QStringList header { QString() };
        header += names;
        for (qsizetype s = 1; s < names.size(); ++s)
            header.append(ComparisonReport::tr("%1 − %2").arg(names[s], baseline));
        rows.append(header);
        for (std::size_t k = first; k < end; ++k) {
            const KpiComparison &row = c.kpis[k];
            const Cells cells(row.kpi, c.timeUnit, row.values.empty() ? std::nan("") : row.values.front().mean);
            QStringList line { comparedKpiLabel(row.kpi) };
            for (const sim::Stat &v : row.values)
                line.append(cells.value(v));
            for (const PairedDifference &d : row.differences)
                line.append(cells.change(d));
            rows.append(line);
        }
        t += textTable(rows, QStringLiteral("  "));
        first = end;
    }
    return t;
}

} // namespace oi::model
