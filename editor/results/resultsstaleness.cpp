// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/resultsstaleness.h"

#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include "model/simulationinput.h"

namespace oi::editor::results {

bool resultsMatchModel(const model::Project &project, const sim::Results &results)
{
    QString error;
    const auto input = model::toSimulationInput(project, QString::fromStdString(results.scenario), &error);
    return input && sim::inputFingerprint(*input) == results.modelFingerprint;
}

StalenessWatcher::StalenessWatcher(QObject *parent)
    : QObject(parent)
{
    mPause.setSingleShot(true);
    mPause.setInterval(250);
    connect(&mPause, &QTimer::timeout, this, &StalenessWatcher::checkNow);
}

void StalenessWatcher::watch(Document *document, const std::shared_ptr<const sim::Results> &results)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mPause.stop();
    mDocument = document;
    mResults = results;
    if (mDocument && mResults)
        connect(mDocument, &Document::changed, this, [this](const ChangeEvent &e) {
            // Only what the engine reads can make results stale: not journeys, personas,
            // strategies or requirements.
            if (e.type >= ChangeEvent::JourneyChanged && e.type < ChangeEvent::EntitiesAdded)
                return;
            if (e.type >= ChangeEvent::EntitiesAdded) {
                const EntityKind kind = static_cast<const EntityChangeEvent &>(e).kind;
                if (kind != EntityKind::Project && kind != EntityKind::Role && kind != EntityKind::Process
                    && kind != EntityKind::Node && kind != EntityKind::Scenario)
                    return;
            }
            mPause.start();
        });
    checkNow();
}

void StalenessWatcher::checkNow()
{
    mPause.stop();
    const bool stale = mDocument && mResults && !resultsMatchModel(mDocument->project(), *mResults);
    if (stale != mStale) {
        mStale = stale;
        emit staleChanged(stale);
    }
}

} // namespace oi::editor::results
