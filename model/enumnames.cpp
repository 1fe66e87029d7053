// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/enumnames.h"

#include <array>
#include <utility>

namespace oi::model {

namespace {

template<typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<TimeUnit, 3> kTimeUnits { { { TimeUnit::Minute, "minute" }, { TimeUnit::Hour, "hour" },
    { TimeUnit::Day, "day" } } };
constexpr Table<Channel, 11> kChannels { { { Channel::Web, "web" }, { Channel::App, "app" },
    { Channel::Phone, "phone" }, { Channel::Chat, "chat" }, { Channel::Email, "email" }, { Channel::Store, "store" },
    { Channel::FieldVisit, "field-visit" }, { Channel::Partner, "partner" }, { Channel::Social, "social" },
    { Channel::SelfServiceDevice, "self-service-device" }, { Channel::Other, "other" } } };
constexpr Table<Evidence, 3> kEvidence { { { Evidence::Observed, "observed" }, { Evidence::Research, "research" },
    { Evidence::Assumption, "assumption" } } };
constexpr Table<Office, 3> kOffices { { { Office::Front, "front" }, { Office::Back, "back" },
    { Office::Field, "field" } } };
constexpr Table<ChangeKind, 5> kChangeKinds { { { ChangeKind::Unchanged, "unchanged" }, { ChangeKind::Moved, "moved" },
    { ChangeKind::New, "new" }, { ChangeKind::Merged, "merged" }, { ChangeKind::Retired, "retired" } } };
constexpr Table<NodeType, 7> kNodeTypes { { { NodeType::Start, "start" }, { NodeType::End, "end" },
    { NodeType::Task, "task" }, { NodeType::Xor, "xor" }, { NodeType::AndSplit, "and-split" },
    { NodeType::AndJoin, "and-join" }, { NodeType::Timer, "timer" } } };
constexpr Table<RequirementKind, 3> kRequirementKinds { { { RequirementKind::ProcessControl, "process-control" },
    { RequirementKind::InformationManagement, "information-management" },
    { RequirementKind::NonFunctional, "non-functional" } } };
constexpr Table<Priority, 4> kPriorities { { { Priority::Must, "must" }, { Priority::Should, "should" },
    { Priority::Could, "could" }, { Priority::Wont, "wont" } } };
constexpr Table<DistKind, 9> kDistKinds { { { DistKind::Fixed, "fixed" }, { DistKind::Uniform, "uniform" },
    { DistKind::Triangular, "triangular" }, { DistKind::Exponential, "exponential" }, { DistKind::Normal, "normal" },
    { DistKind::Lognormal, "lognormal" }, { DistKind::Gamma, "gamma" }, { DistKind::Erlang, "erlang" },
    { DistKind::Empirical, "empirical" } } };
constexpr Table<Kpi, 5> kKpis { { { Kpi::CycleTime, "cycle_time" }, { Kpi::Wait, "wait" },
    { Kpi::AbandonmentRate, "abandonment_rate" }, { Kpi::Throughput, "throughput" },
    { Kpi::Utilization, "utilization" } } };
constexpr Table<Statistic, 4> kStatistics { { { Statistic::Mean, "mean" }, { Statistic::P50, "p50" },
    { Statistic::P90, "p90" }, { Statistic::P95, "p95" } } };
constexpr Table<Comparator, 2> kComparators { { { Comparator::AtMost, "<=" }, { Comparator::AtLeast, ">=" } } };
constexpr Table<Decision::Verdict, 3> kVerdicts { { { Decision::Approve, "approve" }, { Decision::Reject, "reject" },
    { Decision::Question, "question" } } };

template<typename Enum> constexpr const auto &tableFor()
{
    if constexpr (std::is_same_v<Enum, TimeUnit>)
        return kTimeUnits;
    else if constexpr (std::is_same_v<Enum, Channel>)
        return kChannels;
    else if constexpr (std::is_same_v<Enum, Evidence>)
        return kEvidence;
    else if constexpr (std::is_same_v<Enum, Office>)
        return kOffices;
    else if constexpr (std::is_same_v<Enum, ChangeKind>)
        return kChangeKinds;
    else if constexpr (std::is_same_v<Enum, NodeType>)
        return kNodeTypes;
    else if constexpr (std::is_same_v<Enum, RequirementKind>)
        return kRequirementKinds;
    else if constexpr (std::is_same_v<Enum, Priority>)
        return kPriorities;
    else if constexpr (std::is_same_v<Enum, Kpi>)
        return kKpis;
    else if constexpr (std::is_same_v<Enum, Statistic>)
        return kStatistics;
    else if constexpr (std::is_same_v<Enum, Comparator>)
        return kComparators;
    else if constexpr (std::is_same_v<Enum, Decision::Verdict>)
        return kVerdicts;
    else
        return kDistKinds;
}

template<typename Enum> QString nameOf(Enum v)
{
    for (const auto &[value, name] : tableFor<Enum>())
        if (value == v)
            return QLatin1String(name);
    return {};
}

} // namespace

template<typename Enum> std::optional<Enum> enumFromString(const QString &text)
{
    for (const auto &[value, name] : tableFor<Enum>())
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

template<typename Enum> QStringList enumNames()
{
    QStringList names;
    for (const auto &entry : tableFor<Enum>())
        names << QLatin1String(entry.second);
    return names;
}

#define OI_ENUM_NAMES(Enum)                                                                                            \
    QString toString(Enum v)                                                                                           \
    {                                                                                                                  \
        return nameOf(v);                                                                                              \
    }                                                                                                                  \
    template std::optional<Enum> enumFromString<Enum>(const QString &text);                                            \
    template QStringList enumNames<Enum>();

OI_ENUM_NAMES(TimeUnit)
OI_ENUM_NAMES(Channel)
OI_ENUM_NAMES(Evidence)
OI_ENUM_NAMES(Office)
OI_ENUM_NAMES(ChangeKind)
OI_ENUM_NAMES(NodeType)
OI_ENUM_NAMES(RequirementKind)
OI_ENUM_NAMES(Priority)
OI_ENUM_NAMES(DistKind)
OI_ENUM_NAMES(Kpi)
OI_ENUM_NAMES(Statistic)
OI_ENUM_NAMES(Comparator)
OI_ENUM_NAMES(Decision::Verdict)

#undef OI_ENUM_NAMES

} // namespace oi::model
