// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitejson.h"

#include "enumnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oi::model::sqljson {

namespace {

QString text(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
QString text(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonArray array(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).array(); }
QJsonObject object(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(d);
    return a;
}

std::vector<double> numbers(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

// Array of objects <-> vector, with one mapping function each way.
template<typename T, typename To>
QString list(const std::vector<T> &items, To &&to)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(to(item));
    return text(a);
}

template<typename T, typename From>
std::vector<T> list(const QString &json, From &&from)
{
    std::vector<T> out;
    for (const QJsonValue &v : array(json))
        out.push_back(from(v.toObject()));
    return out;
}

QJsonValue optional(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
std::optional<double> optional(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

} // namespace

QString fromStrings(const QStringList &l) { return text(QJsonArray::fromStringList(l)); }
QStringList toStrings(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : array(json))
        out << v.toString();
    return out;
}

QString fromDistribution(const Distribution &d)
{
    if (!d.isSet())
        return {};
    return text(QJsonObject{{QStringLiteral("dist"), toString(d.kind)}, {QStringLiteral("value"), d.value},
                            {QStringLiteral("min"), d.min}, {QStringLiteral("mode"), d.mode},
                            {QStringLiteral("max"), d.max}, {QStringLiteral("mean"), d.mean},
                            {QStringLiteral("sd"), d.sd}, {QStringLiteral("k"), d.k},
                            {QStringLiteral("values"), numbers(d.values)},
                            {QStringLiteral("weights"), numbers(d.weights)}});
}

Distribution toDistribution(const QString &json)
{
    Distribution d;
    if (json.isEmpty())
        return d;
    const QJsonObject o = object(json);
    d.kind = enumFromString<DistKind>(o[QStringLiteral("dist")].toString()).value_or(DistKind::None);
    d.value = o[QStringLiteral("value")].toDouble();
    d.min = o[QStringLiteral("min")].toDouble();
    d.mode = o[QStringLiteral("mode")].toDouble();
    d.max = o[QStringLiteral("max")].toDouble();
    d.mean = o[QStringLiteral("mean")].toDouble();
    d.sd = o[QStringLiteral("sd")].toDouble();
    d.k = o[QStringLiteral("k")].toInt(1);
    d.values = numbers(o[QStringLiteral("values")]);
    d.weights = numbers(o[QStringLiteral("weights")]);
    return d;
}

QString fromGoals(const std::vector<Goal> &goals)
{
    return list(goals, [](const Goal &g) {
        return QJsonObject{{QStringLiteral("text"), g.text}, {QStringLiteral("kpi"), g.kpi},
                           {QStringLiteral("target"), g.target}, {QStringLiteral("unit"), g.unit}};
    });
}
std::vector<Goal> toGoals(const QString &json)
{
    return list<Goal>(json, [](const QJsonObject &o) {
        return Goal{o[QStringLiteral("text")].toString(), o[QStringLiteral("kpi")].toString(),
                    o[QStringLiteral("target")].toDouble(), o[QStringLiteral("unit")].toString()};
    });
}

QString fromStages(const std::vector<Stage> &stages)
{
    return list(stages, [](const Stage &s) {
        return QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}};
    });
}
std::vector<Stage> toStages(const QString &json)
{
    return list<Stage>(json, [](const QJsonObject &o) {
        return Stage{o[QStringLiteral("id")].toString(), o[QStringLiteral("name")].toString()};
    });
}

QString fromMetrics(const std::vector<Metric> &metrics)
{
    return list(metrics, [](const Metric &m) {
        return QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("unit"), m.unit},
                           {QStringLiteral("low"), optional(m.low)}, {QStringLiteral("high"), optional(m.high)},
                           {QStringLiteral("value"), optional(m.value)}};
    });
}
std::vector<Metric> toMetrics(const QString &json)
{
    return list<Metric>(json, [](const QJsonObject &o) {
        return Metric{o[QStringLiteral("name")].toString(), o[QStringLiteral("unit")].toString(),
                      optional(o[QStringLiteral("low")]), optional(o[QStringLiteral("high")]),
                      optional(o[QStringLiteral("value")])};
    });
}

QString fromShifts(const std::optional<ShiftCalendar> &shifts)
{
    if (!shifts)
        return {};
    QJsonArray blocks;
    for (const ShiftBlock &b : shifts->capacity)
        blocks.append(QJsonObject{{QStringLiteral("from"), b.from}, {QStringLiteral("to"), b.to},
                                  {QStringLiteral("headcount"), b.headcount}});
    return text(QJsonObject{{QStringLiteral("period"), shifts->period}, {QStringLiteral("capacity"), blocks}});
}
std::optional<ShiftCalendar> toShifts(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject o = object(json);
    ShiftCalendar c;
    c.period = o[QStringLiteral("period")].toDouble();
    for (const QJsonValue &v : o[QStringLiteral("capacity")].toArray()) {
        const QJsonObject b = v.toObject();
        c.capacity.push_back({b[QStringLiteral("from")].toDouble(), b[QStringLiteral("to")].toDouble(),
                              b[QStringLiteral("headcount")].toInt()});
    }
    return c;
}

QString fromCrossTraining(const std::vector<CrossTraining> &l)
{
    return list(l, [](const CrossTraining &c) {
        return QJsonObject{{QStringLiteral("role"), c.role}, {QStringLiteral("priority"), c.priority}};
    });
}
std::vector<CrossTraining> toCrossTraining(const QString &json)
{
    return list<CrossTraining>(json, [](const QJsonObject &o) {
        return CrossTraining{o[QStringLiteral("role")].toString(), o[QStringLiteral("priority")].toInt(1)};
    });
}

QString fromRates(const std::optional<RateCalendar> &cal)
{
    if (!cal)
        return {};
    QJsonArray rates;
    for (const RateBlock &b : cal->rates)
        rates.append(QJsonObject{{QStringLiteral("from"), b.from}, {QStringLiteral("to"), b.to},
                                 {QStringLiteral("per_time_unit"), b.perTimeUnit}});
    return text(QJsonObject{{QStringLiteral("period"), cal->period}, {QStringLiteral("rates"), rates}});
}
std::optional<RateCalendar> toRates(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject o = object(json);
    RateCalendar c;
    c.period = o[QStringLiteral("period")].toDouble();
    for (const QJsonValue &v : o[QStringLiteral("rates")].toArray()) {
        const QJsonObject b = v.toObject();
        c.rates.push_back({b[QStringLiteral("from")].toDouble(), b[QStringLiteral("to")].toDouble(),
                           b[QStringLiteral("per_time_unit")].toDouble()});
    }
    return c;
}

QString fromHeadcounts(const std::vector<HeadcountOverride> &l)
{
    return list(l, [](const HeadcountOverride &h) {
        return QJsonObject{{QStringLiteral("role"), h.role}, {QStringLiteral("headcount"), h.headcount}};
    });
}
std::vector<HeadcountOverride> toHeadcounts(const QString &json)
{
    return list<HeadcountOverride>(json, [](const QJsonObject &o) {
        return HeadcountOverride{o[QStringLiteral("role")].toString(), o[QStringLiteral("headcount")].toInt()};
    });
}

QString fromDurations(const std::vector<DurationOverride> &l)
{
    return list(l, [](const DurationOverride &d) {
        return QJsonObject{{QStringLiteral("node"), d.node}, {QStringLiteral("factor"), d.factor}};
    });
}
std::vector<DurationOverride> toDurations(const QString &json)
{
    return list<DurationOverride>(json, [](const QJsonObject &o) {
        return DurationOverride{o[QStringLiteral("node")].toString(), o[QStringLiteral("factor")].toDouble()};
    });
}

QString fromAddedSkills(const std::vector<std::pair<QString, CrossTraining>> &l)
{
    return list(l, [](const std::pair<QString, CrossTraining> &a) {
        return QJsonObject{{QStringLiteral("role"), a.first}, {QStringLiteral("takes"), a.second.role},
                           {QStringLiteral("priority"), a.second.priority}};
    });
}
std::vector<std::pair<QString, CrossTraining>> toAddedSkills(const QString &json)
{
    return list<std::pair<QString, CrossTraining>>(json, [](const QJsonObject &o) {
        return std::pair<QString, CrossTraining>(
            o[QStringLiteral("role")].toString(),
            CrossTraining{o[QStringLiteral("takes")].toString(), o[QStringLiteral("priority")].toInt(1)});
    });
}

} // namespace oi::model::sqljson
