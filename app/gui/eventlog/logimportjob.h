// SPDX-License-Identifier: GPL-3.0-or-later
// Reads an event log and drafts from it on a worker thread, so a million events never freeze the
// window: progress as a percentage, cancel at any time, and the outcome handed back whole.
#pragma once

#include "model/eventlog/calibration.h"
#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"
#include "model/eventlog/feedback.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace oi::app {

/** What one import produced; `draft` is set only when the log was read and not cancelled. */
struct LogImport
{
    QString fileName;
    model::eventlog::ReadReport report;
    model::eventlog::EventLog log;
    std::optional<model::eventlog::Draft> draft;
    std::vector<std::vector<double>> durations; // per activity, the minutes the fits were made from
    std::optional<model::eventlog::FeedbackResult> feedback; // set when feedback records were given
    model::eventlog::CalibrationCheck check; // the draft simulated beside the log (check.error when it could not be)
};

class LogImportJob : public QObject
{
    Q_OBJECT
public:
    explicit LogImportJob(QObject *parent = nullptr);
    /** Cancels a running import and waits for its thread. */
    ~LogImportJob() override;

    /**
     * Starts reading `fileName`, and `feedbackFile` (survey or complaint records) when not empty,
     * onto the draft's journey; a running import is cancelled first.
     */
    void start(const QString &fileName, const model::eventlog::ReadOptions &read,
        const model::eventlog::DraftOptions &draft, const QString &feedbackFile = {});
    void cancel();
    bool isRunning() const;
    /** Blocks until the thread is done (for tests and shutdown). */
    void wait();
    /** The last finished import, or null. */
    std::shared_ptr<const LogImport> result() const { return mResult; }

signals:
    void progress(int percent);
    /** result() is ready: read, failed (report.error) or cancelled (report.cancelled). */
    void finished();

private:
    QThread *mThread = nullptr;
    std::shared_ptr<std::atomic<bool>> mCancel;
    std::shared_ptr<const LogImport> mResult;
};

} // namespace oi::app
