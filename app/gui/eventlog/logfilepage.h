// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace oi::app {

/** The wizard's first page: which log to import (CSV or XES). */
class LogFilePage : public QWizardPage
{
    Q_OBJECT
public:
    LogFilePage();
    bool isComplete() const override;

private:
    void browse();
    QLineEdit *mFile;
    QLineEdit *mFeedback;
    QLabel *mAbout;
};

} // namespace oi::app
