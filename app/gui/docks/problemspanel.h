// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QTreeWidget>

namespace oi::app {

/** The Problems dock: every error and warning with its place; double-click jumps to the entity. */
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setProblems(const model::Problems &problems);

signals:
    void entityActivated(const QString &kind, const QString &id);
};

} // namespace oi::app
