// SPDX-License-Identifier: GPL-3.0-or-later
// A journey as text for other tools: Mermaid `journey` diagrams for wikis, and a JSON form using
// the terms of the open Unified Journey Model draft (journey, phase, step, transition, persona,
// channel, emotion, metric), documented in docs/journey-json.md and importable again.
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace oi::model {

/** Mermaid `journey` text: one section per stage, task score = emotion + 3 (1..5). */
QString journeyToMermaid(const Project &project, const Journey &journey);
/**
 * Reads Mermaid `journey` text back (title, sections, task names and scores). Stage and step ids
 * are generated. Returns nullopt and sets `error` ("line 4: ...") on text it cannot read.
 */
std::optional<Journey> journeyFromMermaid(const QString &text, QString *error);

/** Journey JSON is read up to this size; the studio reads no more of a file than this and a byte. */
inline constexpr qsizetype kMaxJourneyJsonBytes = 16 << 20;
/** The most steps a journey JSON may hold (a real journey has dozens). */
inline constexpr qsizetype kMaxJourneySteps = 20'000;

/** The JSON document (format "outsidein-journey", version 1) of `journey` and its persona. */
QByteArray journeyToJson(const Project &project, const Journey &journey);
/**
 * Reads a JSON journey. `persona` (optional) receives the embedded persona, if any. On failure
 * returns nullopt and `error` names the place: "journey.phases[1].steps[0].emotion.asIs: ...".
 * Refused past kMaxJourneyJsonBytes or kMaxJourneySteps, so a file stays within time and memory.
 */
std::optional<Journey> journeyFromJson(
    const QByteArray &json, QString *error, std::optional<Persona> *persona = nullptr);

/** One step in the JSON form (also what the studio puts on the clipboard). */
QJsonObject stepToJson(const Step &step);
/** Reads one step; `where` prefixes error places. False with `error` set on bad input. */
bool stepFromJson(const QJsonObject &object, const QString &where, Step *step, QString *error);

} // namespace oi::model
