// SPDX-License-Identifier: GPL-3.0-or-later
// Checks a JSON value against docs/spec-schema.json for the specification's tests.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A small JSON-Schema check: type, enum, minimum, maximum, minItems, maxItems, required, properties,
// additionalProperties: false, items and local $ref (the keywords docs/spec-schema.json uses; python3-jsonschema is not
// a build dependency).
inline bool conforms(
    const QJsonValue &v, const QJsonObject &schema, const QJsonObject &root, const QString &at, QString *why)
{
    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema[QLatin1String("$ref")].toString().mid(2); // "#/$defs/x"
        QJsonObject target = root;
        for (const QString &part : ref.split(u'/'))
            target = target[part].toObject();
        return conforms(v, target, root, at, why);
    }
    const QString type = schema[QLatin1String("type")].toString();
    const auto fail = [&](const QString &m) {
        *why = at + QStringLiteral(": ") + m;
        return false;
    };
    if (type == QLatin1String("object") && !v.isObject())
        return fail(QStringLiteral("not an object"));
    if (type == QLatin1String("array") && !v.isArray())
        return fail(QStringLiteral("not an array"));
    if (type == QLatin1String("string") && !v.isString())
        return fail(QStringLiteral("not a string"));
    if (type == QLatin1String("boolean") && !v.isBool())
        return fail(QStringLiteral("not a boolean"));
    if (type == QLatin1String("number") && !v.isDouble())
        return fail(QStringLiteral("not a number"));
    if (type == QLatin1String("integer") && (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))))
        return fail(QStringLiteral("not an integer"));
    if (v.isDouble() && schema.contains(QLatin1String("minimum"))
        && v.toDouble() < schema[QLatin1String("minimum")].toDouble())
        return fail(QStringLiteral("below the minimum"));
    if (v.isDouble() && schema.contains(QLatin1String("maximum"))
        && v.toDouble() > schema[QLatin1String("maximum")].toDouble())
        return fail(QStringLiteral("above the maximum"));
    if (v.isArray() && schema.contains(QLatin1String("minItems"))
        && v.toArray().size() < schema[QLatin1String("minItems")].toInt())
        return fail(QStringLiteral("too few items"));
    if (v.isArray() && schema.contains(QLatin1String("maxItems"))
        && v.toArray().size() > schema[QLatin1String("maxItems")].toInt())
        return fail(QStringLiteral("too many items"));
    if (schema.contains(QLatin1String("enum")) && !schema[QLatin1String("enum")].toArray().contains(v))
        return fail(QStringLiteral("not one of the enum values: ") + v.toString());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject props = schema[QLatin1String("properties")].toObject();
        for (const QJsonValue &r : schema[QLatin1String("required")].toArray())
            if (!o.contains(r.toString()))
                return fail(QStringLiteral("missing ") + r.toString());
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!props.contains(it.key())) {
                if (schema[QLatin1String("additionalProperties")] == QJsonValue(false))
                    return fail(QStringLiteral("unexpected member ") + it.key());
                continue;
            }
            if (!conforms(it.value(), props[it.key()].toObject(), root, at + u'.' + it.key(), why))
                return false;
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!conforms(
                    a[i], schema[QLatin1String("items")].toObject(), root, at + u'[' + QString::number(i) + u']', why))
                return false;
    }
    return true;
}
