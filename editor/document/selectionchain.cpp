// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/selectionchain.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"

namespace oi::editor {

model::Chain selectionChain(const Document &document)
{
    const EntityRefs selected = document.selection()->entities();
    if (selected.isEmpty())
        return {};
    const EntityRef &ref = selected.first();
    switch (ref.kind) {
    case EntityKind::Strategy: return model::chainOf(document.project(), QStringLiteral("strategy"), ref.id);
    case EntityKind::Role: return model::chainOf(document.project(), QStringLiteral("role"), ref.id);
    case EntityKind::Process: return model::chainOf(document.project(), QStringLiteral("process"), ref.id);
    case EntityKind::Node:
        return model::chainOf(document.project(), QStringLiteral("process"), ref.id.section(u'/', 0, 0));
    case EntityKind::Step: return model::chainOf(document.project(), QStringLiteral("step"), ref.id);
    case EntityKind::Requirement: return model::chainOf(document.project(), QStringLiteral("requirement"), ref.id);
    default: break;
    }
    return {};
}

} // namespace oi::editor
