// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simulationrunner.h"

#include "model/simulationinput.h"
#include "simulation/simulator.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace oi::app {

SimulationRunner::SimulationRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<oi::sim::Results>();
}

SimulationRunner::~SimulationRunner()
{
    // A run still going would report to a dead object: stop it and let it finish quietly.
    cancel();
}

bool SimulationRunner::start(
    const model::Project &project, const QString &scenarioId, const Options &options, QString *error)
{
    if (mRunning) {
        if (error)
            *error = tr("A simulation is already running.");
        return false;
    }
    auto input = model::toSimulationInput(project, scenarioId, error);
    if (!input)
        return false;
    if (options.replications > 0)
        input->settings.replications = options.replications;
    input->settings.targetRelativeHalfWidth = std::max(0.0, options.precision);
    if (options.autoWarmup)
        input->settings.warmup = -1; // MSER-5 on a pilot of the first replication
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mRunning = true;
    QPointer<SimulationRunner> self(this);
    auto cancel = mCancel;
    const std::string scenario = scenarioId.toStdString();
    QThreadPool::globalInstance()->start([self, cancel, scenario, in = std::move(*input)]() mutable {
        sim::RunControl control;
        control.cancel = cancel.get();
        // Results travel through the application object, which outlives every runner; the QPointer
        // is only looked at on the GUI thread, where the runner lives and dies.
        control.progress = [self](int done, int planned) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, done, planned] {
                    if (self)
                        emit self->progress(done, planned);
                },
                Qt::QueuedConnection);
        };
        sim::Results results = sim::simulate(in, control);
        results.scenario = scenario;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, results = std::move(results)] {
                if (!self)
                    return;
                self->mRunning = false;
                emit self->finished(results);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SimulationRunner::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

} // namespace oi::app
