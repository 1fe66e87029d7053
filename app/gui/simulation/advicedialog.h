// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/advisor.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::app {

/**
 * Simulate ▸ Advise on the Constraint: the advisor on a worker thread (cancel any time), the
 * constraint in a sentence, the remedies best business case first, and one click to add a remedy
 * to the project as a what-if scenario (one undo step).
 */
class AdviceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdviceDialog(editor::Document *document, QWidget *parent = nullptr);
    ~AdviceDialog() override;

    void setScenario(const QString &scenarioId);
    void start();
    void cancel();
    bool isRunning() const;
    const model::Advice &advice() const { return mAdvice; }
    /** Adds option `index` as a new scenario; returns its id (empty when none was added). */
    QString addOption(int index);

signals:
    void finished();

private:
    void showAdvice();

    QPointer<editor::Document> mDocument;
    QComboBox *mScenario;
    QPushButton *mRun, *mStop, *mAdd;
    QProgressBar *mBusy;
    QLabel *mSummary;
    QListWidget *mOptions;
    QThread *mThread = nullptr;
    std::shared_ptr<std::atomic<bool>> mCancel;
    std::shared_ptr<model::Advice> mPending;
    model::Advice mAdvice;
};

} // namespace oi::app
