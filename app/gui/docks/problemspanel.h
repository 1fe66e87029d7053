// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "model/problem.h"
#include "model/project.h"

#include <QTreeWidget>

namespace oi::app {

/** The Problems dock: every error and warning with its place; double-click jumps to the entity. */
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    /** Lists `problems`; with `project`, places read as names (the ids stay in the tooltip). */
    void setProblems(const model::Problems &problems, const model::Project *project = nullptr);
    /** How often the list was refilled (tests: typing must not refill it per keystroke). */
    int rebuildCount() const { return mRebuilds; }

signals:
    void entityActivated(const oi::editor::EntityRef &ref);

private:
    int mRebuilds = 0;
};

} // namespace oi::app
