// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/yamlcontext.h"

#include <QCoreApplication>

#include <cmath>

namespace oi::model {

namespace {
// A class scope so lupdate files these strings under "YamlReader".
struct YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

QString quoted(const QString &s)
{
    return u'\u201c' + s + u'\u201d';
}

bool isAbsent(const YAML::Node &n)
{
    return !n.IsDefined() || n.IsNull();
}
} // namespace

void YamlContext::report(Problem::Severity severity, const YAML::Mark &mark, const QString &entity,
    const QString &field, const QString &message)
{
    if (!m_problems)
        return;
    Problem p;
    p.severity = severity;
    p.file = m_file;
    if (!mark.is_null()) {
        p.line = mark.line + 1;
        p.column = mark.column + 1;
    }
    p.entity = entity;
    p.field = field;
    p.message = message;
    m_problems->push_back(std::move(p));
}

void YamlContext::remember(const QString &entity, const QString &field, const YAML::Mark &mark)
{
    if (m_sourceMap && !mark.is_null())
        m_sourceMap->add(entity, field, { mark.line + 1, mark.column + 1 });
}

QString describeNode(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: return YamlReader::tr("a list");
    case YAML::NodeType::Map: return YamlReader::tr("a map");
    case YAML::NodeType::Scalar: return quoted(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: break;
    }
    return YamlReader::tr("empty");
}

bool expectMap(YamlContext &ctx, const YAML::Node &node, const QString &entity, const QString &field)
{
    if (node.IsMap())
        return true;
    ctx.error(node.Mark(), entity, field,
        YamlReader::tr("should be a map of keys and values, not %1.").arg(describeNode(node)));
    return false;
}

MapReader::MapReader(YamlContext &ctx, const YAML::Node &node, QString entity, QString prefix)
    : m_ctx(ctx)
    , m_node(node)
    , m_entity(std::move(entity))
    , m_prefix(std::move(prefix))
{
}

QString MapReader::path(const char *key) const
{
    if (m_prefix.isEmpty())
        return QLatin1String(key);
    return m_prefix + u'.' + QLatin1String(key);
}

YAML::Node MapReader::get(const char *key)
{
    m_known.insert(QLatin1String(key));
    const YAML::Node value = m_node[key];
    if (value.IsDefined())
        m_ctx.remember(m_entity, path(key), value.Mark());
    return value;
}

bool MapReader::has(const char *key)
{
    return !isAbsent(get(key));
}

void MapReader::missing(const char *key)
{
    m_ctx.error(m_node.Mark(), m_entity, path(key), YamlReader::tr("is required but missing."));
}

void MapReader::badValue(const char *key, const QString &message)
{
    const YAML::Node value = m_node[key];
    m_ctx.error(value.IsDefined() ? value.Mark() : m_node.Mark(), m_entity, path(key), message);
}

void MapReader::wrongType(const char *key, const YAML::Node &, const QString &expected)
{
    badValue(key, YamlReader::tr("should be %1, not %2.").arg(expected, describeNode(m_node[key])));
}

void MapReader::badEnum(const char *key, const QString &text, const QStringList &allowed)
{
    badValue(key,
        YamlReader::tr("%1 is not a known value; use one of: %2.")
            .arg(quoted(text), allowed.join(QStringLiteral(", "))));
}

QString MapReader::string(const char *key, bool required)
{
    const YAML::Node v = get(key);
    if (isAbsent(v)) {
        if (required)
            missing(key);
        return {};
    }
    if (!v.IsScalar()) {
        wrongType(key, v, YamlReader::tr("text"));
        return {};
    }
    return QString::fromStdString(v.Scalar());
}

std::optional<double> MapReader::optNumber(const char *key)
{
    const YAML::Node v = get(key);
    if (isAbsent(v))
        return std::nullopt;
    double d = 0.0;
    if (!v.IsScalar() || !YAML::convert<double>::decode(v, d) || !std::isfinite(d)) {
        wrongType(key, v, YamlReader::tr("a number"));
        return std::nullopt;
    }
    return d;
}

double MapReader::number(const char *key, double fallback, bool required)
{
    if (required && !has(key)) {
        missing(key);
        return fallback;
    }
    return optNumber(key).value_or(fallback);
}

std::optional<int> MapReader::optInteger(const char *key)
{
    const YAML::Node v = get(key);
    if (isAbsent(v))
        return std::nullopt;
    int i = 0;
    if (!v.IsScalar() || !YAML::convert<int>::decode(v, i)) {
        wrongType(key, v, YamlReader::tr("a whole number"));
        return std::nullopt;
    }
    return i;
}

int MapReader::integer(const char *key, int fallback, bool required)
{
    if (required && !has(key)) {
        missing(key);
        return fallback;
    }
    return optInteger(key).value_or(fallback);
}

quint64 MapReader::unsignedInteger(const char *key, quint64 fallback)
{
    const YAML::Node v = get(key);
    if (isAbsent(v))
        return fallback;
    unsigned long long u = 0;
    if (!v.IsScalar() || v.Scalar().find('-') != std::string::npos
        || !YAML::convert<unsigned long long>::decode(v, u)) {
        wrongType(key, v, YamlReader::tr("a whole number of zero or more"));
        return fallback;
    }
    return quint64(u);
}

std::optional<bool> MapReader::optBoolean(const char *key)
{
    const YAML::Node v = get(key);
    if (isAbsent(v))
        return std::nullopt;
    bool b = false;
    if (!v.IsScalar() || !YAML::convert<bool>::decode(v, b)) {
        wrongType(key, v, YamlReader::tr("true or false"));
        return std::nullopt;
    }
    return b;
}

bool MapReader::boolean(const char *key, bool fallback)
{
    return optBoolean(key).value_or(fallback);
}

QStringList MapReader::strings(const char *key)
{
    const YAML::Node v = get(key);
    QStringList out;
    if (isAbsent(v))
        return out;
    if (!v.IsSequence()) {
        wrongType(key, v, YamlReader::tr("a list"));
        return out;
    }
    int index = 0;
    for (const YAML::Node &item : v) {
        if (item.IsScalar()) {
            out << QString::fromStdString(item.Scalar());
        } else {
            m_ctx.error(item.Mark(), m_entity, path(key) + u'[' + QString::number(index) + u']',
                YamlReader::tr("should be text, not %1.").arg(describeNode(item)));
        }
        ++index;
    }
    return out;
}

Distribution MapReader::distribution(const char *key)
{
    Distribution d;
    const YAML::Node v = get(key);
    if (isAbsent(v))
        return d;
    if (!expectMap(m_ctx, v, m_entity, path(key)))
        return d;
    MapReader r(m_ctx, v, m_entity, path(key));
    const QString kind = r.string("dist", true);
    if (kind.isEmpty())
        return d;
    const auto parsed = enumFromString<DistKind>(kind);
    if (!parsed) {
        r.badEnum("dist", kind, enumNames<DistKind>());
        return d;
    }
    d.kind = *parsed;
    switch (d.kind) {
    case DistKind::None: break;
    case DistKind::Fixed: d.value = r.number("value", 0.0, true); break;
    case DistKind::Uniform:
        d.min = r.number("min", 0.0, true);
        d.max = r.number("max", 0.0, true);
        break;
    case DistKind::Triangular:
        d.min = r.number("min", 0.0, true);
        d.mode = r.number("mode", 0.0, true);
        d.max = r.number("max", 0.0, true);
        break;
    case DistKind::Exponential: d.mean = r.number("mean", 0.0, true); break;
    case DistKind::Normal:
    case DistKind::Lognormal:
    case DistKind::Gamma:
        d.mean = r.number("mean", 0.0, true);
        d.sd = r.number("sd", 0.0, true);
        break;
    case DistKind::Erlang:
        d.k = r.integer("k", 1, true);
        d.mean = r.number("mean", 0.0, true);
        break;
    case DistKind::Empirical: {
        auto numbers = [&r](const char *listKey, bool required) {
            std::vector<double> out;
            const YAML::Node list = r.get(listKey);
            if (isAbsent(list)) {
                if (required)
                    r.missing(listKey);
                return out;
            }
            if (!list.IsSequence()) {
                r.wrongType(listKey, list, YamlReader::tr("a list of numbers"));
                return out;
            }
            for (const YAML::Node &item : list) {
                double x = 0.0;
                if (item.IsScalar() && YAML::convert<double>::decode(item, x) && std::isfinite(x))
                    out.push_back(x);
                else
                    r.m_ctx.error(item.Mark(), r.m_entity, r.path(listKey),
                        YamlReader::tr("should hold numbers only, not %1.").arg(describeNode(item)));
            }
            return out;
        };
        d.values = numbers("values", true);
        d.weights = numbers("weights", false);
        break;
    }
    }
    r.finish();
    return d;
}

void MapReader::finish()
{
    QSet<QString> seen;
    for (const auto &entry : m_node) {
        const YAML::Node &k = entry.first;
        const QString name = k.IsScalar() ? QString::fromStdString(k.Scalar()) : QString();
        if (seen.contains(name)) {
            m_ctx.error(k.Mark(), m_entity, path(name.toUtf8().constData()),
                YamlReader::tr("appears twice in the same map; only the first is used."));
            continue;
        }
        seen.insert(name);
        if (!m_known.contains(name)) {
            m_ctx.report(Problem::Severity::Warning, k.Mark(), m_entity, path(name.toUtf8().constData()),
                YamlReader::tr("is not a known key here and is ignored."));
        }
    }
}

} // namespace oi::model
