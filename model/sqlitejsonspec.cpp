// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor specification's nested values as JSON columns (schema v4): proof-of-concept steps,
// vendor scores and the scoring sheet's priority weights.
#include "model/sqlitejson.h"

#include "model/sqlitejsonin.h"

namespace oi::model::sqljson {

using namespace detail;

QString fromPocSteps(const std::vector<PocStep> &steps)
{
    return list(steps, [](const PocStep &s) {
        return QJsonObject { { QStringLiteral("customer_action"), s.customerAction },
            { QStringLiteral("role"), s.role }, { QStringLiteral("task"), s.task },
            { QStringLiteral("requirement"), s.requirement }, { QStringLiteral("data"), s.data },
            { QStringLiteral("expected"), s.expected }, { QStringLiteral("minutes"), optional(s.minutes) } };
    });
}
std::vector<PocStep> toPocSteps(const QString &json, QString *error)
{
    return list<PocStep>(json, error, [](In &in, const QJsonObject &o) {
        return PocStep { in.str(o, "customer_action"), in.str(o, "role"), in.str(o, "task"), in.str(o, "requirement"),
            in.str(o, "data"), in.str(o, "expected"), in.optional(o, "minutes") };
    });
}

QString fromVendorScores(const std::vector<VendorScore> &scores)
{
    return list(scores, [](const VendorScore &s) {
        return QJsonObject { { QStringLiteral("requirement"), s.requirement }, { QStringLiteral("score"), s.score } };
    });
}
std::vector<VendorScore> toVendorScores(const QString &json, QString *error)
{
    return list<VendorScore>(json, error, [](In &in, const QJsonObject &o) {
        return VendorScore { in.str(o, "requirement"), in.whole(o, "score", 0) };
    });
}

QString fromPriorityWeights(const PriorityWeights &w)
{
    return text(QJsonObject { { QStringLiteral("must"), w.must }, { QStringLiteral("should"), w.should },
        { QStringLiteral("could"), w.could }, { QStringLiteral("wont"), w.wont } });
}
PriorityWeights toPriorityWeights(const QString &json, QString *error)
{
    In in(error);
    const QJsonObject o = in.object(json);
    const PriorityWeights d;
    return PriorityWeights { in.whole(o, "must", d.must), in.whole(o, "should", d.should),
        in.whole(o, "could", d.could), in.whole(o, "wont", d.wont) };
}

} // namespace oi::model::sqljson
