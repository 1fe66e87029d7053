// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation part of a BPMN file: BPSim 1.0 scenario data and our own `oi:` extension.
#include "model/bpmn/bpmnimporter.h"
#include "model/bpmn/bpmnnames.h"
#include "model/bpmn/bpsim.h"
#include "model/enumnames.h"

#include <cmath>

namespace oi::model::bpmn {

namespace {

// Our own elements' attributes have no namespace.
std::optional<double> plainNumber(const XmlElement &e, const char *name)
{
    bool ok = false;
    const double v = e.attribute(QLatin1StringView(name)).toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString normalised(const QString &name)
{
    return name.simplified().toLower();
}

} // namespace

void Importer::readSimulation()
{
    const XmlElement &root = mTree.root();
    const auto ours = enumFromString<TimeUnit>(root.attribute(kOiNs, QLatin1StringView("timeUnit")));
    for (int i = 0; i < int(mTree.elements.size()) && mScenario < 0; ++i) {
        if (!mTree.at(i).is(kBpsimNs, QLatin1StringView("BPSimData")))
            continue;
        const std::vector<int> scenarios = mTree.children(i, kBpsimNs, QLatin1StringView("Scenario"));
        for (size_t s = 0; s < scenarios.size(); ++s) {
            if (s == 0)
                mScenario = scenarios[s];
            else
                warn(scenarios[s], tr("only the first BPSim scenario is imported."));
        }
    }
    int parameters = -1;
    if (mScenario >= 0)
        parameters = mTree.child(mScenario, kBpsimNs, QLatin1StringView("ScenarioParameters"));
    std::optional<double> base;
    QString baseName;
    if (parameters >= 0) {
        baseName = mTree.at(parameters).attribute(QLatin1StringView("baseTimeUnit"));
        base = bpsimUnitSeconds(baseName);
    }
    if (ours) {
        mProject->timeUnit = *ours;
    } else if (base) {
        mProject->timeUnit = *base >= 86400.0 ? TimeUnit::Day : *base >= 3600.0 ? TimeUnit::Hour : TimeUnit::Minute;
        if (*base != secondsPer(mProject->timeUnit))
            warn(parameters,
                tr("BPSim times in %1 are converted to %2, the nearest time unit the studio has.")
                    .arg(baseName, toString(mProject->timeUnit)));
    }
    mProjectSeconds = secondsPer(mProject->timeUnit);
    mBaseSeconds = base.value_or(mProjectSeconds);
    if (mScenario < 0)
        return;
    if (parameters >= 0) {
        const XmlElement &p = mTree.at(parameters);
        SimulationSettings &s = mProject->simulation;
        bool ok = false;
        const int replications = p.attribute(QLatin1StringView("replication")).toInt(&ok);
        if (ok && replications >= 0)
            s.replications = replications;
        const quint64 seed = p.attribute(QLatin1StringView("seed")).toULongLong(&ok);
        if (ok)
            s.seed = seed;
        auto time = [&](const char *name) -> std::optional<double> {
            const int e = mTree.child(parameters, kBpsimNs, QLatin1StringView(name));
            if (e < 0)
                return std::nullopt;
            const ReadDistribution d = readDistribution(mTree, e, mBaseSeconds, mProjectSeconds);
            if (d.value && d.value->kind == DistKind::Fixed)
                return d.value->value;
            warn(e,
                tr("the BPSim %1 is not a plain number or duration; it is not imported.").arg(QLatin1StringView(name)));
            return std::nullopt;
        };
        if (const auto horizon = time("Duration"))
            s.horizon = *horizon;
        if (const auto warmup = time("Warmup"))
            s.warmup = *warmup;
    }
    for (const int e : mTree.children(mScenario, kBpsimNs, QLatin1StringView("ElementParameters"))) {
        const QString ref = mTree.at(e).attribute(QLatin1StringView("elementRef"));
        if (!ref.isEmpty())
            mParameters[ref].push_back(e);
    }
}

int Importer::parameter(const QString &bpmnId, const char *group, const char *name)
{
    const auto it = mParameters.constFind(bpmnId);
    if (it == mParameters.constEnd())
        return -1;
    for (const int parameters : *it) {
        const int g = mTree.child(parameters, kBpsimNs, QLatin1StringView(group));
        if (g < 0)
            continue;
        const int p = mTree.child(g, kBpsimNs, QLatin1StringView(name));
        if (p >= 0) {
            mUsedParameters.insert(p);
            return p;
        }
    }
    return -1;
}

std::optional<Distribution> Importer::distribution(
    int element, const QString &bpmnId, const char *group, const char *name, const QString &what)
{
    const int p = parameter(bpmnId, group, name);
    if (p < 0)
        return std::nullopt;
    const ReadDistribution d = readDistribution(mTree, p, mBaseSeconds, mProjectSeconds);
    if (d.manyValues)
        warn(p, tr("its %1 holds several values (by calendar); only the first is imported.").arg(what));
    if (!d.value)
        warn(element,
            d.unsupported.isEmpty()
                ? tr("its %1 (BPSim %2) holds no value the studio can read.").arg(what, QLatin1StringView(name))
                : tr("its %1 (BPSim %2) is not imported: the studio has no such distribution.")
                      .arg(what, d.unsupported));
    return d.value;
}

std::optional<double> Importer::probability(const QString &bpmnId)
{
    const int p = parameter(bpmnId, "ControlParameters", "Probability");
    return p < 0 ? std::nullopt : readNumber(mTree, p);
}

void Importer::readRoleDetails(Role &role, int laneElement)
{
    int resource = mResourceByRole.value(role.id, -1);
    if (resource < 0)
        resource = mResourceByName.value(normalised(role.name), -1);
    // Headcount: BPSim's Quantity on the resource the role stands for, or on the lane itself.
    int quantity = -1;
    if (resource >= 0)
        quantity = parameter(mTree.at(resource).attribute(QLatin1StringView("id")), "ResourceParameters", "Quantity");
    if (quantity < 0 && laneElement >= 0)
        quantity
            = parameter(mTree.at(laneElement).attribute(QLatin1StringView("id")), "ResourceParameters", "Quantity");
    if (quantity >= 0) {
        const std::optional<double> n = readNumber(mTree, quantity);
        if (n && *n >= 0 && *n <= 1e6) {
            role.headcount = int(std::lround(*n));
            if (double(role.headcount) != *n)
                warn(quantity,
                    tr("the headcount %1 of role %2 is rounded to %3.").arg(*n).arg(role.id).arg(role.headcount));
        } else {
            warn(quantity, tr("the BPSim Quantity of role %1 is not a headcount; it is not imported.").arg(role.id));
        }
    }
    if (resource < 0)
        return;
    const int extensions = mTree.child(resource, kModelNs, QLatin1StringView("extensionElements"));
    if (extensions < 0)
        return;
    const int shifts = mTree.child(extensions, kOiNs, QLatin1StringView("shifts"));
    if (shifts >= 0) {
        ShiftCalendar calendar;
        calendar.period = plainNumber(mTree.at(shifts), "period").value_or(0.0);
        for (const int b : mTree.children(shifts, kOiNs, QLatin1StringView("capacity"))) {
            ShiftBlock block;
            block.from = plainNumber(mTree.at(b), "from").value_or(0.0);
            block.to = plainNumber(mTree.at(b), "to").value_or(0.0);
            block.headcount = int(std::lround(plainNumber(mTree.at(b), "headcount").value_or(0.0)));
            calendar.capacity.push_back(block);
        }
        role.shifts = calendar;
    }
    for (const int c : mTree.children(extensions, kOiNs, QLatin1StringView("crossTraining"))) {
        CrossTraining skill;
        skill.role = mTree.at(c).attribute(QLatin1StringView("role"));
        skill.priority = int(std::lround(plainNumber(mTree.at(c), "priority").value_or(1.0)));
        role.crossTrained.push_back(skill);
    }
}

void Importer::readStartExtensions(Node &node, int element)
{
    const int extensions = mTree.child(element, kModelNs, QLatin1StringView("extensionElements"));
    if (extensions < 0)
        return;
    const int rates = mTree.child(extensions, kOiNs, QLatin1StringView("rateCalendar"));
    if (rates >= 0) {
        RateCalendar calendar;
        calendar.period = plainNumber(mTree.at(rates), "period").value_or(0.0);
        for (const int b : mTree.children(rates, kOiNs, QLatin1StringView("rate"))) {
            RateBlock block;
            block.from = plainNumber(mTree.at(b), "from").value_or(0.0);
            block.to = plainNumber(mTree.at(b), "to").value_or(0.0);
            block.perTimeUnit = plainNumber(mTree.at(b), "perTimeUnit").value_or(0.0);
            calendar.rates.push_back(block);
        }
        node.rateCalendar = calendar;
    }
    const int patience = mTree.child(extensions, kOiNs, QLatin1StringView("patience"));
    if (patience >= 0) {
        // Our own values are in the project's time unit.
        const ReadDistribution d = readDistribution(mTree, patience, mProjectSeconds, mProjectSeconds);
        if (d.value)
            node.patience = *d.value;
        else
            warn(patience, tr("the patience holds no distribution the studio can read; it is not imported."));
    }
}

void Importer::reportUnusedParameters()
{
    if (mScenario < 0)
        return;
    struct Unused
    {
        int first = -1;
        int count = 0;
    };
    std::map<QString, Unused> unused;
    auto note = [&](int element) {
        Unused &u = unused[mTree.at(element).name];
        if (u.first < 0)
            u.first = element;
        ++u.count;
    };
    for (const int parameters : mTree.children(mScenario, kBpsimNs, QLatin1StringView("ElementParameters"))) {
        for (const int group : mTree.at(parameters).children) {
            if (mTree.at(group).ns != kBpsimNs)
                continue;
            if (!mTree.at(group).name.endsWith(QLatin1StringView("Parameters"))) {
                note(group); // a VendorExtension or the like
                continue;
            }
            for (const int p : mTree.at(group).children)
                if (mTree.at(p).ns == kBpsimNs && !mUsedParameters.contains(p))
                    note(p);
        }
    }
    for (const auto &[name, u] : unused) {
        const XmlElement &e = mTree.at(u.first);
        warnAbout(e.line, e.column, QStringLiteral("BPSim ") + name,
            tr("not imported (%n element(s)): the studio has no such parameter, or not on that kind of element.",
                nullptr, u.count));
    }
}

} // namespace oi::model::bpmn
