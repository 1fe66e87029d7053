// SPDX-License-Identifier: GPL-3.0-or-later
// An executive's decision on a strategy, a role change or a remedy, recorded from the review as one
// undo step (Project::decisions, stored in both file formats by model/).
#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace oi::editor {
class Document;
}

namespace oi::review {

class RecordDecision : public QUndoCommand
{
public:
    /** `decision.id` empty: a fresh one ("decision", "decision-2", …) is chosen. */
    RecordDecision(editor::Document *document, model::Decision decision, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const model::Decision &decision() const { return mDecision; }

private:
    void announce();

    editor::Document *mDocument;
    model::Decision mDecision;
};

/** An id no decision of `project` has yet, made of `stem`. */
QString unusedDecisionId(const model::Project &project, const QString &stem);

/** "approve" / "reject" / "question" → the verdict; false for anything else. */
bool verdictFromKey(const QString &key, model::Decision::Verdict *verdict);
QString verdictKey(model::Decision::Verdict verdict);
/** "Approved", "Rejected", "Questioned", for people. */
QString verdictText(model::Decision::Verdict verdict);

} // namespace oi::review
