// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sqlitejson.h"

#include "model/enumnames.h"

#include "model/sqlitejsonin.h"

#include <cmath>

namespace oi::model::sqljson {

using namespace detail;

QString fromStrings(const QStringList &l)
{
    return text(QJsonArray::fromStringList(l));
}
QStringList toStrings(const QString &json, QString *error)
{
    In in(error);
    QStringList out;
    const QJsonArray a = in.array(json);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString()) {
            in.at(i);
            in.fail(SqliteStore::tr("should be text, not %1.").arg(kindOf(a[i])));
        }
        out << a[i].toString();
    }
    return out;
}

QString fromDistribution(const Distribution &d)
{
    if (!d.isSet())
        return {};
    return text(QJsonObject { { QStringLiteral("dist"), toString(d.kind) }, { QStringLiteral("value"), d.value },
        { QStringLiteral("min"), d.min }, { QStringLiteral("mode"), d.mode }, { QStringLiteral("max"), d.max },
        { QStringLiteral("mean"), d.mean }, { QStringLiteral("sd"), d.sd }, { QStringLiteral("k"), d.k },
        { QStringLiteral("values"), numbers(d.values) }, { QStringLiteral("weights"), numbers(d.weights) } });
}

Distribution toDistribution(const QString &json, QString *error)
{
    Distribution d;
    if (json.isEmpty())
        return d;
    In in(error);
    const QJsonObject o = in.object(json);
    const QString kind = in.str(o, "dist");
    d.kind = enumFromString<DistKind>(kind).value_or(DistKind::None);
    if (d.kind == DistKind::None)
        in.fail(SqliteStore::tr("\u201c%1\u201d is not a distribution; expected one of %2.")
                    .arg(kind, enumNames<DistKind>().join(QStringLiteral(", "))));
    d.value = in.num(o, "value");
    d.min = in.num(o, "min");
    d.mode = in.num(o, "mode");
    d.max = in.num(o, "max");
    d.mean = in.num(o, "mean");
    d.sd = in.num(o, "sd");
    d.k = in.whole(o, "k", 1);
    d.values = in.numbers(o, "values");
    d.weights = in.numbers(o, "weights");
    return d;
}

QString fromGoals(const std::vector<Goal> &goals)
{
    return list(goals, [](const Goal &g) {
        QJsonValue measure;
        if (const auto &m = g.measure)
            measure = QJsonObject { { QStringLiteral("process"), m->process },
                { QStringLiteral("kpi"), toString(m->kpi) }, { QStringLiteral("node"), m->node },
                { QStringLiteral("role"), m->role }, { QStringLiteral("statistic"), toString(m->statistic) },
                { QStringLiteral("comparator"), toString(m->comparator) } };
        return QJsonObject { { QStringLiteral("text"), g.text }, { QStringLiteral("kpi"), g.kpi },
            { QStringLiteral("target"), g.target }, { QStringLiteral("unit"), g.unit },
            { QStringLiteral("measure"), measure } };
    });
}
std::vector<Goal> toGoals(const QString &json, QString *error)
{
    return list<Goal>(json, error, [](In &in, const QJsonObject &o) {
        Goal g { in.str(o, "text"), in.str(o, "kpi"), in.num(o, "target"), in.str(o, "unit"), std::nullopt };
        const QJsonValue m = o[QStringLiteral("measure")];
        if (!m.isUndefined() && !m.isNull()) {
            const QJsonObject mo = in.object(m);
            g.measure = Measure { in.str(mo, "process"), in.choice(mo, "kpi", Kpi::CycleTime), in.str(mo, "node"),
                in.str(mo, "role"), in.choice(mo, "statistic", Statistic::Mean),
                in.choice(mo, "comparator", Comparator::AtMost) };
        }
        return g;
    });
}

QString fromNeeds(const std::vector<Need> &needs)
{
    return list(needs, [](const Need &n) {
        return QJsonObject { { QStringLiteral("id"), n.id }, { QStringLiteral("text"), n.text } };
    });
}
std::vector<Need> toNeeds(const QString &json, QString *error)
{
    return list<Need>(json, error, [](In &in, const QJsonObject &o) {
        return Need { in.str(o, "id"), in.str(o, "text") };
    });
}

QString fromPainPoints(const std::vector<PainPoint> &pains)
{
    return list(pains, [](const PainPoint &p) {
        return QJsonObject { { QStringLiteral("text"), p.text },
            { QStringLiteral("severity"), p.severity ? QJsonValue(*p.severity) : QJsonValue() } };
    });
}
std::vector<PainPoint> toPainPoints(const QString &json, QString *error)
{
    return list<PainPoint>(json, error, [](In &in, const QJsonObject &o) {
        return PainPoint { in.str(o, "text"), in.optWhole(o, "severity") };
    });
}

QString fromLanes(const std::vector<Lane> &lanes)
{
    return list(lanes, [](const Lane &l) {
        return QJsonObject { { QStringLiteral("role"), l.role }, { QStringLiteral("size"), optional(l.size) } };
    });
}
std::vector<Lane> toLanes(const QString &json, QString *error)
{
    return list<Lane>(json, error, [](In &in, const QJsonObject &o) {
        return Lane { in.str(o, "role"), in.optional(o, "size") };
    });
}

QString fromInterrupts(const std::vector<Interrupt> &interrupts)
{
    return list(interrupts, [](const Interrupt &x) {
        return QJsonObject { { QStringLiteral("after"), x.after }, { QStringLiteral("rate"), x.rate },
            { QStringLiteral("process"), x.process } };
    });
}
std::vector<Interrupt> toInterrupts(const QString &json, QString *error)
{
    return list<Interrupt>(json, error, [](In &in, const QJsonObject &o) {
        return Interrupt { in.num(o, "after"), in.num(o, "rate"), in.str(o, "process") };
    });
}

QString fromPoints(const std::vector<Point> &points)
{
    return list(points, [](const Point &p) {
        return QJsonObject { { QStringLiteral("x"), p.x }, { QStringLiteral("y"), p.y } };
    });
}
std::vector<Point> toPoints(const QString &json, QString *error)
{
    return list<Point>(json, error, [](In &in, const QJsonObject &o) {
        return Point { in.num(o, "x"), in.num(o, "y") };
    });
}

QString fromStages(const std::vector<Stage> &stages)
{
    return list(stages, [](const Stage &s) {
        return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name } };
    });
}
std::vector<Stage> toStages(const QString &json, QString *error)
{
    return list<Stage>(json, error, [](In &in, const QJsonObject &o) {
        return Stage { in.str(o, "id"), in.str(o, "name") };
    });
}

QString fromMetrics(const std::vector<Metric> &metrics)
{
    return list(metrics, [](const Metric &m) {
        return QJsonObject { { QStringLiteral("name"), m.name }, { QStringLiteral("unit"), m.unit },
            { QStringLiteral("low"), optional(m.low) }, { QStringLiteral("high"), optional(m.high) },
            { QStringLiteral("value"), optional(m.value) }, { QStringLiteral("signal_below"), m.signalBelow },
            { QStringLiteral("signal_above"), m.signalAbove } };
    });
}
std::vector<Metric> toMetrics(const QString &json, QString *error)
{
    return list<Metric>(json, error, [](In &in, const QJsonObject &o) {
        return Metric { in.str(o, "name"), in.str(o, "unit"), in.optional(o, "low"), in.optional(o, "high"),
            in.optional(o, "value"), in.str(o, "signal_below"), in.str(o, "signal_above") };
    });
}

QString fromShifts(const std::optional<ShiftCalendar> &shifts)
{
    if (!shifts)
        return {};
    QJsonArray blocks;
    for (const ShiftBlock &b : shifts->capacity)
        blocks.append(QJsonObject { { QStringLiteral("from"), b.from }, { QStringLiteral("to"), b.to },
            { QStringLiteral("headcount"), b.headcount } });
    return text(QJsonObject { { QStringLiteral("period"), shifts->period }, { QStringLiteral("capacity"), blocks } });
}
std::optional<ShiftCalendar> toShifts(const QString &json, QString *error)
{
    if (json.isEmpty())
        return std::nullopt;
    In in(error);
    const QJsonObject o = in.object(json);
    ShiftCalendar c;
    c.period = in.num(o, "period");
    const QJsonValue blocks = o[QStringLiteral("capacity")];
    if (!blocks.isUndefined() && !blocks.isArray())
        in.fail(SqliteStore::tr("the member “capacity” should be a list, not %1.").arg(kindOf(blocks)));
    const QJsonArray a = blocks.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        in.at(i);
        const QJsonObject b = in.object(a[i]);
        c.capacity.push_back({ in.num(b, "from"), in.num(b, "to"), in.whole(b, "headcount", 0) });
    }
    return c;
}

QString fromCrossTraining(const std::vector<CrossTraining> &l)
{
    return list(l, [](const CrossTraining &c) {
        return QJsonObject { { QStringLiteral("role"), c.role }, { QStringLiteral("priority"), c.priority },
            { QStringLiteral("from"), optional(c.from) }, { QStringLiteral("to"), optional(c.to) },
            { QStringLiteral("period"), optional(c.period) } };
    });
}

namespace {

/** The window of a cross-training, refused with one end as the YAML reader refuses it. */
void readWindow(In &in, const QJsonObject &o, CrossTraining &c)
{
    c.from = in.optional(o, "from");
    c.to = in.optional(o, "to");
    c.period = in.optional(o, "period");
    if (c.from.has_value() != c.to.has_value())
        in.fail(SqliteStore::tr("a window needs both from and to."));
}

} // namespace

std::vector<CrossTraining> toCrossTraining(const QString &json, QString *error)
{
    return list<CrossTraining>(json, error, [](In &in, const QJsonObject &o) {
        CrossTraining c { in.str(o, "role"), in.whole(o, "priority", 1), {}, {}, {} };
        readWindow(in, o, c);
        return c;
    });
}

QString fromRates(const std::optional<RateCalendar> &cal)
{
    if (!cal)
        return {};
    QJsonArray rates;
    for (const RateBlock &b : cal->rates)
        rates.append(QJsonObject { { QStringLiteral("from"), b.from }, { QStringLiteral("to"), b.to },
            { QStringLiteral("per_time_unit"), b.perTimeUnit } });
    return text(QJsonObject { { QStringLiteral("period"), cal->period }, { QStringLiteral("rates"), rates } });
}
std::optional<RateCalendar> toRates(const QString &json, QString *error)
{
    if (json.isEmpty())
        return std::nullopt;
    In in(error);
    const QJsonObject o = in.object(json);
    RateCalendar c;
    c.period = in.num(o, "period");
    const QJsonValue blocks = o[QStringLiteral("rates")];
    if (!blocks.isUndefined() && !blocks.isArray())
        in.fail(SqliteStore::tr("the member \u201crates\u201d should be a list, not %1.").arg(kindOf(blocks)));
    const QJsonArray a = blocks.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        in.at(i);
        const QJsonObject b = in.object(a[i]);
        c.rates.push_back({ in.num(b, "from"), in.num(b, "to"), in.num(b, "per_time_unit") });
    }
    return c;
}

QString fromHeadcounts(const std::vector<HeadcountOverride> &l)
{
    return list(l, [](const HeadcountOverride &h) {
        return QJsonObject { { QStringLiteral("role"), h.role }, { QStringLiteral("headcount"), h.headcount } };
    });
}
std::vector<HeadcountOverride> toHeadcounts(const QString &json, QString *error)
{
    return list<HeadcountOverride>(json, error, [](In &in, const QJsonObject &o) {
        return HeadcountOverride { in.str(o, "role"), in.whole(o, "headcount", 0) };
    });
}

QString fromDurations(const std::vector<DurationOverride> &l)
{
    return list(l, [](const DurationOverride &d) {
        return QJsonObject { { QStringLiteral("node"), d.node }, { QStringLiteral("factor"), d.factor } };
    });
}
std::vector<DurationOverride> toDurations(const QString &json, QString *error)
{
    return list<DurationOverride>(json, error, [](In &in, const QJsonObject &o) {
        return DurationOverride { in.str(o, "node"), in.num(o, "factor") };
    });
}

QString fromAddedSkills(const std::vector<std::pair<QString, CrossTraining>> &l)
{
    return list(l, [](const std::pair<QString, CrossTraining> &a) {
        return QJsonObject { { QStringLiteral("role"), a.first }, { QStringLiteral("takes"), a.second.role },
            { QStringLiteral("priority"), a.second.priority }, { QStringLiteral("from"), optional(a.second.from) },
            { QStringLiteral("to"), optional(a.second.to) }, { QStringLiteral("period"), optional(a.second.period) } };
    });
}
std::vector<std::pair<QString, CrossTraining>> toAddedSkills(const QString &json, QString *error)
{
    return list<std::pair<QString, CrossTraining>>(json, error, [](In &in, const QJsonObject &o) {
        std::pair<QString, CrossTraining> a(
            in.str(o, "role"), CrossTraining { in.str(o, "takes"), in.whole(o, "priority", 1), {}, {}, {} });
        readWindow(in, o, a.second);
        return a;
    });
}

} // namespace oi::model::sqljson
