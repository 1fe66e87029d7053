// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/comparisonrunner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace oi::editor::results {

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<oi::model::Comparison>();
}

ComparisonRunner::~ComparisonRunner()
{
    // A comparison still going would report to a dead object: stop it and let it end quietly.
    cancel();
}

bool ComparisonRunner::start(
    const model::Project &project, const QStringList &scenarios, const model::ComparisonSettings &settings)
{
    if (mRunning)
        return false;
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mRunning = true;
    QPointer<ComparisonRunner> self(this);
    auto cancel = mCancel;
    // The model is not thread-safe: the worker gets its own copy.
    QThreadPool::globalInstance()->start([self, cancel, copy = project, scenarios, settings] {
        model::ComparisonControl control;
        control.cancel = cancel.get();
        // Everything travels through the application object, which outlives every runner; the
        // QPointer is only looked at on the GUI thread, where the runner lives and dies.
        control.progress = [self](int done, int planned) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, done, planned] {
                    if (self && self->mRunning)
                        emit self->progress(done, planned);
                },
                Qt::QueuedConnection);
        };
        model::Comparison result = model::compareScenarios(copy, scenarios, settings, control);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, cancel, result = std::move(result)] {
                // A runner restarted since gets no word of a comparison it no longer waits for.
                if (!self || self->mCancel != cancel)
                    return;
                self->mRunning = false;
                emit self->finished(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ComparisonRunner::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

} // namespace oi::editor::results
