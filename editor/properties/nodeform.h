// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

class DistributionField;

/**
 * Edits a process node ("process/node"): its name; a task's role, duration and priority; a timer's
 * delay; a start's arrivals and patience; an exclusive gateway's branch shares, which must add up
 * to 100 % (the form says so and offers to scale them).
 */
class NodeForm : public EntityForm
{
    Q_OBJECT
public:
    explicit NodeForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    QString processId() const { return entity().section(u'/', 0, 0); }
    QString nodeId() const { return entity().section(u'/', 1); }
    void setShare(int row, double percent);
    void normalise();
    void setLabel(int row, const QString &text, QObject *editor);

    QLineEdit *mName;
    QLabel *mType;
    QComboBox *mRole;
    DistributionField *mDuration;
    QSpinBox *mPriority;
    DistributionField *mArrivals;
    QLabel *mRates;
    DistributionField *mPatience;
    QTableWidget *mBranches;
    QLabel *mBranchSum;
    QPushButton *mNormalise;
    QLabel *mSteps; // the customer steps that lead here, as links
    QList<QWidget *> mTaskRows, mTimerRows, mStartRows, mXorRows;
};

} // namespace oi::editor
