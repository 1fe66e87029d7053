// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

QT_BEGIN_NAMESPACE
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::app {

class EventLogWizard;
class FitChart;

/**
 * What the log says before anything is added: each task's fitted duration with its goodness of
 * fit and histogram, the most common paths, which activity follows which, and the staff estimate.
 */
class LogResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    LogResultsPage();
    void initializePage() override;

    QTabWidget *tabs() const { return mTabs; }
    QTableWidget *fitTable() const { return mFits; }
    QTableWidget *variantTable() const { return mVariants; }
    QTableWidget *followsTable() const { return mFollows; }
    QSpinBox *followsFilter() const { return mMinShare; }
    QTableWidget *staffTable() const { return mStaff; }
    QLabel *staffBasis() const { return mBasis; }
    QTableWidget *checkTable() const { return mCheck; }
    QTableWidget *feedbackTable() const { return mFeedback; }

private:
    EventLogWizard *logWizard() const;
    void showFit(int row);
    void fillFollows();

    QLabel *mSummary;
    QTabWidget *mTabs;
    QTableWidget *mFits;
    FitChart *mChart;
    QTableWidget *mVariants;
    QSpinBox *mMinShare;
    QTableWidget *mFollows;
    QLabel *mBasis;
    QLabel *mReused; // the project's roles the draft's are named like
    QTableWidget *mStaff;
    QTableWidget *mRanges;
    QLabel *mFeedbackNote;
    QTableWidget *mFeedback;
    QLabel *mCheckNote;
    QTableWidget *mCheck;
};

} // namespace oi::app
