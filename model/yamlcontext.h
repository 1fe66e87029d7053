// SPDX-License-Identifier: GPL-3.0-or-later
// Typed, checked access to a yaml-cpp tree: every wrong type, unknown enum value, missing required
// key or unknown key becomes a Problem with the file, line and column instead of an exception.
#pragma once

#include "model/distribution.h"
#include "model/enumnames.h"
#include "model/problem.h"
#include "model/project.h"
#include "model/sourcemap.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace oi::model {

class YamlContext
{
public:
    YamlContext(QString fileName, Problems *problems, SourceMap *sourceMap)
        : m_file(std::move(fileName))
        , m_problems(problems)
        , m_sourceMap(sourceMap)
    {
    }

    void report(Problem::Severity severity, const YAML::Mark &mark, const QString &entity, const QString &field,
        const QString &message);
    void error(const YAML::Mark &mark, const QString &entity, const QString &field, const QString &message)
    {
        report(Problem::Severity::Error, mark, entity, field, message);
    }
    void remember(const QString &entity, const QString &field, const YAML::Mark &mark);
    const QString &fileName() const { return m_file; }

private:
    QString m_file;
    Problems *m_problems;
    SourceMap *m_sourceMap;
};

/** "a list", "a map", "text" ... for messages about the wrong kind of value. */
QString describeNode(const YAML::Node &node);

/**
 * Reads one YAML mapping that describes (part of) an entity. Keys read through it are "known";
 * finish() warns about the rest, so a typo such as `headcout:` is reported, not silently dropped.
 */
class MapReader
{
public:
    /** `node` must be a map (check with expectMap first); `prefix` is the field path so far. */
    MapReader(YamlContext &ctx, const YAML::Node &node, QString entity, QString prefix = {});

    const QString &entity() const { return m_entity; }
    void setEntity(const QString &entity) { m_entity = entity; }
    QString path(const char *key) const;
    YAML::Mark mark() const { return m_node.Mark(); }
    YamlContext &context() { return m_ctx; }

    /** The value node of `key` (undefined when absent or null); marks the key as known. */
    YAML::Node get(const char *key);
    bool has(const char *key);

    QString string(const char *key, bool required = false);
    double number(const char *key, double fallback, bool required = false);
    std::optional<double> optNumber(const char *key);
    int integer(const char *key, int fallback, bool required = false);
    std::optional<int> optInteger(const char *key);
    quint64 unsignedInteger(const char *key, quint64 fallback);
    bool boolean(const char *key, bool fallback);
    std::optional<bool> optBoolean(const char *key);
    QStringList strings(const char *key);
    Distribution distribution(const char *key);

    template<typename Enum> Enum enumValue(const char *key, Enum fallback, bool required = false)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return fallback;
        if (auto v = enumFromString<Enum>(text))
            return *v;
        badEnum(key, text, enumNames<Enum>());
        return fallback;
    }

    void missing(const char *key);
    void badValue(const char *key, const QString &message);
    /** Warns about every key that was never read, and errors on keys given twice. */
    void finish();

private:
    void badEnum(const char *key, const QString &text, const QStringList &allowed);
    void wrongType(const char *key, const YAML::Node &value, const QString &expected);

    YamlContext &m_ctx;
    const YAML::Node m_node; // const: operator[] on a non-const node would insert keys
    QString m_entity;
    QString m_prefix;
    QSet<QString> m_known;
};

/** True if `node` is a map; otherwise reports that `what` should be one. */
bool expectMap(YamlContext &ctx, const YAML::Node &node, const QString &entity, const QString &field);

/** Calls `each(item, index)` for every map item of the list at `key`. */
template<typename Fn> void forEachMap(MapReader &reader, const char *key, Fn &&each)
{
    const YAML::Node list = reader.get(key);
    if (!list.IsDefined() || list.IsNull())
        return;
    if (!list.IsSequence()) {
        reader.badValue(
            key, QCoreApplication::translate("YamlReader", "should be a list, not %1.").arg(describeNode(list)));
        return;
    }
    qsizetype index = 0;
    for (const YAML::Node &item : list) {
        const QString field = reader.path(key) + u'[' + QString::number(index) + u']';
        if (expectMap(reader.context(), item, reader.entity(), field))
            each(item, index);
        ++index;
    }
}

/**
 * Calls `onText(text, index)` for a plain-text item and `onMap(item, index)` for a map item of the
 * list at `key` (pain points and lanes are written short when they carry nothing but text).
 */
template<typename Text, typename Map>
void forEachTextOrMap(MapReader &reader, const char *key, Text &&onText, Map &&onMap)
{
    const YAML::Node list = reader.get(key);
    if (!list.IsDefined() || list.IsNull())
        return;
    if (!list.IsSequence()) {
        reader.badValue(
            key, QCoreApplication::translate("YamlReader", "should be a list, not %1.").arg(describeNode(list)));
        return;
    }
    qsizetype index = 0;
    for (const YAML::Node &item : list) {
        if (item.IsScalar())
            onText(QString::fromStdString(item.Scalar()), index);
        else if (expectMap(
                     reader.context(), item, reader.entity(), reader.path(key) + u'[' + QString::number(index) + u']'))
            onMap(item, index);
        ++index;
    }
}

} // namespace oi::model
