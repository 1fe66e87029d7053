// SPDX-License-Identifier: GPL-3.0-or-later
// The outside-in chain of what is selected: selecting a strategy, role, process (or one of its
// nodes), step or requirement anywhere highlights everything linked to it in every open view.
#pragma once

#include "model/traceability.h"

namespace oi::editor {

class Document;

/** The chain through the document's first selected entity; empty when it has none. */
model::Chain selectionChain(const Document &document);

/** True if the chain holds nothing. */
inline bool isEmpty(const model::Chain &c)
{
    return c.strategies.isEmpty() && c.roles.isEmpty() && c.processes.isEmpty() && c.steps.isEmpty()
        && c.requirements.isEmpty() && c.needs.isEmpty();
}

} // namespace oi::editor
