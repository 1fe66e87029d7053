// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/logimportjob.h"

#include "model/eventlog/draftparts.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace oi::app {

namespace {

// Reading is most of the work; drafting (discovery, fits, staffing) and simulating the draft the rest.
constexpr int kReadShare = 80;
constexpr int kDraftShare = 90;

} // namespace

LogImportJob::LogImportJob(QObject *parent)
    : QObject(parent)
{
}

LogImportJob::~LogImportJob()
{
    cancel();
    wait();
}

void LogImportJob::start(const QString &fileName, const model::eventlog::ReadOptions &read,
    const model::eventlog::DraftOptions &draft, const QString &feedbackFile)
{
    cancel();
    wait();
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    mCancel = cancelFlag;
    auto outcome = std::make_shared<LogImport>();
    outcome->fileName = fileName;
    // The worker may use `this`: the destructor waits for it.
    mThread = QThread::create([this, outcome, cancelFlag, fileName, read, draft, feedbackFile] {
        int shown = -1;
        // Called on the worker; only whole percentages cross to the window's thread.
        const auto report = [this, &shown](int percent) {
            if (percent == shown)
                return;
            shown = percent;
            QMetaObject::invokeMethod(
                this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
        };
        model::eventlog::ReadControl control;
        control.cancel = cancelFlag.get();
        control.progress = [&report](qint64 done, qint64 total) {
            report(total > 0 ? int(std::min<qint64>(done * kReadShare / total, kReadShare)) : 0);
        };
        outcome->log = model::eventlog::readEventLog(fileName, read, &outcome->report, control);
        if (cancelFlag->load())
            outcome->report.cancelled = true;
        if (!outcome->report.ok() || outcome->log.events.empty()) {
            if (outcome->report.ok())
                outcome->report.error = LogImportJob::tr("The file holds no events that could be read.");
            return;
        }
        report(kReadShare);
        outcome->draft = model::eventlog::draftFromLog(outcome->log, draft);
        if (!feedbackFile.isEmpty()) {
            // Feedback that cannot be read leaves the draft as the log made it; the results say why.
            QFile records(feedbackFile);
            if (records.open(QIODevice::ReadOnly)) {
                outcome->feedback = model::eventlog::applyFeedback(&records, {}, outcome->log, &*outcome->draft);
            } else {
                outcome->feedback.emplace();
                outcome->feedback->read.error = tr("%1 cannot be read: %2").arg(feedbackFile, records.errorString());
            }
        }
        outcome->durations = model::eventlog::detail::observeTimes(outcome->log, outcome->draft->discovery).durations;
        report(kDraftShare);
        // The consultant sees at once whether the draft behaves like the log before adding it.
        if (!cancelFlag->load())
            outcome->check = model::eventlog::checkCalibration(outcome->log, *outcome->draft);
        if (cancelFlag->load()) {
            outcome->report.cancelled = true;
            outcome->draft.reset();
        }
        report(100);
    });
    connect(mThread, &QThread::finished, this, [this, outcome, thread = mThread] {
        thread->deleteLater();
        if (thread != mThread)
            return; // a cancelled import that start() replaced
        mThread = nullptr;
        mResult = outcome;
        emit finished();
    });
    mThread->setParent(this); // deleted with the job even when its end is never heard
    mThread->start();
}

void LogImportJob::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

bool LogImportJob::isRunning() const
{
    return mThread && mThread->isRunning();
}

void LogImportJob::wait()
{
    if (mThread)
        mThread->wait();
}

} // namespace oi::app
