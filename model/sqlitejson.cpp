// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sqlitejson.h"

#include "model/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace oi::model::sqljson {

namespace {

// A class scope so lupdate files these strings under "SqliteStore", with the rest of the store.
struct SqliteStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)
};

QString text(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString kindOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return SqliteStore::tr("null");
    case QJsonValue::Bool: return SqliteStore::tr("true or false");
    case QJsonValue::Double: return SqliteStore::tr("a number");
    case QJsonValue::String: return SqliteStore::tr("text");
    case QJsonValue::Array: return SqliteStore::tr("a list");
    case QJsonValue::Object: return SqliteStore::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return SqliteStore::tr("nothing");
}

// Reads one JSON column. The first thing found wrong is kept; reading goes on with defaults so
// the caller gets one sentence per column, and then refuses the whole document.
class In
{
public:
    explicit In(QString *error)
        : m_error(error)
    {
    }

    void fail(const QString &message)
    {
        if (m_error && m_error->isEmpty())
            *m_error = m_where.isEmpty() ? message : m_where + QStringLiteral(": ") + message;
    }
    void at(qsizetype item) { m_where = SqliteStore::tr("item %1").arg(item + 1); }

    QJsonDocument parse(const QString &json)
    {
        QJsonParseError pe {};
        QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            fail(json.isEmpty() ? SqliteStore::tr("is empty, but should hold JSON.")
                                : SqliteStore::tr("is not valid JSON (%1 at character %2).")
                                      .arg(pe.errorString())
                                      .arg(pe.offset + 1));
        return doc;
    }
    QJsonArray array(const QString &json)
    {
        const QJsonDocument doc = parse(json);
        if (!doc.isNull() && !doc.isArray())
            fail(SqliteStore::tr("should be a JSON list, not an object."));
        return doc.array();
    }
    QJsonObject object(const QString &json)
    {
        const QJsonDocument doc = parse(json);
        if (!doc.isNull() && !doc.isObject())
            fail(SqliteStore::tr("should be a JSON object, not a list."));
        return doc.object();
    }
    QJsonObject object(const QJsonValue &v)
    {
        if (!v.isObject())
            fail(SqliteStore::tr("should be an object, not %1.").arg(kindOf(v)));
        return v.toObject();
    }

    // A missing member means the default (the writer always writes them all).
    QString str(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o[QLatin1String(key)];
        if (!v.isUndefined() && !v.isString())
            wrong(key, SqliteStore::tr("text"), v);
        return v.toString();
    }
    double num(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o[QLatin1String(key)];
        if (!v.isUndefined() && !v.isDouble())
            wrong(key, SqliteStore::tr("a number"), v);
        return v.toDouble();
    }
    int whole(const QJsonObject &o, const char *key, int fallback)
    {
        const QJsonValue v = o[QLatin1String(key)];
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 2e9) {
            wrong(key, SqliteStore::tr("a whole number"), v);
            return fallback;
        }
        return int(d);
    }
    std::optional<double> optional(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o[QLatin1String(key)];
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            wrong(key, SqliteStore::tr("a number or null"), v);
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::vector<double> numbers(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o[QLatin1String(key)];
        std::vector<double> out;
        if (!v.isUndefined() && !v.isArray())
            wrong(key, SqliteStore::tr("a list of numbers"), v);
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isDouble())
                wrong(key, SqliteStore::tr("a list of numbers"), x);
            out.push_back(x.toDouble());
        }
        return out;
    }

private:
    void wrong(const char *key, const QString &expected, const QJsonValue &found)
    {
        fail(SqliteStore::tr("the member \u201c%1\u201d should be %2, not %3.")
                 .arg(QLatin1String(key), expected, kindOf(found)));
    }
    QString *m_error;
    QString m_where;
};

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(d);
    return a;
}

// Array of objects <-> vector, with one mapping function each way.
template<typename T, typename To> QString list(const std::vector<T> &items, To &&to)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(to(item));
    return text(a);
}

template<typename T, typename From> std::vector<T> list(const QString &json, QString *error, From &&from)
{
    In in(error);
    std::vector<T> out;
    const QJsonArray a = in.array(json);
    for (qsizetype i = 0; i < a.size(); ++i) {
        in.at(i);
        out.push_back(from(in, in.object(a[i])));
    }
    return out;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

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
        return QJsonObject { { QStringLiteral("text"), g.text }, { QStringLiteral("kpi"), g.kpi },
            { QStringLiteral("target"), g.target }, { QStringLiteral("unit"), g.unit } };
    });
}
std::vector<Goal> toGoals(const QString &json, QString *error)
{
    return list<Goal>(json, error, [](In &in, const QJsonObject &o) {
        return Goal { in.str(o, "text"), in.str(o, "kpi"), in.num(o, "target"), in.str(o, "unit") };
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
            { QStringLiteral("value"), optional(m.value) } };
    });
}
std::vector<Metric> toMetrics(const QString &json, QString *error)
{
    return list<Metric>(json, error, [](In &in, const QJsonObject &o) {
        return Metric { in.str(o, "name"), in.str(o, "unit"), in.optional(o, "low"), in.optional(o, "high"),
            in.optional(o, "value") };
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
        in.fail(SqliteStore::tr("the member \u201ccapacity\u201d should be a list, not %1.").arg(kindOf(blocks)));
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
        return QJsonObject { { QStringLiteral("role"), c.role }, { QStringLiteral("priority"), c.priority } };
    });
}
std::vector<CrossTraining> toCrossTraining(const QString &json, QString *error)
{
    return list<CrossTraining>(json, error, [](In &in, const QJsonObject &o) {
        return CrossTraining { in.str(o, "role"), in.whole(o, "priority", 1) };
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
            { QStringLiteral("priority"), a.second.priority } };
    });
}
std::vector<std::pair<QString, CrossTraining>> toAddedSkills(const QString &json, QString *error)
{
    return list<std::pair<QString, CrossTraining>>(json, error, [](In &in, const QJsonObject &o) {
        return std::pair<QString, CrossTraining>(
            in.str(o, "role"), CrossTraining { in.str(o, "takes"), in.whole(o, "priority", 1) });
    });
}

} // namespace oi::model::sqljson
