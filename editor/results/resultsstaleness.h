// SPDX-License-Identifier: GPL-3.0-or-later
// Whether results still describe the model: the engine's input for their scenario, built from the
// project as it is now, has the fingerprint of the input they ran on. Layout moves, names, the
// journey and the strategy change nothing the engine sees, so they leave results current; an
// undo back to the simulated model makes them current again.
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace oi::editor {
class Document;
}

namespace oi::editor::results {

bool resultsMatchModel(const model::Project &project, const sim::Results &results);

/** Watches a document for edits that make given results stale; debounced, so typing costs nothing. */
class StalenessWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StalenessWatcher(QObject *parent = nullptr);

    /** Starts watching `results` against `document` (null either: stops; not stale). */
    void watch(Document *document, const std::shared_ptr<const sim::Results> &results);
    bool isStale() const { return mStale; }
    /** Checks now instead of after the pause (tests; before a screenshot). */
    void checkNow();

signals:
    void staleChanged(bool stale);

private:
    QPointer<Document> mDocument;
    std::shared_ptr<const sim::Results> mResults;
    QTimer mPause;
    bool mStale = false;
};

} // namespace oi::editor::results
