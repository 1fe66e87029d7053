// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/logimportpage.h"

#include "app/gui/eventlog/eventlogwizard.h"

#include "editor/commands/undotext.h"
#include "model/eventlog/importreport.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oi::app {

namespace {

QString counted(const char *one, const char *many, qint64 n)
{
    return editor::countedText("oi::app::LogImportPage", one, many, qsizetype(n));
}

// What was read, in sentences whose counts agree with their nouns.
QStringList summary(const model::eventlog::ReadReport &r, const model::eventlog::EventLog &log)
{
    QStringList lines;
    lines << LogImportPage::tr("Read as %1, times as %2.").arg(r.format, r.timeFormat);
    lines << LogImportPage::tr("%1 of %2 and %3; %4 and %5 named.")
                 .arg(counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 event"),
                          QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n events"), qint64(log.events.size())),
                     counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 case"),
                         QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n cases"), log.caseIds.size()),
                     counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 activity"),
                         QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n activities"), log.activities.size()),
                     counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 resource"),
                         QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n resources"), log.resources.size()),
                     counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 channel"),
                         QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n channels"), log.channels.size()));
    if (r.otherTransitions > 0)
        lines << LogImportPage::tr("Passed over: %1 other than start, complete and abort (schedule, suspend, \u2026).")
                     .arg(counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 lifecycle transition"),
                         QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n lifecycle transitions"),
                         r.otherTransitions));
    if (r.unmatchedStarts > 0)
        lines << LogImportPage::tr("Left out: %1 never completed.")
                     .arg(counted(QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 start"),
                         QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n starts"), r.unmatchedStarts));
    lines << r.notes;
    return lines;
}

} // namespace

LogImportPage::LogImportPage()
    : mState(new QLabel)
    , mProgress(new QProgressBar)
    , mStop(new QPushButton(tr("&Stop")))
    , mSummary(new QLabel)
    , mBadRowsTitle(new QLabel)
    , mBadRows(new QTableWidget(0, 3))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The log is read, its paths discovered and each task's duration fitted. The window stays "
                   "responsive meanwhile; Stop ends the import at any time."));
    mState->setObjectName(QStringLiteral("importState"));
    mState->setWordWrap(true);
    mProgress->setObjectName(QStringLiteral("importProgress"));
    mProgress->setRange(0, 100);
    mStop->setObjectName(QStringLiteral("stopImport"));
    connect(mStop, &QPushButton::clicked, this, [this] { logWizard()->job()->cancel(); });
    auto *row = new QHBoxLayout;
    row->addWidget(mProgress, 1);
    row->addWidget(mStop);
    mSummary->setObjectName(QStringLiteral("importSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mBadRowsTitle->setWordWrap(true);
    mBadRows->setObjectName(QStringLiteral("badRows"));
    mBadRows->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    mBadRows->horizontalHeader()->setStretchLastSection(true);
    mBadRows->verticalHeader()->setVisible(false);
    mBadRows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mBadRows->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mState);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(mSummary);
    layout->addWidget(mBadRowsTitle);
    layout->addWidget(mBadRows, 10);
    layout->addStretch(1); // keeps the progress at the top while the table is hidden
}

EventLogWizard *LogImportPage::logWizard() const
{
    return static_cast<EventLogWizard *>(wizard());
}

void LogImportPage::initializePage()
{
    EventLogWizard *w = logWizard();
    mDone = false;
    mSummary->clear();
    mBadRowsTitle->hide();
    mBadRows->hide();
    mBadRows->setRowCount(0);
    mProgress->setValue(0);
    mProgress->show();
    mStop->show();
    mStop->setEnabled(true);
    mState->setStyleSheet(QString());
    mState->setText(tr("Reading %1\u2026").arg(QFileInfo(w->fileName()).fileName()));
    disconnect(w->job(), nullptr, this, nullptr);
    connect(w->job(), &LogImportJob::progress, mProgress, &QProgressBar::setValue);
    connect(w->job(), &LogImportJob::progress, this, [this](int percent) {
        if (percent >= 90)
            mState->setText(tr("Simulating the draft to compare it with the log\u2026"));
        else if (percent >= 80)
            mState->setText(tr("Discovering the paths and fitting the durations\u2026"));
    });
    connect(w->job(), &LogImportJob::finished, this, &LogImportPage::showOutcome);
    w->job()->start(w->fileName(), w->readOptions(), w->draftOptions(), w->feedbackFileName());
    emit completeChanged();
}

void LogImportPage::cleanupPage()
{
    // Back to the mapping: an import still running is of the old mapping.
    logWizard()->job()->cancel();
    disconnect(logWizard()->job(), nullptr, this, nullptr);
    mDone = false;
}

bool LogImportPage::isComplete() const
{
    const auto result = logWizard() ? logWizard()->result() : nullptr;
    return mDone && result && result->draft;
}

void LogImportPage::showOutcome()
{
    const std::shared_ptr<const LogImport> result = logWizard()->result();
    if (!result)
        return;
    mDone = true;
    mStop->hide();
    const model::eventlog::ReadReport &r = result->report;
    if (r.cancelled) {
        mProgress->hide();
        mState->setText(tr("The import was stopped; nothing was added to the project. Go back to start it again."));
    } else if (!r.error.isEmpty()) {
        mProgress->hide();
        mState->setStyleSheet(QStringLiteral("color: #b3261e;"));
        mState->setText(tr("The log cannot be imported: %1").arg(r.error));
    } else {
        mProgress->setValue(100);
        mState->setText(tr("Read. Press Next to see what was found."));
        mSummary->setText(summary(r, result->log).join(u'\n'));
    }
    if (r.badRows > 0) {
        const qint64 unlisted = r.badRows - qint64(r.bad.size());
        QString title = tr("Rows left out of the import because they could not be read: %1.")
                            .arg(editor::countedText("oi::app::LogImportPage",
                                QT_TRANSLATE_NOOP("oi::app::LogImportPage", "1 row"),
                                QT_TRANSLATE_N_NOOP("oi::app::LogImportPage", "%n rows"), qsizetype(r.badRows)));
        if (unlisted > 0)
            title += u' ' + tr("The first %1 are listed.").arg(r.bad.size());
        mBadRowsTitle->setText(title);
        mBadRowsTitle->show();
        mBadRows->setRowCount(int(r.bad.size()));
        for (int i = 0; i < int(r.bad.size()); ++i) {
            const model::eventlog::BadRow &b = r.bad[size_t(i)];
            auto *line = new QTableWidgetItem;
            line->setData(Qt::DisplayRole, b.line);
            mBadRows->setItem(i, 0, line);
            mBadRows->setItem(i, 1, new QTableWidgetItem(b.column.isEmpty() ? tr("(the row)") : b.column));
            mBadRows->setItem(i, 2, new QTableWidgetItem(b.message));
        }
        mBadRows->resizeColumnToContents(0);
        mBadRows->resizeColumnToContents(1);
        mBadRows->resizeRowsToContents();
        mBadRows->show();
    }
    emit completeChanged();
}

} // namespace oi::app
