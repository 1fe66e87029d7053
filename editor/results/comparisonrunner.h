// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comparison.h"
#include "model/project.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace oi::editor::results {

/**
 * Runs a scenario comparison (common random numbers) on a worker thread, on a copy of the
 * project, so the window never freezes. Progress and the result arrive queued on the GUI thread;
 * cancel() stops the run within a few thousand simulated events.
 */
class ComparisonRunner : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonRunner(QObject *parent = nullptr);
    ~ComparisonRunner() override;

    /** False when one is running already. */
    bool start(const model::Project &project, const QStringList &scenarios, const model::ComparisonSettings &settings);
    bool isRunning() const { return mRunning; }
    void cancel();

signals:
    void progress(int finished, int planned);
    /** The comparison ended: ok, cancelled or error say how. */
    void finished(const oi::model::Comparison &comparison);

private:
    std::shared_ptr<std::atomic<bool>> mCancel;
    bool mRunning = false;
};

} // namespace oi::editor::results

Q_DECLARE_METATYPE(oi::model::Comparison)
