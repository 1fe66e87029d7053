// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/results.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace oi::model {
struct Project;
}

namespace oi::app {

/**
 * Runs a simulation of the open project on a worker thread so the window never freezes.
 * The project is translated on the calling thread (it is cheap and the model is not
 * thread-safe); the engine gets its own copy of the input. Progress arrives queued on the
 * GUI thread; cancel() stops the run within a few thousand events.
 */
class SimulationRunner : public QObject
{
    Q_OBJECT
public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override;

    struct Options
    {
        int replications = 0; // 0: the project's; with a precision target, the first batch
        double precision = 0; // > 0: add replications until every cycle-time half-width is this share of its mean
        bool autoWarmup = false; // choose the warm-up by MSER-5 instead of the project's
    };

    /** Starts a run; false (and `error`) when one is running or the project cannot be simulated. */
    bool start(const model::Project &project, const QString &scenarioId, const Options &options, QString *error);
    bool start(const model::Project &project, const QString &scenarioId, int replications, QString *error)
    {
        return start(project, scenarioId, Options { replications, 0, false }, error);
    }
    bool isRunning() const { return mRunning; }
    void cancel();

signals:
    void progress(int finished, int planned);
    /** The run ended: results.ok, results.cancelled or results.error say how. */
    void finished(const oi::sim::Results &results);

private:
    std::shared_ptr<std::atomic<bool>> mCancel;
    bool mRunning = false;
};

} // namespace oi::app

Q_DECLARE_METATYPE(oi::sim::Results)
