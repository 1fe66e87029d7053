// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/review/decisioncommand.h"

#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}
} // namespace

QString unusedDecisionId(const model::Project &project, const QString &stem)
{
    auto used = [&project](const QString &id) {
        return std::any_of(
            project.decisions.begin(), project.decisions.end(), [&id](const model::Decision &d) { return d.id == id; });
    };
    QString id = stem;
    for (int n = 2; used(id); ++n)
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    return id;
}

bool verdictFromKey(const QString &key, model::Decision::Verdict *verdict)
{
    if (key == u"approve")
        *verdict = model::Decision::Approve;
    else if (key == u"reject")
        *verdict = model::Decision::Reject;
    else if (key == u"question")
        *verdict = model::Decision::Question;
    else
        return false;
    return true;
}

QString verdictKey(model::Decision::Verdict verdict)
{
    switch (verdict) {
    case model::Decision::Approve: return QStringLiteral("approve");
    case model::Decision::Reject: return QStringLiteral("reject");
    case model::Decision::Question: return QStringLiteral("question");
    }
    return {};
}

QString verdictText(model::Decision::Verdict verdict)
{
    switch (verdict) {
    case model::Decision::Approve: return tr("Approved");
    case model::Decision::Reject: return tr("Rejected");
    case model::Decision::Question: return tr("Questioned");
    }
    return {};
}

RecordDecision::RecordDecision(editor::Document *document, model::Decision decision, QUndoCommand *parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mDecision(std::move(decision))
{
    if (mDecision.id.isEmpty())
        mDecision.id = unusedDecisionId(document->project(), QStringLiteral("decision"));
    setText(QCoreApplication::translate("UndoCommands", "Record Decision"));
}

void RecordDecision::redo()
{
    mDocument->projectForEdit().decisions.push_back(mDecision);
    announce();
}

void RecordDecision::undo()
{
    auto &decisions = mDocument->projectForEdit().decisions;
    decisions.erase(std::remove_if(decisions.begin(), decisions.end(),
                        [this](const model::Decision &d) { return d.id == mDecision.id; }),
        decisions.end());
    announce();
}

void RecordDecision::announce()
{
    // Decisions are a list of the project's own: only the views that read decisions need to look.
    mDocument->emitChanged(editor::EntityChangeEvent(editor::ChangeEvent::EntitiesChanged, editor::EntityKind::Project,
        { QStringLiteral("project") }, editor::EntityProperty::ProjectDecisions));
}

} // namespace oi::review
