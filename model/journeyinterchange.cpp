// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/journeyinterchange.h"

#include "model/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace oi::model {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JourneyExport", text);
}

// Mermaid ends a task name at ':' and a line at a newline; '#' and ';' start comments/entities.
QString mermaidText(const QString &text)
{
    QString t = text.simplified();
    t.replace(u':', u'\uff1a'); // full-width colon reads the same
    t.replace(u';', u',');
    t.replace(u'#', u'\uff03');
    return t;
}

QString fromMermaidText(const QString &text)
{
    QString t = text;
    t.replace(u'\uff1a', u':');
    t.replace(u'\uff03', u'#');
    return t;
}

QString slug(const QString &text, const QString &fallback)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? fallback : s;
}
// The journey's stages plus one per stage id that steps name but the journey lacks (a hand-edited
// file), so no step is left out of an export.
std::vector<Stage> exportedStages(const Journey &journey)
{
    std::vector<Stage> stages = journey.stages;
    for (const Step &step : journey.steps) {
        const bool known
            = std::any_of(stages.begin(), stages.end(), [&](const Stage &st) { return st.id == step.stage; });
        if (!known)
            stages.push_back({ step.stage, step.stage });
    }
    return stages;
}
} // namespace

QString journeyToMermaid(const Project &project, const Journey &journey)
{
    QString out = QStringLiteral("journey\n    title ") + mermaidText(journey.name) + u'\n';
    QString persona = QStringLiteral("Customer");
    if (const Persona *p = project.persona(journey.persona); p && !p->name.isEmpty())
        persona = mermaidText(p->name);
    for (const Stage &stage : exportedStages(journey)) {
        out += QStringLiteral("    section ") + mermaidText(stage.name.isEmpty() ? stage.id : stage.name) + u'\n';
        for (const Step &step : journey.steps) {
            if (step.stage != stage.id)
                continue;
            QStringList actors { persona };
            for (const QString &id : step.frontRoles) {
                const Role *r = project.role(id);
                actors.append(mermaidText(r && !r->name.isEmpty() ? r->name : id).replace(u',', u' '));
            }
            out += QStringLiteral("      %1: %2: %3\n")
                       .arg(mermaidText(step.title.isEmpty() ? step.id : step.title))
                       .arg(std::clamp(step.emotion, -2, 2) + 3)
                       .arg(actors.join(QStringLiteral(", ")));
        }
    }
    return out;
}

std::optional<Journey> journeyFromMermaid(const QString &text, QString *error)
{
    Journey journey;
    const QStringList lines = text.split(u'\n');
    bool header = false;
    int stepNo = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const auto fail = [&](const QString &message) {
            if (error)
                *error = tr("line %1: %2").arg(i + 1).arg(message);
            return std::nullopt;
        };
        if (line.isEmpty() || line.startsWith(QLatin1String("%%")))
            continue;
        if (!header) {
            if (line != QLatin1String("journey"))
                return fail(tr("expected \"journey\""));
            header = true;
        } else if (line.startsWith(QLatin1String("title "))) {
            journey.name = fromMermaidText(line.mid(6).trimmed());
        } else if (line.startsWith(QLatin1String("section "))) {
            const QString name = fromMermaidText(line.mid(8).trimmed());
            journey.stages.push_back({ slug(name, QStringLiteral("stage-%1").arg(journey.stages.size() + 1)), name });
        } else {
            const QStringList parts = line.split(u':');
            bool ok = false;
            const int score = parts.size() >= 2 ? parts.at(1).trimmed().toInt(&ok) : 0;
            if (parts.size() < 2 || !ok || score < 1 || score > 5)
                return fail(tr("expected \"task name: score 1-5: actors\""));
            if (journey.stages.empty())
                journey.stages.push_back({ QStringLiteral("stage-1"), QString() });
            Step step;
            step.id = QStringLiteral("step-%1").arg(++stepNo);
            step.stage = journey.stages.back().id;
            step.title = fromMermaidText(parts.at(0).trimmed());
            step.emotion = score - 3;
            journey.steps.push_back(step);
        }
    }
    if (!header) {
        if (error)
            *error = tr("line 1: expected \"journey\"");
        return std::nullopt;
    }
    journey.id = slug(journey.name, QStringLiteral("journey"));
    return journey;
}

QJsonObject stepToJson(const Step &step)
{
    const auto list = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
    QJsonObject emotion { { QStringLiteral("asIs"), step.emotion } };
    if (step.emotionToBe)
        emotion.insert(QStringLiteral("toBe"), *step.emotionToBe);
    QJsonArray metrics;
    for (const Metric &m : step.metrics) {
        QJsonObject o { { QStringLiteral("name"), m.name } };
        if (!m.unit.isEmpty())
            o.insert(QStringLiteral("unit"), m.unit);
        if (m.low)
            o.insert(QStringLiteral("low"), *m.low);
        if (m.high)
            o.insert(QStringLiteral("high"), *m.high);
        if (m.value)
            o.insert(QStringLiteral("value"), *m.value);
        if (!m.signalBelow.isEmpty())
            o.insert(QStringLiteral("signalBelow"), m.signalBelow);
        if (!m.signalAbove.isEmpty())
            o.insert(QStringLiteral("signalAbove"), m.signalAbove);
        metrics.append(o);
    }
    QJsonArray pains; // plain text unless a severity is set, as in the project file
    for (const PainPoint &p : step.painPoints)
        pains.append(p.severity ? QJsonValue(QJsonObject {
                         { QStringLiteral("text"), p.text }, { QStringLiteral("severity"), *p.severity } })
                                : QJsonValue(p.text));
    return QJsonObject {
        { QStringLiteral("id"), step.id },
        { QStringLiteral("name"), step.title },
        { QStringLiteral("customerAction"), step.customerAction },
        { QStringLiteral("touchpoint"),
            QJsonObject {
                { QStringLiteral("name"), step.touchpoint }, { QStringLiteral("channel"), toString(step.channel) } } },
        { QStringLiteral("customerInitiated"), step.customerInitiated },
        { QStringLiteral("emotion"), emotion },
        { QStringLiteral("evidence"), toString(step.evidence) },
        { QStringLiteral("painPoints"), pains },
        { QStringLiteral("opportunities"), list(step.opportunities) },
        { QStringLiteral("momentOfTruth"), step.momentOfTruth },
        { QStringLiteral("metrics"), metrics },
        { QStringLiteral("links"),
            QJsonObject { { QStringLiteral("frontStageRoles"), list(step.frontRoles) },
                { QStringLiteral("backStageRoles"), list(step.backRoles) },
                { QStringLiteral("processes"), list(step.processes) },
                { QStringLiteral("requirements"), list(step.requirements) },
                { QStringLiteral("serves"), list(step.serves) } } },
    };
}

namespace {
// Small typed readers that name the place of the first problem.
struct Reader
{
    QString *error;
    bool ok = true;

    bool fail(const QString &where, const QString &message)
    {
        if (ok && error)
            *error = where + QStringLiteral(": ") + message;
        ok = false;
        return false;
    }
    QString string(const QJsonObject &o, const char *key, const QString &where, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            fail(where + u'.' + QLatin1String(key), tr("expected a string"));
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            fail(where + u'.' + QLatin1String(key), tr("expected true or false"));
        return v.toBool();
    }
    std::optional<double> number(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(where + u'.' + QLatin1String(key), tr("expected a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<int> emotion(const QJsonObject &o, const char *key, const QString &where)
    {
        const auto v = number(o, key, where);
        if (v && (*v != std::floor(*v) || *v < -2 || *v > 2)) {
            fail(where + u'.' + QLatin1String(key), tr("expected a whole number from -2 to 2"));
            return std::nullopt;
        }
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }
    QStringList strings(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList result;
        if (v.isUndefined())
            return result;
        if (!v.isArray()) {
            fail(where + u'.' + QLatin1String(key), tr("expected a list of strings"));
            return result;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(QStringLiteral("%1.%2[%3]").arg(where, QLatin1String(key)).arg(i), tr("expected a string"));
            result.append(a.at(i).toString());
        }
        return result;
    }
    QJsonObject object(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(where + u'.' + QLatin1String(key), tr("expected an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(where + u'.' + QLatin1String(key), tr("expected a list"));
        return v.toArray();
    }
    template<typename Enum> Enum enumeration(const QJsonObject &o, const char *key, const QString &where, Enum fallback)
    {
        const QString text = string(o, key, where);
        if (text.isEmpty())
            return fallback;
        const auto e = enumFromString<Enum>(text);
        if (!e) {
            fail(where + u'.' + QLatin1String(key),
                tr("unknown value \"%1\" (expected one of: %2)")
                    .arg(text, enumNames<Enum>().join(QStringLiteral(", "))));
            return fallback;
        }
        return *e;
    }
};
} // namespace

bool stepFromJson(const QJsonObject &o, const QString &where, Step *step, QString *error)
{
    Reader r { error };
    Step s;
    s.id = r.string(o, "id", where, true);
    if (r.ok && s.id.isEmpty())
        r.fail(where + QStringLiteral(".id"), tr("must not be empty"));
    s.title = r.string(o, "name", where);
    s.customerAction = r.string(o, "customerAction", where);
    const QJsonObject touchpoint = r.object(o, "touchpoint", where);
    s.touchpoint = r.string(touchpoint, "name", where + QStringLiteral(".touchpoint"));
    s.channel = r.enumeration(touchpoint, "channel", where + QStringLiteral(".touchpoint"), Channel::Other);
    s.customerInitiated = r.boolean(o, "customerInitiated", where);
    const QJsonObject emotion = r.object(o, "emotion", where);
    s.emotion = r.emotion(emotion, "asIs", where + QStringLiteral(".emotion")).value_or(0);
    s.emotionToBe = r.emotion(emotion, "toBe", where + QStringLiteral(".emotion"));
    s.evidence = r.enumeration(o, "evidence", where, Evidence::Assumption);
    const QJsonArray pains = r.array(o, "painPoints", where);
    for (qsizetype i = 0; i < pains.size(); ++i) {
        const QString at = QStringLiteral("%1.painPoints[%2]").arg(where).arg(i);
        if (pains.at(i).isObject()) {
            const QJsonObject p = pains.at(i).toObject();
            const auto severity = r.number(p, "severity", at);
            if (severity && (*severity != std::floor(*severity) || *severity < 1 || *severity > 3))
                r.fail(at + QStringLiteral(".severity"), tr("expected a whole number from 1 to 3"));
            s.painPoints.push_back(
                { r.string(p, "text", at, true), severity ? std::optional<int>(int(*severity)) : std::nullopt });
        } else if (pains.at(i).isString()) {
            s.painPoints.push_back({ pains.at(i).toString(), std::nullopt });
        } else {
            r.fail(at, tr("expected a string"));
        }
    }
    s.opportunities = r.strings(o, "opportunities", where);
    s.momentOfTruth = r.boolean(o, "momentOfTruth", where);
    const QJsonArray metrics = r.array(o, "metrics", where);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString at = QStringLiteral("%1.metrics[%2]").arg(where).arg(i);
        if (!metrics.at(i).isObject()) {
            r.fail(at, tr("expected an object"));
            break;
        }
        const QJsonObject m = metrics.at(i).toObject();
        s.metrics.push_back(
            { r.string(m, "name", at, true), r.string(m, "unit", at), r.number(m, "low", at), r.number(m, "high", at),
                r.number(m, "value", at), r.string(m, "signalBelow", at), r.string(m, "signalAbove", at) });
    }
    const QJsonObject links = r.object(o, "links", where);
    const QString at = where + QStringLiteral(".links");
    s.frontRoles = r.strings(links, "frontStageRoles", at);
    s.backRoles = r.strings(links, "backStageRoles", at);
    s.processes = r.strings(links, "processes", at);
    s.requirements = r.strings(links, "requirements", at);
    s.serves = r.strings(links, "serves", at);
    if (r.ok)
        *step = std::move(s);
    return r.ok;
}

QByteArray journeyToJson(const Project &project, const Journey &journey)
{
    QJsonArray phases;
    QJsonArray transitions;
    QString previous;
    for (const Stage &stage : exportedStages(journey)) {
        QJsonArray steps;
        for (const Step &step : journey.steps) {
            if (step.stage != stage.id)
                continue;
            steps.append(stepToJson(step));
            if (!previous.isEmpty())
                transitions.append(
                    QJsonObject { { QStringLiteral("from"), previous }, { QStringLiteral("to"), step.id } });
            previous = step.id;
        }
        phases.append(QJsonObject { { QStringLiteral("id"), stage.id }, { QStringLiteral("name"), stage.name },
            { QStringLiteral("steps"), steps } });
    }
    QJsonObject j { { QStringLiteral("id"), journey.id }, { QStringLiteral("name"), journey.name },
        { QStringLiteral("description"), journey.description }, { QStringLiteral("phases"), phases },
        { QStringLiteral("transitions"), transitions } };
    if (!journey.persona.isEmpty()) {
        QJsonObject persona { { QStringLiteral("id"), journey.persona } };
        if (const Persona *p = project.persona(journey.persona)) {
            persona.insert(QStringLiteral("name"), p->name);
            persona.insert(QStringLiteral("description"), p->description);
        }
        j.insert(QStringLiteral("persona"), persona);
    }
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("outsidein-journey") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("journey"), j } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Journey> journeyFromJson(const QByteArray &json, QString *error, std::optional<Persona> *persona)
{
    if (json.size() > kMaxJourneyJsonBytes) {
        if (error)
            *error
                = tr("the file is over %1 MB; journey files are read up to that size.").arg(kMaxJourneyJsonBytes >> 20);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    Reader r { error };
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != QLatin1String("outsidein-journey")) {
        r.fail(QStringLiteral("format"), tr("expected \"outsidein-journey\""));
        return std::nullopt;
    }
    if (root.value(QLatin1String("version")).toInt() != 1) {
        r.fail(QStringLiteral("version"), tr("only version 1 is supported"));
        return std::nullopt;
    }
    const QString where = QStringLiteral("journey");
    if (!root.value(QLatin1String("journey")).isObject()) {
        r.fail(where, tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject j = root.value(QLatin1String("journey")).toObject();
    Journey journey;
    journey.id = r.string(j, "id", where, true);
    journey.name = r.string(j, "name", where);
    journey.description = r.string(j, "description", where);
    const QJsonObject p = r.object(j, "persona", where);
    if (!p.isEmpty()) {
        journey.persona = r.string(p, "id", where + QStringLiteral(".persona"), true);
        if (persona) {
            Persona out;
            out.id = journey.persona;
            out.name = r.string(p, "name", where + QStringLiteral(".persona"));
            out.description = r.string(p, "description", where + QStringLiteral(".persona"));
            *persona = out;
        }
    }
    const QJsonArray phases = r.array(j, "phases", where);
    for (qsizetype i = 0; i < phases.size() && r.ok; ++i) {
        const QString at = QStringLiteral("%1.phases[%2]").arg(where).arg(i);
        if (!phases.at(i).isObject()) {
            r.fail(at, tr("expected an object"));
            break;
        }
        const QJsonObject phase = phases.at(i).toObject();
        Stage stage { r.string(phase, "id", at, true), r.string(phase, "name", at) };
        journey.stages.push_back(stage);
        const QJsonArray steps = r.array(phase, "steps", at);
        if (qsizetype(journey.steps.size()) + steps.size() > kMaxJourneySteps) {
            r.fail(
                at, tr("the journey has more than %1 steps; journeys are read up to that many.").arg(kMaxJourneySteps));
            break;
        }
        for (qsizetype k = 0; k < steps.size() && r.ok; ++k) {
            const QString sat = QStringLiteral("%1.steps[%2]").arg(at).arg(k);
            Step step;
            if (!steps.at(k).isObject())
                r.fail(sat, tr("expected an object"));
            else if (stepFromJson(steps.at(k).toObject(), sat, &step, error))
                journey.steps.push_back((step.stage = stage.id, step));
            else
                r.ok = false;
        }
    }
    if (!r.ok)
        return std::nullopt;
    return journey;
}

} // namespace oi::model
