// SPDX-License-Identifier: GPL-3.0-or-later
// The namespaces a BPMN 2.0 file is made of, and ours. Elements are told apart by namespace URI,
// never by prefix: tools use `bpmn:`, `bpmn2:`, `semantic:` or none for the same thing.
#pragma once

#include <QLatin1StringView>

namespace oi::model::bpmn {

inline constexpr QLatin1StringView kModelNs("http://www.omg.org/spec/BPMN/20100524/MODEL");
inline constexpr QLatin1StringView kBpmnDiNs("http://www.omg.org/spec/BPMN/20100524/DI");
inline constexpr QLatin1StringView kDcNs("http://www.omg.org/spec/DD/20100524/DC");
inline constexpr QLatin1StringView kDiNs("http://www.omg.org/spec/DD/20100524/DI");
inline constexpr QLatin1StringView kBpsimNs("http://www.bpsim.org/schemas/1.0");
/** Ours, for what BPSim has no word for (docs/file-format.md, section 3). */
inline constexpr QLatin1StringView kOiNs("https://outsidein.studio/bpmn/1");

} // namespace oi::model::bpmn
