// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace oi::editor {

/** QUndoCommand::id() values: commands with the same id may merge (same document and targets). */
enum CommandId {
    Cmd_SetJourneyName = 1,
    Cmd_SetJourneyPersona,
    Cmd_SetJourneyDescription,
    Cmd_RenameStage,
    Cmd_SetStepTitle,
    Cmd_SetStepCustomerAction,
    Cmd_SetStepTouchpoint,
    Cmd_SetStepChannel,
    Cmd_SetStepCustomerInitiated,
    Cmd_SetStepEmotion,
    Cmd_SetStepEmotionToBe,
    Cmd_SetStepEvidence,
    Cmd_SetStepPainPoints,
    Cmd_SetStepOpportunities,
    Cmd_SetStepMomentOfTruth,
    Cmd_SetStepMetrics,
    Cmd_SetStepFrontRoles,
    Cmd_SetStepBackRoles,
    Cmd_SetStepProcesses,
    Cmd_SetStepRequirements,
};

} // namespace oi::editor
