// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces every JSON column converter shares: the checked reader `In` and list mapping.
// Private to model/sqlitejson*.cpp.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "model/enumnames.h"

#include <cmath>
#include <optional>
#include <vector>

namespace oi::model::sqljson::detail {

// A class scope so lupdate files these strings under "SqliteStore", with the rest of the store.
struct SqliteStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)
};

inline QString text(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
inline QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString kindOf(const QJsonValue &v)
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
    // An id the entry is about: never empty, as the YAML reader refuses it too (a converted file
    // must read back).
    QString id(const QJsonObject &o, const char *key)
    {
        const QString text = str(o, key);
        if (text.isEmpty() && (o[QLatin1String(key)].isUndefined() || o[QLatin1String(key)].isString()))
            fail(SqliteStore::tr("the member \u201c%1\u201d should be an id, but it is missing or empty.")
                     .arg(QLatin1String(key)));
        return text;
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
    std::optional<int> optWhole(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o[QLatin1String(key)];
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return whole(o, key, 0);
    }
    template<typename Enum> Enum choice(const QJsonObject &o, const char *key, Enum fallback)
    {
        const QString name = str(o, key);
        const std::optional<Enum> v = enumFromString<Enum>(name);
        if (!v)
            fail(SqliteStore::tr("the member \u201c%1\u201d holds \u201c%2\u201d, which is not one of: %3.")
                     .arg(QLatin1String(key), name, enumNames<Enum>().join(QStringLiteral(", "))));
        return v.value_or(fallback);
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

inline QJsonArray numbers(const std::vector<double> &v)
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

inline QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace oi::model::sqljson::detail
