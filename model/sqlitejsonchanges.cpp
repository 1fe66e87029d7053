// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario changes as JSON columns of the scenarios table (schema v2).
#include "model/sqlitejson.h"

#include "model/sqlitejsonin.h"

namespace oi::model::sqljson {

using namespace detail;

namespace {
QJsonValue optionalWhole(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

QString fromVariants(const std::vector<VariantChoice> &l)
{
    return list(l, [](const VariantChoice &v) {
        return QJsonObject { { QStringLiteral("process"), v.process }, { QStringLiteral("variant"), v.variant } };
    });
}
std::vector<VariantChoice> toVariants(const QString &json, QString *error)
{
    return list<VariantChoice>(json, error, [](In &in, const QJsonObject &o) {
        return VariantChoice { in.str(o, "process"), in.id(o, "variant") };
    });
}

QString fromReassignments(const std::vector<Reassignment> &l)
{
    return list(l, [](const Reassignment &r) {
        return QJsonObject { { QStringLiteral("node"), r.node }, { QStringLiteral("role"), r.role } };
    });
}
std::vector<Reassignment> toReassignments(const QString &json, QString *error)
{
    return list<Reassignment>(json, error, [](In &in, const QJsonObject &o) {
        return Reassignment { in.str(o, "node"), in.id(o, "role") };
    });
}

QString fromStaffing(const std::vector<StaffingChange> &l)
{
    return list(l, [](const StaffingChange &c) {
        return QJsonObject { { QStringLiteral("role"), c.role }, { QStringLiteral("from"), c.from },
            { QStringLiteral("to"), c.to }, { QStringLiteral("add"), optionalWhole(c.add) },
            { QStringLiteral("headcount"), optionalWhole(c.headcount) },
            { QStringLiteral("period"), optional(c.period) } };
    });
}
std::vector<StaffingChange> toStaffing(const QString &json, QString *error)
{
    return list<StaffingChange>(json, error, [](In &in, const QJsonObject &o) {
        StaffingChange c { in.str(o, "role"), in.num(o, "from"), in.num(o, "to"), in.optWhole(o, "add"),
            in.optWhole(o, "headcount"), in.optional(o, "period") };
        // The YAML reader refuses the same, so whatever is read here saves and reads back.
        if (c.add.has_value() == c.headcount.has_value())
            in.fail(SqliteStore::tr("give either add (extra staff) or headcount (staff in the window), "
                                    "not both or neither."));
        return c;
    });
}

QString fromArrivalChanges(const std::vector<ArrivalChange> &l)
{
    return list(l, [](const ArrivalChange &c) {
        return QJsonObject { { QStringLiteral("process"), c.process }, { QStringLiteral("multiplier"), c.multiplier },
            { QStringLiteral("from"), optional(c.from) }, { QStringLiteral("to"), optional(c.to) },
            { QStringLiteral("period"), optional(c.period) } };
    });
}
std::vector<ArrivalChange> toArrivalChanges(const QString &json, QString *error)
{
    return list<ArrivalChange>(json, error, [](In &in, const QJsonObject &o) {
        ArrivalChange c { in.str(o, "process"), in.num(o, "multiplier"), in.optional(o, "from"), in.optional(o, "to"),
            in.optional(o, "period") };
        if (c.from.has_value() != c.to.has_value())
            in.fail(SqliteStore::tr("a window needs both from and to."));
        return c;
    });
}

QString fromDiversions(const std::vector<Diversion> &l)
{
    return list(l, [](const Diversion &d) {
        return QJsonObject { { QStringLiteral("process"), d.process }, { QStringLiteral("to"), d.to },
            { QStringLiteral("share"), d.share } };
    });
}
std::vector<Diversion> toDiversions(const QString &json, QString *error)
{
    return list<Diversion>(json, error, [](In &in, const QJsonObject &o) {
        return Diversion { in.str(o, "process"), in.str(o, "to"), in.num(o, "share") };
    });
}

} // namespace oi::model::sqljson
