// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spec/speccommands.h"

#include "editor/commands/changevalue.h"
#include "editor/commands/commandids.h"
#include "editor/commands/entitytraits.h"
#include "editor/document/document.h"
#include "model/spec/pocdraft.h"
#include "model/spec/specwriters.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::editor::spec {

namespace {

using PocScenarios = std::vector<model::PocScenario>;
using Vendors = std::vector<model::Vendor>;

QString text(const char *source)
{
    return QCoreApplication::translate("UndoCommands", source);
}

/**
 * Pushes the edit of one of the project's lists as a whole: the lists are short, and swapping the
 * whole list makes undo restore exactly what was there (order, ids, every field).
 */
template<typename T>
bool push(Document *document, T model::Project::*member, T after, quint32 property, int id, const QString &undoText,
    quint64 gesture)
{
    if (!document || document->project().*member == after)
        return false;
    auto *command = new ChangeValue<ProjectTraits, T>(
        document, { QStringLiteral("project") }, member, after, property, id, undoText);
    command->setGesture(gesture);
    document->undoStack()->push(command);
    return true;
}

bool pushPoc(Document *document, PocScenarios after, const char *undoText, quint64 gesture = 0)
{
    return push(document, &model::Project::pocScenarios, std::move(after), EntityProperty::ProjectPocScenarios,
        Cmd_EditPocScenarios, text(undoText), gesture);
}

bool pushVendors(Document *document, Vendors after, const char *undoText, quint64 gesture = 0)
{
    return push(document, &model::Project::vendors, std::move(after), EntityProperty::ProjectVendors, Cmd_EditVendors,
        text(undoText), gesture);
}

template<typename E> qsizetype indexOf(const std::vector<E> &list, const QString &id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&id](const E &e) { return e.id == id; });
    return it == list.end() ? -1 : it - list.begin();
}

/** A copy of the scenarios with `edit` applied to scenario `id`; false when there is none or `edit` refuses. */
template<typename Edit>
bool editScenario(Document *document, const QString &id, const char *undoText, Edit edit, quint64 gesture = 0)
{
    if (!document)
        return false;
    PocScenarios list = document->project().pocScenarios;
    const qsizetype at = indexOf(list, id);
    if (at < 0 || !edit(list[std::size_t(at)]))
        return false;
    return pushPoc(document, std::move(list), undoText, gesture);
}

template<typename Edit>
bool editStep(
    Document *document, const QString &id, qsizetype step, const char *undoText, Edit edit, quint64 gesture = 0)
{
    return editScenario(
        document, id, undoText,
        [&](model::PocScenario &s) {
            if (step < 0 || step >= qsizetype(s.steps.size()))
                return false;
            edit(s.steps[std::size_t(step)]);
            return true;
        },
        gesture);
}

template<typename E> void moveWithin(std::vector<E> &list, qsizetype from, qsizetype to)
{
    E item = std::move(list[std::size_t(from)]);
    list.erase(list.begin() + from);
    list.insert(list.begin() + to, std::move(item));
}

} // namespace

QString unusedPocId(const model::Project &project, const QString &stem)
{
    QString id = stem;
    for (int n = 2; project.pocScenario(id); ++n)
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    return id;
}

QString unusedVendorId(const model::Project &project, const QString &stem)
{
    return model::spec::vendorId(stem, project);
}

int draftPocScenarios(Document *document)
{
    if (!document)
        return 0;
    std::vector<model::PocScenario> drafted = model::spec::draftPocScenarios(document->project());
    const int n = int(drafted.size());
    PocScenarios list = document->project().pocScenarios;
    for (model::PocScenario &s : drafted)
        list.push_back(std::move(s));
    return n > 0 && pushPoc(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Draft PoC Scenarios")) ? n
                                                                                                                 : 0;
}

QString addPocScenario(Document *document, qsizetype index)
{
    if (!document)
        return {};
    PocScenarios list = document->project().pocScenarios;
    model::PocScenario s;
    s.id = unusedPocId(document->project(), QStringLiteral("poc"));
    s.title = QCoreApplication::translate("PocScenarios", "New PoC scenario");
    s.steps.emplace_back();
    const qsizetype at = index < 0 || index > qsizetype(list.size()) ? qsizetype(list.size()) : index;
    list.insert(list.begin() + at, s);
    return pushPoc(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Add PoC Scenario")) ? s.id : QString();
}

bool removePocScenario(Document *document, const QString &id)
{
    if (!document)
        return false;
    PocScenarios list = document->project().pocScenarios;
    const qsizetype at = indexOf(list, id);
    if (at < 0)
        return false;
    list.erase(list.begin() + at);
    return pushPoc(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Remove PoC Scenario"));
}

bool movePocScenario(Document *document, const QString &id, qsizetype index)
{
    if (!document)
        return false;
    PocScenarios list = document->project().pocScenarios;
    const qsizetype at = indexOf(list, id);
    if (at < 0 || index < 0 || index >= qsizetype(list.size()) || index == at)
        return false;
    moveWithin(list, at, index);
    return pushPoc(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Move PoC Scenario"));
}

bool renamePocScenario(Document *document, const QString &id, const QString &title, quint64 gesture)
{
    return editScenario(
        document, id, QT_TRANSLATE_NOOP("UndoCommands", "Rename PoC Scenario"),
        [&](model::PocScenario &s) {
            s.title = title;
            return true;
        },
        gesture);
}

bool setPocScenarioJourney(Document *document, const QString &id, const QString &journey)
{
    return editScenario(
        document, id, QT_TRANSLATE_NOOP("UndoCommands", "Set PoC Scenario Journey"), [&](model::PocScenario &s) {
            s.journey = journey;
            return true;
        });
}

bool setPocScenarioProcess(Document *document, const QString &id, const QString &process)
{
    return editScenario(
        document, id, QT_TRANSLATE_NOOP("UndoCommands", "Set PoC Scenario Process"), [&](model::PocScenario &s) {
            s.process = process;
            return true;
        });
}

bool addPocStep(Document *document, const QString &id, qsizetype index)
{
    return editScenario(document, id, QT_TRANSLATE_NOOP("UndoCommands", "Add PoC Step"), [&](model::PocScenario &s) {
        const qsizetype at = index < 0 || index > qsizetype(s.steps.size()) ? qsizetype(s.steps.size()) : index;
        s.steps.insert(s.steps.begin() + at, model::PocStep {});
        return true;
    });
}

bool removePocStep(Document *document, const QString &id, qsizetype step)
{
    return editScenario(document, id, QT_TRANSLATE_NOOP("UndoCommands", "Remove PoC Step"), [&](model::PocScenario &s) {
        if (step < 0 || step >= qsizetype(s.steps.size()))
            return false;
        s.steps.erase(s.steps.begin() + step);
        return true;
    });
}

bool movePocStep(Document *document, const QString &id, qsizetype from, qsizetype to)
{
    return editScenario(document, id, QT_TRANSLATE_NOOP("UndoCommands", "Move PoC Step"), [&](model::PocScenario &s) {
        const qsizetype n = qsizetype(s.steps.size());
        if (from < 0 || from >= n || to < 0 || to >= n || from == to)
            return false;
        moveWithin(s.steps, from, to);
        return true;
    });
}

bool setPocStepField(
    Document *document, const QString &id, qsizetype step, PocField field, const QString &value, quint64 gesture)
{
    switch (field) {
    case PocField::CustomerAction:
        return editStep(
            document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Edit PoC Customer Action"),
            [&](model::PocStep &s) { s.customerAction = value; }, gesture);
    case PocField::Role:
        return editStep(
            document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Set PoC Step Role"),
            [&](model::PocStep &s) { s.role = value; }, gesture);
    case PocField::Task: {
        // A task is done by its lane's role: a step with no role yet takes it in the same undo step.
        const model::Process *process = document ? document->project().process(value.section(u'/', 0, 0)) : nullptr;
        const model::Node *node = process ? process->node(value.section(u'/', 1)) : nullptr;
        const QString role = node ? node->role : QString();
        return editStep(
            document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Set PoC Step Task"),
            [&](model::PocStep &s) {
                s.task = value;
                if (s.role.isEmpty())
                    s.role = role;
            },
            gesture);
    }
    case PocField::Requirement:
        return editStep(
            document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Set PoC Step Requirement"),
            [&](model::PocStep &s) { s.requirement = value; }, gesture);
    case PocField::Data:
        return editStep(
            document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Edit PoC Buyer's Data"),
            [&](model::PocStep &s) { s.data = value; }, gesture);
    case PocField::Expected:
        return editStep(
            document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Edit PoC Expected Outcome"),
            [&](model::PocStep &s) { s.expected = value; }, gesture);
    }
    return false;
}

bool setPocStepMinutes(
    Document *document, const QString &id, qsizetype step, std::optional<double> minutes, quint64 gesture)
{
    if (minutes && !(*minutes >= 0))
        return false;
    return editStep(
        document, id, step, QT_TRANSLATE_NOOP("UndoCommands", "Set PoC Minutes Allowed"),
        [&](model::PocStep &s) { s.minutes = minutes; }, gesture);
}

QString addVendor(Document *document, const QString &name)
{
    if (!document)
        return {};
    Vendors list = document->project().vendors;
    model::Vendor v;
    v.name = name.trimmed().isEmpty() ? QCoreApplication::translate("PocScenarios", "New vendor") : name.trimmed();
    v.id = unusedVendorId(document->project(), v.name);
    list.push_back(v);
    return pushVendors(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Add Vendor")) ? v.id : QString();
}

bool renameVendor(Document *document, const QString &id, const QString &name, quint64 gesture)
{
    if (!document)
        return false;
    Vendors list = document->project().vendors;
    const qsizetype at = indexOf(list, id);
    if (at < 0)
        return false;
    list[std::size_t(at)].name = name;
    return pushVendors(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Rename Vendor"), gesture);
}

bool removeVendor(Document *document, const QString &id)
{
    if (!document)
        return false;
    Vendors list = document->project().vendors;
    const qsizetype at = indexOf(list, id);
    if (at < 0)
        return false;
    list.erase(list.begin() + at);
    return pushVendors(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Remove Vendor"));
}

bool setVendorScore(Document *document, const QString &vendor, const QString &requirement, std::optional<int> score)
{
    if (!document || (score && (*score < 0 || *score > 3)))
        return false;
    Vendors list = document->project().vendors;
    const qsizetype at = indexOf(list, vendor);
    if (at < 0)
        return false;
    auto &scores = list[std::size_t(at)].scores;
    const auto it = std::find_if(
        scores.begin(), scores.end(), [&](const model::VendorScore &s) { return s.requirement == requirement; });
    if (!score) {
        if (it != scores.end())
            scores.erase(it);
    } else if (it != scores.end())
        it->score = *score;
    else
        scores.push_back({ requirement, *score });
    return pushVendors(document, std::move(list), QT_TRANSLATE_NOOP("UndoCommands", "Set Vendor Score"));
}

bool setPriorityWeights(Document *document, const model::PriorityWeights &weights, quint64 gesture)
{
    for (const int w : { weights.must, weights.should, weights.could, weights.wont })
        if (w < 0 || w > 1000)
            return false;
    return push(document, &model::Project::priorityWeights, weights, EntityProperty::ProjectPriorityWeights,
        Cmd_SetPriorityWeights, text(QT_TRANSLATE_NOOP("UndoCommands", "Set Priority Weights")), gesture);
}

} // namespace oi::editor::spec
