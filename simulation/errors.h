// SPDX-License-Identifier: GPL-3.0-or-later
// Errors the engine reports. They are thrown inside a replication and caught by simulate(),
// which turns them into Results::error, so callers never see an exception escape.
#pragma once

#include <stdexcept>
#include <string>

namespace oi::sim {

class SimulationError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/** The input cannot be simulated (unknown id, bad distribution, missing flow, ...). */
class InputError : public SimulationError
{
public:
    using SimulationError::SimulationError;
};

/** A used role never has any staff, so its work would wait forever. */
class CapacityError : public SimulationError
{
public:
    using SimulationError::SimulationError;
};

/** A case visited more nodes than RunSettings::visitLimit: an endless loop in the process. */
class VisitLimitError : public SimulationError
{
public:
    using SimulationError::SimulationError;
};

/** More than RunSettings::maxCases cases at once: arrivals far outpace capacity. */
class RunawayError : public SimulationError
{
public:
    using SimulationError::SimulationError;
};

/** RunSettings::wallClockBudget was used up before the run finished. */
class BudgetExceededError : public SimulationError
{
public:
    using SimulationError::SimulationError;
};

/** The caller's cancel flag was raised. */
class CancelledError : public SimulationError
{
public:
    CancelledError()
        : SimulationError("simulation cancelled")
    {
    }
};

} // namespace oi::sim
