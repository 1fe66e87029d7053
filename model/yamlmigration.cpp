// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/yamlmigration.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace oi::model {

namespace {
// Index i upgrades outsidein/(i+1) to outsidein/(i+2). Version 1 is the first, so none yet.
const std::vector<YamlMigrationStep> &builtInSteps()
{
    static const std::vector<YamlMigrationStep> steps;
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
