// SPDX-License-Identifier: GPL-3.0-or-later
// How the BPMN importer tells elements apart by their names. Internal to model/bpmn/.
#pragma once

#include <QString>

#include <algorithm>
#include <initializer_list>

namespace oi::model::bpmn::importnames {

constexpr int kMaxWarnings = 1000;

inline QString normalised(const QString &name)
{
    return name.simplified().toLower();
}

inline QString localId(const QString &reference)
{
    const qsizetype colon = reference.indexOf(u':');
    return colon < 0 ? reference : reference.mid(colon + 1);
}

inline bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1StringView(n); });
}

inline bool isTask(const QString &name)
{
    return isOneOf(name,
        { "task", "userTask", "serviceTask", "manualTask", "scriptTask", "sendTask", "receiveTask",
            "businessRuleTask" });
}

inline bool isCompound(const QString &name)
{
    return isOneOf(name, { "subProcess", "adHocSubProcess", "transaction", "callActivity" });
}

inline bool isGateway(const QString &name)
{
    return isOneOf(
        name, { "exclusiveGateway", "parallelGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway" });
}

inline bool isEvent(const QString &name)
{
    return isOneOf(name, { "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent" });
}

// Declarations that only unsupported elements use (and those are reported themselves).
inline bool isDeclaration(const QString &name)
{
    return isOneOf(name,
        { "itemDefinition", "message", "error", "escalation", "signal", "interface", "dataStore", "category", "import",
            "extension", "documentation", "extensionElements", "resource", "correlationProperty", "partnerRole",
            "partnerEntity", "endPoint", "globalTask", "globalUserTask", "globalManualTask", "globalScriptTask",
            "globalBusinessRuleTask", "messageEventDefinition", "timerEventDefinition", "signalEventDefinition",
            "errorEventDefinition", "escalationEventDefinition", "conditionalEventDefinition",
            "compensateEventDefinition", "cancelEventDefinition", "linkEventDefinition", "terminateEventDefinition" });
}

// "message" from messageEventDefinition.
inline QString trigger(const QString &definition)
{
    QString t = definition;
    t.chop(int(QLatin1StringView("EventDefinition").size()));
    return t;
}

} // namespace oi::model::bpmn::importnames
