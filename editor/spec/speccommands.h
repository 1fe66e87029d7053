// SPDX-License-Identifier: GPL-3.0-or-later
// The team's edits of the vendor specification's stored parts: proof-of-concept scenarios and their
// steps, vendors and their scores, the priority weights. Each call pushes one undo command on the
// document's stack (none when it changes nothing) and the views hear an EntityChangeEvent on the
// project with ProjectPocScenarios, ProjectVendors or ProjectPriorityWeights. Typing in one field
// merges into one step when the calls share a gesture (newGestureId()).
#pragma once

#include "model/project.h"

#include <QString>

#include <optional>

namespace oi::editor {

class Document;

namespace spec {

/** A PoC step's text fields, as the form shows them. Setting the task of a step with no role sets its role too. */
enum class PocField { CustomerAction, Role, Task, Requirement, Data, Expected };

/**
 * Drafts a scenario for every journey that has none yet (model/spec/pocdraft) and adds them after the
 * stored ones, as one undo step; returns how many. The stored scenarios are left as the team wrote them.
 */
int draftPocScenarios(Document *document);
/** Adds an empty scenario (one empty step) at `index` (-1: the end); returns its id. */
QString addPocScenario(Document *document, qsizetype index = -1);
bool removePocScenario(Document *document, const QString &id);
/** Moves scenario `id` to `index` in the list. */
bool movePocScenario(Document *document, const QString &id, qsizetype index);
bool renamePocScenario(Document *document, const QString &id, const QString &title, quint64 gesture = 0);
bool setPocScenarioJourney(Document *document, const QString &id, const QString &journey);
bool setPocScenarioProcess(Document *document, const QString &id, const QString &process);

/** Adds an empty step at `index` of scenario `id` (-1: the end). */
bool addPocStep(Document *document, const QString &id, qsizetype index = -1);
bool removePocStep(Document *document, const QString &id, qsizetype step);
bool movePocStep(Document *document, const QString &id, qsizetype from, qsizetype to);
bool setPocStepField(
    Document *document, const QString &id, qsizetype step, PocField field, const QString &value, quint64 gesture = 0);
bool setPocStepMinutes(
    Document *document, const QString &id, qsizetype step, std::optional<double> minutes, quint64 gesture = 0);

/** Adds a vendor named `name` with no scores; returns its id. */
QString addVendor(Document *document, const QString &name);
bool renameVendor(Document *document, const QString &id, const QString &name, quint64 gesture = 0);
bool removeVendor(Document *document, const QString &id);
/** Sets a vendor's score 0-3 for a requirement; nullopt takes the score out (not scored yet). */
bool setVendorScore(Document *document, const QString &vendor, const QString &requirement, std::optional<int> score);

bool setPriorityWeights(Document *document, const model::PriorityWeights &weights, quint64 gesture = 0);

/** An id of `stem` ("poc", "vendor", "vendor-2") no scenario, respectively vendor, has yet. */
QString unusedPocId(const model::Project &project, const QString &stem);
QString unusedVendorId(const model::Project &project, const QString &stem);

} // namespace spec
} // namespace oi::editor
