// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/bpsim.h"

#include "model/bpmn/bpmnnames.h"

#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

namespace oi::model::bpmn {

namespace {

// Qt 6.4's writer takes QStrings only.
void empty(QXmlStreamWriter &xml, const char *name)
{
    xml.writeEmptyElement(QString(kBpsimNs), QLatin1StringView(name));
}

void attr(QXmlStreamWriter &xml, const char *name, double v)
{
    xml.writeAttribute(QLatin1StringView(name), number(v));
}

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// The value of a constant parameter element, in seconds when it is a duration.
std::optional<double> constantValue(const XmlElement &e, bool *isSeconds)
{
    *isSeconds = false;
    const QString v = e.attribute(QLatin1StringView("value"));
    if (e.name == QLatin1StringView("DurationParameter")) {
        *isSeconds = true;
        return isoDurationSeconds(v);
    }
    if (e.name == QLatin1StringView("FloatingParameter") || e.name == QLatin1StringView("NumericParameter"))
        return toNumber(v);
    return std::nullopt;
}

std::optional<double> attrNumber(const XmlElement &e, const char *name)
{
    return toNumber(e.attribute(QLatin1StringView(name)));
}

} // namespace

QString number(double value)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, res.ptr - buf);
}

QString bpsimTimeUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return QStringLiteral("min");
    case TimeUnit::Hour: return QStringLiteral("hour");
    case TimeUnit::Day: return QStringLiteral("day");
    }
    return QStringLiteral("min");
}

std::optional<double> bpsimUnitSeconds(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == QLatin1StringView("ms"))
        return 0.001;
    if (u == QLatin1StringView("s"))
        return 1.0;
    if (u == QLatin1StringView("min"))
        return 60.0;
    if (u == QLatin1StringView("hour"))
        return 3600.0;
    if (u == QLatin1StringView("day"))
        return 86400.0;
    if (u == QLatin1StringView("year"))
        return 365.0 * 86400.0;
    return std::nullopt;
}

double secondsPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return 60.0;
    case TimeUnit::Hour: return 3600.0;
    case TimeUnit::Day: return 86400.0;
    }
    return 60.0;
}

std::optional<double> isoDurationSeconds(const QString &text)
{
    // PnYnMnWnDTnHnMnS with decimal numbers; months count 30 days, years 365, as simulators do.
    static const QRegularExpression re(QStringLiteral("^P(?:([0-9.]+)Y)?(?:([0-9.]+)M)?(?:([0-9.]+)W)?(?:([0-9.]+)D)?(?"
                                                      ":T(?:([0-9.]+)H)?(?:([0-9.]+)M)?(?:([0-9.]+)S)?)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed() == QLatin1StringView("P") || text.trimmed().endsWith(u'T'))
        return std::nullopt;
    static const double unit[] = { 365 * 86400.0, 30 * 86400.0, 7 * 86400.0, 86400.0, 3600.0, 60.0, 1.0 };
    double seconds = 0.0;
    for (int i = 0; i < 7; ++i) {
        const QString part = m.captured(i + 1);
        if (part.isEmpty())
            continue;
        const std::optional<double> v = toNumber(part);
        if (!v)
            return std::nullopt;
        seconds += *v * unit[i];
    }
    return seconds;
}

QString isoDuration(double value, TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return QStringLiteral("PT") + number(value) + u'M';
    case TimeUnit::Hour: return QStringLiteral("PT") + number(value) + u'H';
    case TimeUnit::Day: return u'P' + number(value) + u'D';
    }
    return QString();
}

void writeDistribution(QXmlStreamWriter &xml, const Distribution &d)
{
    switch (d.kind) {
    case DistKind::None: return;
    case DistKind::Fixed:
        empty(xml, "FloatingParameter");
        attr(xml, "value", d.value);
        return;
    case DistKind::Uniform:
        empty(xml, "UniformDistribution");
        attr(xml, "min", d.min);
        attr(xml, "max", d.max);
        return;
    case DistKind::Triangular:
        empty(xml, "TriangularDistribution");
        attr(xml, "min", d.min);
        attr(xml, "mode", d.mode);
        attr(xml, "max", d.max);
        return;
    case DistKind::Exponential:
        empty(xml, "NegativeExponentialDistribution");
        attr(xml, "mean", d.mean);
        return;
    case DistKind::Normal:
        empty(xml, "NormalDistribution");
        attr(xml, "mean", d.mean);
        attr(xml, "standardDeviation", d.sd);
        return;
    case DistKind::Lognormal:
        empty(xml, "LogNormalDistribution");
        attr(xml, "mean", d.mean);
        attr(xml, "standardDeviation", d.sd);
        return;
    case DistKind::Gamma: {
        // BPSim's gamma has shape and scale; ours mean and sd. Both, so neither side loses digits.
        empty(xml, "GammaDistribution");
        const double shape = d.sd > 0 ? (d.mean * d.mean) / (d.sd * d.sd) : 0.0;
        const double scale = d.mean > 0 ? (d.sd * d.sd) / d.mean : 0.0;
        attr(xml, "shape", shape);
        attr(xml, "scale", scale);
        xml.writeAttribute(QString(kOiNs), QStringLiteral("mean"), number(d.mean));
        xml.writeAttribute(QString(kOiNs), QStringLiteral("sd"), number(d.sd));
        return;
    }
    case DistKind::Erlang:
        empty(xml, "ErlangDistribution");
        attr(xml, "mean", d.mean);
        xml.writeAttribute(QStringLiteral("k"), QString::number(d.k));
        return;
    case DistKind::Empirical: {
        xml.writeStartElement(QString(kBpsimNs), QStringLiteral("UserDistribution"));
        xml.writeAttribute(QStringLiteral("discrete"), QStringLiteral("true"));
        const bool weighted = d.weights.size() == d.values.size() && !d.weights.empty();
        const double total = weighted ? std::accumulate(d.weights.begin(), d.weights.end(), 0.0) : 0.0;
        for (size_t i = 0; i < d.values.size(); ++i) {
            xml.writeStartElement(QString(kBpsimNs), QStringLiteral("UserDistributionDataPoint"));
            const double p = weighted ? (total > 0 ? d.weights[i] / total : 0.0) : 1.0 / double(d.values.size());
            attr(xml, "probability", p);
            if (weighted)
                xml.writeAttribute(QString(kOiNs), QStringLiteral("weight"), number(d.weights[i]));
            empty(xml, "FloatingParameter");
            attr(xml, "value", d.values[i]);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return;
    }
    }
}

std::optional<double> readNumber(const XmlTree &tree, int parameter)
{
    for (const int c : tree.at(parameter).children) {
        const XmlElement &e = tree.at(c);
        if (e.ns != kBpsimNs)
            continue;
        bool seconds = false;
        if (const auto v = constantValue(e, &seconds))
            return v;
    }
    return std::nullopt;
}

ReadDistribution readDistribution(const XmlTree &tree, int parameter, double baseSeconds, double projectSeconds)
{
    ReadDistribution out;
    int value = -1;
    for (const int c : tree.at(parameter).children) {
        if (tree.at(c).ns != kBpsimNs)
            continue;
        if (value < 0)
            value = c;
        else
            out.manyValues = true;
    }
    if (value < 0)
        return out;
    const XmlElement &e = tree.at(value);
    double unitSeconds = baseSeconds;
    if (const auto own = bpsimUnitSeconds(e.attribute(QLatin1StringView("timeUnit"))))
        unitSeconds = *own;
    const double factor = unitSeconds / projectSeconds;
    Distribution d;
    const QString &n = e.name;
    bool seconds = false;
    if (const auto v = constantValue(e, &seconds)) {
        d.kind = DistKind::Fixed;
        d.value = seconds ? *v / projectSeconds : *v * factor;
        out.value = d;
        return out;
    }
    auto need = [&](std::initializer_list<const char *> names) {
        for (const char *a : names)
            if (!attrNumber(e, a))
                return false;
        return true;
    };
    auto get = [&](const char *name) { return attrNumber(e, name).value_or(0.0); };
    if (n == QLatin1StringView("UniformDistribution") && need({ "min", "max" })) {
        d.kind = DistKind::Uniform;
        d.min = get("min");
        d.max = get("max");
    } else if (n == QLatin1StringView("TriangularDistribution") && need({ "min", "mode", "max" })) {
        d.kind = DistKind::Triangular;
        d.min = get("min");
        d.mode = get("mode");
        d.max = get("max");
    } else if (n == QLatin1StringView("NegativeExponentialDistribution") && need({ "mean" })) {
        d.kind = DistKind::Exponential;
        d.mean = get("mean");
    } else if ((n == QLatin1StringView("NormalDistribution") || n == QLatin1StringView("TruncatedNormalDistribution"))
        && need({ "mean", "standardDeviation" })) {
        // Ours is cut at 0; a truncated normal with another lower bound (or an upper one) is not.
        if (n == QLatin1StringView("TruncatedNormalDistribution")
            && (get("min") != 0.0 || std::isfinite(attrNumber(e, "max").value_or(INFINITY)))) {
            out.unsupported = n;
            return out;
        }
        d.kind = DistKind::Normal;
        d.mean = get("mean");
        d.sd = get("standardDeviation");
    } else if (n == QLatin1StringView("LogNormalDistribution") && need({ "mean", "standardDeviation" })) {
        d.kind = DistKind::Lognormal;
        d.mean = get("mean");
        d.sd = get("standardDeviation");
    } else if (n == QLatin1StringView("GammaDistribution") && need({ "shape", "scale" })) {
        d.kind = DistKind::Gamma;
        const auto mean = toNumber(e.attribute(kOiNs, QLatin1StringView("mean")));
        const auto sd = toNumber(e.attribute(kOiNs, QLatin1StringView("sd")));
        if (mean && sd) {
            d.mean = *mean;
            d.sd = *sd;
        } else {
            const double shape = get("shape");
            const double scale = get("scale");
            d.mean = shape * scale;
            d.sd = std::sqrt(shape) * scale;
        }
    } else if (n == QLatin1StringView("ErlangDistribution") && need({ "mean", "k" })) {
        d.kind = DistKind::Erlang;
        d.mean = get("mean");
        d.k = int(std::lround(get("k")));
    } else if (n == QLatin1StringView("UserDistribution")) {
        d.kind = DistKind::Empirical;
        std::vector<double> probabilities;
        bool allWeighted = true;
        for (const int p : tree.children(value, kBpsimNs, QLatin1StringView("UserDistributionDataPoint"))) {
            const XmlElement &point = tree.at(p);
            const std::optional<double> v = readNumber(tree, p);
            if (!v)
                continue;
            d.values.push_back(*v);
            probabilities.push_back(attrNumber(point, "probability").value_or(0.0));
            const auto w = toNumber(point.attribute(kOiNs, QLatin1StringView("weight")));
            if (w)
                d.weights.push_back(*w);
            else
                allWeighted = false;
        }
        if (d.values.empty()) {
            out.unsupported = n;
            return out;
        }
        if (!allWeighted) {
            // Equal probabilities are no weights at all; others are the weights themselves.
            const bool equal = std::all_of(
                probabilities.begin(), probabilities.end(), [&](double p) { return p == probabilities.front(); });
            d.weights = equal ? std::vector<double>() : probabilities;
        }
    } else {
        out.unsupported = n;
        return out;
    }
    scaleDistribution(d, factor);
    out.value = d;
    return out;
}

void scaleDistribution(Distribution &d, double factor)
{
    if (factor == 1.0)
        return;
    d.value *= factor;
    d.min *= factor;
    d.mode *= factor;
    d.max *= factor;
    d.mean *= factor;
    d.sd *= factor;
    for (double &v : d.values)
        v *= factor;
}

} // namespace oi::model::bpmn
