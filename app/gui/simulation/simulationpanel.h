// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/results.h"

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::app {

class SimulationRunner;

/**
 * The Simulation dock: choose a scenario and replications, run on a worker thread with progress
 * and cancel, read the report (constraint first). Results are handed to the journey map as an
 * overlay; a run never blocks the window.
 */
class SimulationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationPanel(QWidget *parent = nullptr);

    void setDocument(editor::Document *document);
    SimulationRunner *runner() const { return mRunner; }
    QString report() const;
    /** How often the scenario list was refilled (tests: edits elsewhere must not refill it). */
    int scenarioRefreshes() const { return mScenarioRefreshes; }

    /** Chooses the scenario to run (empty: the base model); false when the project has no such scenario. */
    bool setScenario(const QString &scenarioId);

public slots:
    void run();
    void cancel();

signals:
    /** New results to paint on the maps (null: clear them). */
    void resultsChanged(const std::shared_ptr<const oi::sim::Results> &results);
    void runningChanged(bool running);

private:
    void refreshScenarios();
    void onFinished(const sim::Results &results);
    void recordRun(const sim::Results &results);
    QString constraintName(const sim::Results &results) const;

    QPointer<editor::Document> mDocument;
    // What the running simulation was started on: results belong to that document, as it was then.
    QPointer<editor::Document> mRunDocument;
    quint64 mRunRevision = 0;
    bool mRunModelSaved = false;
    SimulationRunner *mRunner;
    QComboBox *mScenario;
    QSpinBox *mReplications;
    QPushButton *mRun;
    QPushButton *mCancel;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QPlainTextEdit *mReport;
    int mScenarioRefreshes = 0;
};

} // namespace oi::app
