// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::app {

class EventLogWizard;

/** Runs the import on the worker thread: progress, Stop, then what was read and the rows that were not. */
class LogImportPage : public QWizardPage
{
    Q_OBJECT
public:
    LogImportPage();
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QTableWidget *badRowTable() const { return mBadRows; }

private:
    EventLogWizard *logWizard() const;
    void showOutcome();

    QLabel *mState;
    QProgressBar *mProgress;
    QPushButton *mStop;
    QLabel *mSummary;
    QLabel *mBadRowsTitle;
    QTableWidget *mBadRows;
    bool mDone = false;
};

} // namespace oi::app
