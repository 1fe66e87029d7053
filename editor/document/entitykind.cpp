// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/entitykind.h"

#include <array>
#include <utility>

namespace oi::editor {

namespace {
constexpr std::array<std::pair<EntityKind, const char *>, 12> kNames { {
    { EntityKind::Project, "project" },
    { EntityKind::Strategy, "strategy" },
    { EntityKind::Persona, "persona" },
    { EntityKind::Journey, "journey" },
    { EntityKind::Stage, "stage" },
    { EntityKind::Step, "step" },
    { EntityKind::Role, "role" },
    { EntityKind::Process, "process" },
    { EntityKind::Node, "node" },
    { EntityKind::Requirement, "requirement" },
    { EntityKind::Scenario, "scenario" },
    { EntityKind::Responsibility, "responsibility" },
} };
} // namespace

QString entityKindName(EntityKind kind)
{
    for (const auto &[k, name] : kNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

bool entityKindFromName(const QString &name, EntityKind *kind)
{
    for (const auto &[k, word] : kNames) {
        if (name == QLatin1String(word)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace oi::editor
