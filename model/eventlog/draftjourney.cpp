// SPDX-License-Identifier: GPL-3.0-or-later
// The draft journey: a step per activity in the order most cases take them, the channel the log
// names most for each, stages of a few steps each, every step linked to its task.
#include "model/enumnames.h"
#include "model/eventlog/draftparts.h"
#include "model/eventlog/eventlogtext.h"
#include "model/migrationv2.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace oi::model::eventlog::detail {

Channel channelFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Channel::Other;
    if (const auto exact = enumFromString<Channel>(t))
        return *exact;
    // Words exports use, most specific first ("mobile web" is the web, "web chat" a chat).
    static const std::vector<std::pair<const char *, Channel>> kWords { { "chat", Channel::Chat },
        { "whatsapp", Channel::Chat }, { "messenger", Channel::Chat }, { "mail", Channel::Email },
        { "kiosk", Channel::SelfServiceDevice }, { "atm", Channel::SelfServiceDevice },
        { "self-service", Channel::SelfServiceDevice }, { "self service", Channel::SelfServiceDevice },
        { "terminal", Channel::SelfServiceDevice }, { "field", Channel::FieldVisit }, { "visit", Channel::FieldVisit },
        { "on site", Channel::FieldVisit }, { "onsite", Channel::FieldVisit }, { "web", Channel::Web },
        { "online", Channel::Web }, { "portal", Channel::Web }, { "site", Channel::Web }, { "internet", Channel::Web },
        { "app", Channel::App }, { "mobile", Channel::App }, { "phone", Channel::Phone }, { "call", Channel::Phone },
        { "tele", Channel::Phone }, { "voice", Channel::Phone }, { "ivr", Channel::Phone }, { "store", Channel::Store },
        { "shop", Channel::Store }, { "branch", Channel::Store }, { "counter", Channel::Store },
        { "partner", Channel::Partner }, { "dealer", Channel::Partner }, { "reseller", Channel::Partner },
        { "social", Channel::Social }, { "twitter", Channel::Social }, { "facebook", Channel::Social },
        { "instagram", Channel::Social } };
    for (const auto &[word, channel] : kWords)
        if (t.contains(QLatin1String(word)))
            return channel;
    return Channel::Other;
}

std::vector<qint32> journeyOrder(const EventLog &log, const Discovery &discovery)
{
    std::vector<qint32> order;
    std::vector<bool> placed(size_t(log.activities.size()), false);
    if (!discovery.variants.empty())
        for (const qint32 a : discovery.variants.front().activities)
            if (!placed[size_t(a)]) {
                placed[size_t(a)] = true;
                order.push_back(a);
            }
    std::vector<qint32> rest;
    for (qint32 a = 0; a < qint32(log.activities.size()); ++a)
        if (!placed[size_t(a)] && discovery.activities[size_t(a)].events > 0)
            rest.push_back(a);
    std::stable_sort(rest.begin(), rest.end(), [&](qint32 x, qint32 y) {
        return discovery.activities[size_t(x)].meanPosition < discovery.activities[size_t(y)].meanPosition;
    });
    order.insert(order.end(), rest.begin(), rest.end());
    return order;
}

Journey buildJourney(const EventLog &log, const std::vector<qint32> &order, const ProcessParts &parts,
    const Project &project, int stepsPerStage)
{
    Journey j;
    j.id = QStringLiteral("journey");
    j.name = parts.journeyName;
    std::map<std::pair<qint32, qint32>, qint64> channelUse; // (activity, channel) -> events
    for (const Event &e : log.events)
        if (e.channel >= 0)
            ++channelUse[{ e.activity, e.channel }];
    std::vector<qint32> channelOf(size_t(log.activities.size()), -1);
    std::vector<qint64> best(size_t(log.activities.size()), 0);
    for (const auto &[key, n] : channelUse)
        if (n > best[size_t(key.first)]) {
            best[size_t(key.first)] = n;
            channelOf[size_t(key.first)] = key.second;
        }

    const int perStage = std::max(1, stepsPerStage);
    QSet<QString> steps;
    for (size_t i = 0; i < order.size(); ++i) {
        const qint32 a = order[i];
        if (i % size_t(perStage) == 0) {
            const size_t last = std::min(order.size(), i + size_t(perStage)) - 1;
            Stage s;
            s.id = QStringLiteral("stage-%1").arg(j.stages.size() + 1);
            s.name = last == i
                ? log.activities[order[i]]
                : EventLogText::tr("%1 to %2").arg(log.activities[order[i]], log.activities[order[last]]);
            j.stages.push_back(s);
        }
        Step step;
        step.id = v2::idFromText(log.activities[a], QStringLiteral("step"), steps);
        step.stage = j.stages.back().id;
        step.title = log.activities[a];
        step.evidence = Evidence::Observed;
        if (channelOf[size_t(a)] >= 0) {
            step.touchpoint = log.channels[channelOf[size_t(a)]];
            step.channel = channelFromText(step.touchpoint);
        }
        const QString role = parts.roleOfActivity[size_t(a)];
        const Role *r = project.role(role);
        (r && r->office == Office::Front ? step.frontRoles : step.backRoles) << role;
        step.processes << parts.id + u'/' + parts.nodeOfActivity[size_t(a)];
        j.steps.push_back(step);
    }
    return j;
}

} // namespace oi::model::eventlog::detail
