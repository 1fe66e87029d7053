// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/problemspanel.h"

#include "model/problemplace.h"

#include <QFileInfo>
#include <QHeaderView>

namespace oi::app {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ProblemsPanel"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({ tr("Problem"), tr("Where"), tr("File") });
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // Problem::entity reads "<kind> <id>[/<node>]"; the kind word is the dock's vocabulary.
        const QString entity = item->data(1, Qt::UserRole).toString();
        const qsizetype space = entity.indexOf(u' ');
        editor::EntityKind kind;
        if (space <= 0 || !editor::entityKindFromName(entity.left(space), &kind))
            return;
        // "process support/node triage" names a node; "journey j/stage s" a stage of its journey.
        const QString id = entity.mid(space + 1);
        const QString owner = id.section(u'/', 0, 0);
        if (kind == editor::EntityKind::Process && id.contains(QLatin1String("/node ")))
            emit entityActivated(editor::EntityRef { editor::EntityKind::Node, owner + u'/' + id.section(u' ', 1) });
        else
            emit entityActivated(editor::EntityRef { kind, owner });
    });
}

void ProblemsPanel::setProblems(const model::Problems &problems, const model::Project *project)
{
    ++mRebuilds;
    clear();
    for (const model::Problem &p : problems) {
        QString ids = p.entity;
        if (!p.field.isEmpty())
            ids += (ids.isEmpty() ? QString() : QStringLiteral(" · ")) + p.field;
        const QString where = project ? model::readablePlace(*project, p) : ids;
        QString file = QFileInfo(p.file).fileName();
        if (p.line > 0)
            file += QStringLiteral(":%1:%2").arg(p.line).arg(p.column);
        auto *item = new QTreeWidgetItem(this, { p.message, where, file });
        item->setIcon(
            0, QIcon(p.isError() ? QStringLiteral(":/icons/error.svg") : QStringLiteral(":/icons/warning.svg")));
        item->setData(1, Qt::UserRole, p.entity);
        item->setToolTip(1, ids);
        item->setToolTip(0, p.toString());
    }
    if (problems.empty()) {
        auto *item = new QTreeWidgetItem(this, { tr("No problems found.") });
        item->setIcon(0, QIcon(QStringLiteral(":/icons/ok.svg")));
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace oi::app
