// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/results.h"

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}
namespace oi::editor::results {
class StalenessWatcher;
}

namespace oi::app {

class SimulationRunner;

/**
 * The Simulation dock: choose a scenario and replications, run on a worker thread with progress
 * and cancel. Results go to the Results tab (dashboard and text report) and are painted on the
 * maps until the model changes in a way that makes them stale; a run never blocks the window.
 */
class SimulationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationPanel(QWidget *parent = nullptr);

    void setDocument(editor::Document *document);
    SimulationRunner *runner() const { return mRunner; }
    /** The text report of the last run (the Results tab shows it). */
    QString report() const;
    QString status() const;
    /** How often the scenario list was refilled (tests: edits elsewhere must not refill it). */
    int scenarioRefreshes() const { return mScenarioRefreshes; }

    /** Chooses the scenario to run (empty: the base model); false when the project has no such scenario. */
    bool setScenario(const QString &scenarioId);
    /** Runs until every cycle-time interval is within `share` of its mean (0: the replications asked for). */
    void setPrecision(double share);
    void setAutoWarmup(bool on);

public slots:
    void run();
    void cancel();
    /** Takes the results off the maps for good (Clear Results): an undo back to the model brings none back. */
    void clearMaps();

signals:
    /** New results to paint on the maps (null: clear them). */
    void resultsChanged(const std::shared_ptr<const oi::sim::Results> &results);
    void runningChanged(bool running);
    /** The user asked to see the results (the window brings the Results tab to the front). */
    void resultsViewRequested();

private:
    void refreshScenarios();
    void onFinished(const sim::Results &results);
    void recordRun(const sim::Results &results);
    void onStale(bool stale);
    QString constraintName(const sim::Results &results) const;

    QPointer<editor::Document> mDocument;
    // What the running simulation was started on: results belong to that document, as it was then.
    QPointer<editor::Document> mRunDocument;
    quint64 mRunRevision = 0;
    bool mRunModelSaved = false;
    SimulationRunner *mRunner;
    QComboBox *mScenario;
    QSpinBox *mReplications;
    QComboBox *mPrecision;
    QCheckBox *mAutoWarmup;
    QPushButton *mRun;
    QPushButton *mCancel;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QPushButton *mShow;
    QString mReport;
    std::shared_ptr<const sim::Results> mShown; // what the maps show
    editor::results::StalenessWatcher *mStaleness;
    int mScenarioRefreshes = 0;
};

} // namespace oi::app
