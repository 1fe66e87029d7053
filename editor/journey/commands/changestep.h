// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that set one field of one or more steps: a ChangeStepValue<T> per field, swapping the
// stored value with the model's on every undo/redo (Tiled's ChangeValue).
#pragma once

#include "editor/commands/commandids.h"
#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <QList>

namespace oi::editor {

/**
 * Sets `member` of every step in `steps` to `value`. The constructor does not touch the model.
 * Emits StepsChanged with `property` after redo and undo. Consecutive commands of the same id on
 * the same steps merge only when they belong to the same gesture (setGesture(), e.g. typing in one
 * field gives one undo step) — two separate drags stay two undo steps. A command that changes
 * nothing is obsolete, so pushing it leaves the stack unchanged.
 */
/** A fresh id for one editing gesture (e.g. one typing session in one editor); never 0. */
inline quint64 newGestureId()
{
    static quint64 last = 0;
    return ++last;
}

template<typename T> class ChangeStepValue : public QUndoCommand
{
public:
    using Member = T model::Step::*;

    ChangeStepValue(Document *document, const QStringList &steps, Member member, const T &value,
        StepChangeEvent::Property property, CommandId id, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mDocument(document)
        , mSteps(steps)
        , mMember(member)
        , mValues(steps.size(), value)
        , mProperty(property)
        , mId(id)
    {
        setObsolete(!differsFromModel());
    }

    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return mId; }
    /** Marks the command as part of gesture `gesture` (0: none, never merges). */
    void setGesture(quint64 gesture) { mGesture = gesture; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeStepValue *>(other);
        if (mGesture == 0 || o->mGesture != mGesture || o->mDocument != mDocument || o->mSteps != mSteps
            || o->mMember != mMember)
            return false;
        // The model now holds `o`'s values and we keep the originals: nothing to copy.
        setObsolete(!differsFromModel());
        return true;
    }

private:
    bool differsFromModel()
    {
        for (qsizetype i = 0; i < mSteps.size(); ++i) {
            const model::Step *step = mDocument->stepForEdit(mSteps.at(i));
            if (step && !(step->*mMember == mValues[i]))
                return true;
        }
        return false;
    }

    void swap()
    {
        model::Journey *journey = nullptr;
        for (qsizetype i = 0; i < mSteps.size(); ++i) {
            if (model::Step *step = mDocument->stepForEdit(mSteps.at(i), journey ? nullptr : &journey))
                std::swap(step->*mMember, mValues[i]);
        }
        mDocument->emitChanged(
            StepChangeEvent(ChangeEvent::StepsChanged, journey ? journey->id : QString(), mSteps, mProperty));
    }

    Document *mDocument;
    QStringList mSteps;
    Member mMember;
    QList<T> mValues; // not std::vector: vector<bool> has no references
    StepChangeEvent::Property mProperty;
    CommandId mId;
    quint64 mGesture = 0;
};

#define OI_STEP_COMMAND(Name, Type, Field, Prop, Text)                                                                 \
    class Name : public ChangeStepValue<Type>                                                                          \
    {                                                                                                                  \
    public:                                                                                                            \
        Name(Document *document, const QStringList &steps, const Type &value, QUndoCommand *parent = nullptr)          \
            : ChangeStepValue<Type>(document, steps, &model::Step::Field, value, StepChangeEvent::Prop, Cmd_##Name,    \
                QCoreApplication::translate("UndoCommands", Text), parent)                                             \
        {                                                                                                              \
        }                                                                                                              \
    };

OI_STEP_COMMAND(SetStepTitle, QString, title, TitleProperty, QT_TRANSLATE_NOOP("UndoCommands", "Rename Step"))
OI_STEP_COMMAND(SetStepCustomerAction, QString, customerAction, CustomerActionProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Customer Action"))
OI_STEP_COMMAND(
    SetStepTouchpoint, QString, touchpoint, TouchpointProperty, QT_TRANSLATE_NOOP("UndoCommands", "Change Touchpoint"))
OI_STEP_COMMAND(
    SetStepChannel, model::Channel, channel, ChannelProperty, QT_TRANSLATE_NOOP("UndoCommands", "Change Channel"))
OI_STEP_COMMAND(SetStepCustomerInitiated, bool, customerInitiated, CustomerInitiatedProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Customer-Initiated"))
OI_STEP_COMMAND(SetStepEmotion, int, emotion, EmotionProperty, QT_TRANSLATE_NOOP("UndoCommands", "Change Emotion"))
OI_STEP_COMMAND(SetStepEmotionToBe, std::optional<int>, emotionToBe, EmotionToBeProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change To-Be Emotion"))
OI_STEP_COMMAND(
    SetStepEvidence, model::Evidence, evidence, EvidenceProperty, QT_TRANSLATE_NOOP("UndoCommands", "Change Evidence"))
OI_STEP_COMMAND(SetStepPainPoints, QStringList, painPoints, PainPointsProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Pain Points"))
OI_STEP_COMMAND(SetStepOpportunities, QStringList, opportunities, OpportunitiesProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Opportunities"))
OI_STEP_COMMAND(SetStepMomentOfTruth, bool, momentOfTruth, MomentOfTruthProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Moment of Truth"))
OI_STEP_COMMAND(SetStepMetrics, std::vector<model::Metric>, metrics, MetricsProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Metrics"))
OI_STEP_COMMAND(SetStepFrontRoles, QStringList, frontRoles, FrontRolesProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Front-Stage Roles"))
OI_STEP_COMMAND(SetStepBackRoles, QStringList, backRoles, BackRolesProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Back-Stage Roles"))
OI_STEP_COMMAND(SetStepProcesses, QStringList, processes, ProcessesProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Step Processes"))
OI_STEP_COMMAND(SetStepRequirements, QStringList, requirements, RequirementsProperty,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Step Requirements"))

#undef OI_STEP_COMMAND

} // namespace oi::editor
