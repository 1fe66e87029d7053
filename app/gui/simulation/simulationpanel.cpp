// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simulationpanel.h"

#include "app/gui/simulation/simulationrunner.h"

#include "editor/document/document.h"
#include "editor/results/resultsstaleness.h"
#include "model/humanunits.h"
#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/resultsreport.h"
#include "model/runstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oi::app {

SimulationPanel::SimulationPanel(QWidget *parent)
    : QWidget(parent)
    , mRunner(new SimulationRunner(this))
    , mScenario(new QComboBox(this))
    , mReplications(new QSpinBox(this))
    , mPrecision(new QComboBox(this))
    , mAutoWarmup(new QCheckBox(tr("Automatic warm-up"), this))
    , mRun(new QPushButton(QIcon(QStringLiteral(":/icons/run.svg")), tr("Run"), this))
    , mCancel(new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Cancel"), this))
    , mProgress(new QProgressBar(this))
    , mStatus(new QLabel(this))
    , mShow(new QPushButton(QIcon(QStringLiteral(":/icons/results.svg")), tr("Show Results"), this))
    , mStaleness(new editor::results::StalenessWatcher(this))
{
    setObjectName(QStringLiteral("SimulationPanel"));
    mScenario->setObjectName(QStringLiteral("scenario"));
    mScenario->setToolTip(tr("The what-if variant to simulate"));
    mScenario->setAccessibleName(tr("Scenario to simulate"));
    mReplications->setObjectName(QStringLiteral("replications"));
    mReplications->setAccessibleName(tr("Replications"));
    mReplications->setToolTip(tr("How many independent runs to average; more give narrower intervals"));
    mReplications->setRange(2, 1000);
    mReplications->setValue(10);
    mReplications->setSuffix(tr(" replications"));
    mPrecision->setObjectName(QStringLiteral("precision"));
    mPrecision->setAccessibleName(tr("Precision"));
    mPrecision->setToolTip(tr("Run exactly the replications asked for, or add replications (up to 200) until every "
                              "process's mean cycle time is known to within the share chosen"));
    mPrecision->addItem(tr("exactly"), 0.0);
    for (int percent : { 10, 5, 2, 1 })
        mPrecision->addItem(tr("until ± %1 % of the mean").arg(percent), percent / 100.0);
    mAutoWarmup->setObjectName(QStringLiteral("autoWarmup"));
    mAutoWarmup->setToolTip(tr("Let MSER-5 choose where the start-up of the first replication ends, instead of the "
                               "project's warm-up"));
    mCancel->setEnabled(false);
    mProgress->setTextVisible(true);
    mProgress->setMaximumWidth(220);
    mProgress->hide();
    mStatus->setObjectName(QStringLiteral("simulationStatus"));
    mStatus->setWordWrap(true);
    mStatus->setForegroundRole(QPalette::PlaceholderText);
    mStatus->setText(tr("Run the simulation to see throughput, waits, utilisation and the constraint on the Results "
                        "tab; they are painted on the journey map and the process diagram too."));
    mShow->setObjectName(QStringLiteral("showResults"));
    mShow->setToolTip(tr("The dashboard, the scenario comparison, the run history and the text report"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Scenario:"), this));
    controls->addWidget(mScenario, 1);
    controls->addWidget(mReplications);
    controls->addWidget(mPrecision);
    controls->addWidget(mAutoWarmup);
    controls->addWidget(mRun);
    controls->addWidget(mCancel);
    controls->addWidget(mProgress);
    controls->addWidget(mStatus, 2);
    controls->addWidget(mShow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addStretch(1);

    connect(mRun, &QPushButton::clicked, this, &SimulationPanel::run);
    connect(mCancel, &QPushButton::clicked, this, &SimulationPanel::cancel);
    connect(mRunner, &SimulationRunner::progress, this, [this](int done, int planned) {
        mProgress->setRange(0, planned);
        mProgress->setValue(done);
    });
    connect(mRunner, &SimulationRunner::finished, this, &SimulationPanel::onFinished);
    connect(mShow, &QPushButton::clicked, this, &SimulationPanel::resultsViewRequested);
    connect(mStaleness, &editor::results::StalenessWatcher::staleChanged, this, &SimulationPanel::onStale);
}

void SimulationPanel::setDocument(editor::Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mRunner->cancel();
    mDocument = document;
    if (mDocument) {
        // Only scenarios and the project's run settings are shown here: other edits cost nothing.
        connect(mDocument, &editor::Document::changed, this, [this](const editor::ChangeEvent &e) {
            if (e.type == editor::ChangeEvent::DocumentReset) {
                refreshScenarios();
            } else if (e.type >= editor::ChangeEvent::EntitiesAdded) {
                const auto &ee = static_cast<const editor::EntityChangeEvent &>(e);
                if (ee.kind == editor::EntityKind::Scenario
                    || (ee.kind == editor::EntityKind::Project
                        && ee.touches(editor::EntityProperty::ProjectSimulation)))
                    refreshScenarios();
            }
        });
    }
    refreshScenarios();
    mReport.clear();
    mStatus->clear();
    mShown.reset();
    mStaleness->watch(nullptr, nullptr);
    emit resultsChanged(nullptr);
}

QString SimulationPanel::report() const
{
    return mReport;
}

QString SimulationPanel::status() const
{
    return mStatus->text();
}

void SimulationPanel::clearMaps()
{
    mShown.reset();
    mStaleness->watch(nullptr, nullptr);
    emit resultsChanged(nullptr);
}

void SimulationPanel::onStale(bool stale)
{
    // Stale results would show the old constraint on the new model: take them off the maps and say so.
    // An undo back to the simulated model brings them back.
    if (!mShown)
        return;
    emit resultsChanged(stale ? nullptr : mShown);
    mStatus->setText(stale ? tr("The project changed after the run: its results were taken off the maps (the "
                                "Results tab keeps them, marked). Run again (F5) for current figures.")
                           : tr("The project is as simulated again: the results are back on the maps."));
}

void SimulationPanel::refreshScenarios()
{
    ++mScenarioRefreshes;
    const QString current = mScenario->currentData().toString();
    mScenario->clear();
    mScenario->addItem(tr("Base model"), QString());
    if (mDocument) {
        for (const model::Scenario &s : mDocument->project().scenarios)
            mScenario->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
        const int replications = mDocument->project().simulation.replications;
        if (replications > 0 && !mRunner->isRunning())
            mReplications->setValue(replications);
    }
    const int index = mScenario->findData(current);
    mScenario->setCurrentIndex(index >= 0 ? index : (mScenario->count() > 1 ? 1 : 0));
}

void SimulationPanel::setPrecision(double share)
{
    const int index = mPrecision->findData(share);
    mPrecision->setCurrentIndex(index >= 0 ? index : 0);
}

void SimulationPanel::setAutoWarmup(bool on)
{
    mAutoWarmup->setChecked(on);
}

bool SimulationPanel::setScenario(const QString &scenarioId)
{
    const int index = mScenario->findData(scenarioId);
    if (index < 0)
        return false;
    mScenario->setCurrentIndex(index);
    return true;
}

void SimulationPanel::run()
{
    if (!mDocument || mRunner->isRunning())
        return;
    QString error;
    const SimulationRunner::Options options { mReplications->value(), mPrecision->currentData().toDouble(),
        mAutoWarmup->isChecked() };
    if (!mRunner->start(mDocument->project(), mScenario->currentData().toString(), options, &error)) {
        mStatus->setText(error);
        return;
    }
    mRunDocument = mDocument;
    mRunRevision = mDocument->revision();
    mRunModelSaved = !mDocument->isModified();
    mRun->setEnabled(false);
    mCancel->setEnabled(true);
    mProgress->setRange(0, 0);
    mProgress->show();
    mStatus->setText(tr("Simulating %1…").arg(mScenario->currentText()));
    emit runningChanged(true);
}

void SimulationPanel::cancel()
{
    mRunner->cancel();
    mStatus->setText(tr("Cancelling…"));
}

void SimulationPanel::onFinished(const sim::Results &results)
{
    mRun->setEnabled(true);
    mCancel->setEnabled(false);
    mProgress->hide();
    emit runningChanged(false);
    // A run that finished after its document was closed or replaced describes another project:
    // never paint it on this one's maps or keep it in this one's run history.
    if (!mRunDocument || mRunDocument != mDocument) {
        mStatus->setText(tr("The finished run belonged to a project that is no longer open; it was set aside."));
        return;
    }
    if (results.cancelled) {
        mStatus->setText(tr("Cancelled; the previous results stay on the map."));
        return;
    }
    if (!results.ok) {
        mStatus->setText(tr("The simulation stopped: %1").arg(QString::fromStdString(results.error)));
        mReport = mStatus->text();
        return;
    }
    mReport = model::formatResultsText(results, {}, mDocument ? &mDocument->project() : nullptr);
    QString status
        = results.bottlenecks.empty() ? tr("Done.") : tr("Done. The constraint is %1.").arg(constraintName(results));
    if (results.precisionTarget > 0)
        status += u' ' + tr("%n replications were needed.", nullptr, results.replications);
    if (results.warmupDetected)
        status += u' '
            + tr("MSER-5 chose a warm-up of %1.")
                  .arg(model::humanDuration(
                      results.warmup, model::timeUnitFromName(QString::fromStdString(results.layout.timeUnit))));
    for (const std::string &w : results.warnings)
        if (results.precisionTarget > 0 && QString::fromStdString(w).startsWith(QLatin1String("precision target")))
            status += u' ' + tr("The precision asked for was not reached within the replications allowed.");
    if (mDocument->revision() != mRunRevision)
        status += u' '
            + tr("The project was edited during the run: the figures describe it as it was when the run started.");
    mStatus->setText(status);
    if (mDocument) {
        mShown = std::make_shared<const sim::Results>(results);
        emit resultsChanged(mShown);
        recordRun(results);
        mStaleness->watch(mDocument, mShown);
    }
}

QString SimulationPanel::constraintName(const sim::Results &results) const
{
    // People read names; the ids are what the file and the CLI speak.
    const sim::Bottleneck &b = results.bottlenecks.front();
    const QString roleId = QString::fromStdString(b.role);
    const QString nodeRef = QString::fromStdString(b.node);
    if (!mDocument)
        return tr("%1 at %2").arg(roleId, nodeRef);
    const model::Project &p = mDocument->project();
    const model::Role *role = p.role(roleId);
    const model::Process *process = p.process(nodeRef.section(u'/', 0, 0));
    const model::Node *node = process ? process->node(nodeRef.section(u'/', 1)) : nullptr;
    const QString where = process && node
        ? process->name + QStringLiteral(" › ") + (node->name.isEmpty() ? node->id : node->name)
        : nodeRef;
    return tr("%1 at %2").arg(role ? role->name : roleId, where);
}

void SimulationPanel::recordRun(const sim::Results &results)
{
    // The native document keeps its run history; a YAML project (or an unsaved one) has no place for it.
    const QString file = mDocument->fileName();
    if (model::formatForFileName(file) != model::FileFormat::Sqlite)
        return;
    model::RunRecord run;
    run.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    run.scenario = QString::fromStdString(results.scenario);
    QJsonObject settings;
    settings.insert(QStringLiteral("replications"), results.replications);
    settings.insert(QStringLiteral("horizon"), results.horizon);
    settings.insert(QStringLiteral("warmup"), results.warmup);
    settings.insert(QStringLiteral("seed"), QString::number(results.seed));
    // A run of edits not yet saved describes a model the file does not hold; say so.
    settings.insert(QStringLiteral("model_saved"), mRunModelSaved); // judged when the run started
    run.settingsJson = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    run.resultsJson = QString::fromUtf8(QJsonDocument(model::resultsToJson(results)).toJson(QJsonDocument::Compact));
    QString error;
    if (model::appendRun(file, run, &error))
        mStatus->setText(mStatus->text() + u' ' + tr("Kept in the project's run history."));
    else
        mStatus->setText(mStatus->text() + u' ' + tr("The run could not be kept: %1").arg(error));
}

} // namespace oi::app
