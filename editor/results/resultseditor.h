// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

namespace oi::editor::results {
class ResultsView;
}

namespace oi::editor {

/**
 * Simulation results in the studio (`--view results`): the dashboard of the last run, the
 * scenario comparison, the run history and the text report. It edits nothing. Results cleared
 * from the maps (the model changed, or Clear Results) stay here, marked when they are stale,
 * until the next run or another document.
 */
class ResultsEditor : public Editor
{
    Q_OBJECT
public:
    explicit ResultsEditor(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("results"); }
    QString title() const override;
    QIcon icon() const override;
    void showResults(const std::shared_ptr<const sim::Results> &results) override;
    QList<QAction *> actions(Place place) const override;
    /** The run behind the dashboard: settings, precision achieved, whether it still describes the model. */
    QWidget *propertiesWidget() const override;

    results::ResultsView *view() const { return mView; }
    /** Turns to the Advice page and advises on `scenarioId` (empty: the one chosen there). */
    void advise(const QString &scenarioId = {});

protected:
    void documentChanged() override;

private:
    results::ResultsView *mView;
    QList<QAction *> mViewActions;
};

} // namespace oi::editor
