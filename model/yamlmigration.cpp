// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/yamlmigration.h"

#include "model/enumnames.h"
#include "model/migrationv2.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace oi::model {

namespace {

QString scalar(const YAML::Node &n)
{
    return n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

QStringList scalars(const YAML::Node &list)
{
    QStringList out;
    if (list.IsSequence())
        for (const YAML::Node &item : list)
            out << scalar(item);
    return out;
}

// Lists of the wrong kind are left for the reader, which names them with their line.
void upgradeNeeds(YAML::Node &root)
{
    QSet<QString> taken;
    YAML::Node personas = root["personas"];
    if (!personas.IsSequence())
        return;
    for (YAML::Node persona : personas) {
        if (!persona.IsMap() || !persona["needs"].IsSequence())
            continue;
        YAML::Node needs(YAML::NodeType::Sequence);
        for (const YAML::Node &need : persona["needs"]) {
            if (!need.IsScalar()) {
                needs.push_back(need);
                continue;
            }
            YAML::Node n(YAML::NodeType::Map);
            n["id"] = v2::idFromText(scalar(need), QStringLiteral("need"), taken).toStdString();
            n["text"] = need.Scalar();
            needs.push_back(n);
        }
        persona["needs"] = needs;
    }
}

void upgradeResponsibilities(YAML::Node &root)
{
    YAML::Node roles = root["roles"];
    if (!roles.IsSequence())
        return;
    std::vector<v2::RoleResponsibilities> lists;
    for (YAML::Node role : roles) {
        if (!role.IsMap())
            continue;
        lists.push_back(
            { scalar(role["id"]), scalars(role["responsibilities_as_is"]), scalars(role["responsibilities_to_be"]) });
        role.remove("responsibilities_as_is");
        role.remove("responsibilities_to_be");
    }
    const std::vector<Responsibility> moved = v2::responsibilitiesFromRoles(lists);
    if (moved.empty())
        return;
    YAML::Node list(YAML::NodeType::Sequence);
    for (const Responsibility &r : moved) {
        YAML::Node n(YAML::NodeType::Map);
        n["id"] = r.id.toStdString();
        n["text"] = r.text.toStdString();
        if (!r.asIs.isEmpty())
            n["as_is"] = r.asIs.toStdString();
        if (!r.toBe.isEmpty())
            n["to_be"] = r.toBe.toStdString();
        list.push_back(n);
    }
    root["responsibilities"] = list;
}

void upgradeDiagram(YAML::Node &process)
{
    if (YAML::Node nodes = process["nodes"]; nodes.IsSequence()) {
        for (YAML::Node node : nodes) {
            if (!node.IsMap() || (!node["x"] && !node["y"]))
                continue;
            const NodeType type = enumFromString<NodeType>(scalar(node["type"])).value_or(NodeType::Task);
            const Bounds b = v2::boundsAt(type, node["x"].IsScalar() ? node["x"].as<double>(0.0) : 0.0,
                node["y"].IsScalar() ? node["y"].as<double>(0.0) : 0.0);
            node.remove("x");
            node.remove("y");
            YAML::Node bounds(YAML::NodeType::Map);
            bounds["x"] = b.x;
            bounds["y"] = b.y;
            bounds["w"] = b.w;
            bounds["h"] = b.h;
            node["bounds"] = bounds;
        }
    }
    if (YAML::Node flows = process["flows"]; flows.IsSequence()) {
        QSet<QString> taken;
        for (YAML::Node flow : flows)
            if (flow.IsMap() && !flow["id"])
                flow["id"]
                    = v2::idFromText(scalar(flow["from"]) + u'-' + scalar(flow["to"]), QStringLiteral("flow"), taken)
                          .toStdString();
    }
}

// outsidein/1 -> outsidein/2: needs get ids, responsibilities move to the project, nodes get shapes
// and flows ids; everything else means the same in both.
bool upgradeToV2(YAML::Node &root, QString *)
{
    upgradeNeeds(root);
    upgradeResponsibilities(root);
    if (YAML::Node processes = root["processes"]; processes.IsSequence())
        for (YAML::Node process : processes)
            if (process.IsMap())
                upgradeDiagram(process);
    root["format"] = formatName(2).toStdString();
    return true;
}

// Index i upgrades outsidein/(i+1) to outsidein/(i+2).
const std::vector<YamlMigrationStep> &builtInSteps()
{
    static const std::vector<YamlMigrationStep> steps { &upgradeToV2 };
    return steps;
}
} // namespace

QString formatName(int version)
{
    return QStringLiteral("outsidein/") + QString::number(version);
}

std::optional<int> parseFormatVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^outsidein/([1-9][0-9]{0,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

bool migrateYaml(YAML::Node &root, int from, int to, const std::vector<YamlMigrationStep> &steps, QString *error)
{
    for (int v = from; v < to; ++v) {
        const auto index = std::size_t(v - 1);
        if (v < 1 || index >= steps.size() || !steps[index]) {
            if (error)
                *error = QCoreApplication::translate("YamlMigration", "No upgrade is known from %1 to %2.")
                             .arg(formatName(v), formatName(v + 1));
            return false;
        }
        if (!steps[index](root, error))
            return false;
    }
    return true;
}

bool migrateYaml(YAML::Node &root, int from, QString *error)
{
    return migrateYaml(root, from, kCurrentFormatVersion, builtInSteps(), error);
}

} // namespace oi::model
