// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that set one field of one or more steps: a ChangeValue per field (editor/commands).
#pragma once

#include "editor/commands/changevalue.h"
#include "editor/commands/commandids.h"
#include "editor/commands/entitytraits.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace oi::editor {

#define OI_STEP_COMMAND(Name, Type, Field, Prop, Text)                                                                 \
    OI_VALUE_COMMAND(Name, StepTraits, Type, Field, StepChangeEvent::Prop, Text)

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
OI_STEP_COMMAND(SetStepPainPoints, std::vector<model::PainPoint>, painPoints, PainPointsProperty,
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
OI_STEP_COMMAND(
    SetStepServes, QStringList, serves, ServesProperty, QT_TRANSLATE_NOOP("UndoCommands", "Change Needs Served"))

#undef OI_STEP_COMMAND

} // namespace oi::editor
