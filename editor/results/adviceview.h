// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/advisor.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
struct ChangeEvent;
} // namespace oi::editor

namespace oi::editor::results {

/**
 * The Results tab's Advice page: the advisor on a worker thread (cancel any time), the constraint
 * in a sentence, the remedies best business case first with their gain, cost, value and net a
 * week, and one click to add a remedy to the project as a what-if scenario (one undo step).
 */
class AdviceView : public QWidget
{
    Q_OBJECT
public:
    explicit AdviceView(QWidget *parent = nullptr);
    ~AdviceView() override;

    void setDocument(Document *document);
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
    void fillScenarios();
    void showAdvice();
    void stopAndWait();

    QPointer<Document> mDocument;
    QComboBox *mScenario;
    QPushButton *mRun, *mStop, *mAdd;
    QProgressBar *mBusy;
    QLabel *mSummary;
    QTableWidget *mOptions;
    QThread *mThread = nullptr;
    std::shared_ptr<std::atomic<bool>> mCancel;
    std::shared_ptr<model::Advice> mPending;
    model::Advice mAdvice;
};

} // namespace oi::editor::results
