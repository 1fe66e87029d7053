// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace oi::editor::results {

/**
 * The run behind the dashboard, for the Properties dock: what ran (scenario, replications, seed,
 * horizon, warm-up), how precise it came out (each process's cycle-time interval as a share of its
 * mean), what it cost to compute, and whether it still describes the model.
 */
class RunDetails : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetails(QWidget *parent = nullptr);

    void setResults(const std::shared_ptr<const model::Project> &project,
        const std::shared_ptr<const sim::Results> &results, bool stale);
    QString text() const;

private:
    QLabel *mText;
};

} // namespace oi::editor::results
