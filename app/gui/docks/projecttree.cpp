// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/projecttree.h"

#include "app/gui/docks/followdocument.h"

#include "editor/document/document.h"

#include <QHeaderView>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

namespace oi::app {

namespace {
enum Roles { KindRole = Qt::UserRole + 1, IdRole };
}

ProjectTree::ProjectTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ProjectTree"));
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            emit entityActivated(item->data(0, KindRole).toString(), id);
    });
}

void ProjectTree::setDocument(editor::Document *document)
{
    followDocument(this, mDocument, document, &ProjectTree::rebuild);
}

void ProjectTree::rebuild()
{
    // Keep the user's expanded groups across rebuilds: edits must not make the tree jump.
    QSet<QString> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (!topLevelItem(i)->isExpanded())
            collapsed.insert(topLevelItem(i)->data(0, KindRole).toString());
    const bool first = topLevelItemCount() == 0;
    clear();
    if (!mDocument)
        return;
    const model::Project &p = mDocument->project();

    auto group = [&](const QString &kind, const QString &title, int count) {
        auto *item = new QTreeWidgetItem(this, { QStringLiteral("%1 (%2)").arg(title).arg(count) });
        item->setData(0, KindRole, kind);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/%1.svg").arg(kind)));
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(first ? kind != QLatin1String("requirement") : !collapsed.contains(kind));
        return item;
    };
    auto leaf
        = [](QTreeWidgetItem *parent, const QString &kind, const QString &id, const QString &text, const QString &tip) {
              auto *item = new QTreeWidgetItem(parent, { text.isEmpty() ? id : text });
              item->setData(0, KindRole, kind);
              item->setData(0, IdRole, id);
              item->setToolTip(0, tip.isEmpty() ? id : tip);
              item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
          };

    QTreeWidgetItem *g = group(QStringLiteral("strategy"), tr("Strategies"), int(p.strategies.size()));
    for (const auto &s : p.strategies)
        leaf(g, QStringLiteral("strategy"), s.id, s.title, s.statement);
    g = group(QStringLiteral("persona"), tr("Personas"), int(p.personas.size()));
    for (const auto &s : p.personas)
        leaf(g, QStringLiteral("persona"), s.id, s.name, s.description);
    g = group(QStringLiteral("journey"), tr("Journeys"), int(p.journeys.size()));
    for (const auto &s : p.journeys)
        leaf(g, QStringLiteral("journey"), s.id, s.name, tr("%n steps", nullptr, int(s.steps.size())));
    g = group(QStringLiteral("role"), tr("Roles"), int(p.roles.size()));
    for (const auto &s : p.roles)
        leaf(g, QStringLiteral("role"), s.id, s.name, s.department);
    g = group(QStringLiteral("process"), tr("Processes"), int(p.processes.size()));
    for (const auto &s : p.processes)
        leaf(g, QStringLiteral("process"), s.id, s.name, s.description);
    g = group(QStringLiteral("requirement"), tr("Requirements"), int(p.requirements.size()));
    for (const auto &s : p.requirements)
        leaf(g, QStringLiteral("requirement"), s.id, s.id + QStringLiteral(" — ") + s.text, s.text);
    g = group(QStringLiteral("scenario"), tr("Scenarios"), int(p.scenarios.size()));
    for (const auto &s : p.scenarios)
        leaf(g, QStringLiteral("scenario"), s.id, s.name, s.description);
}

bool ProjectTree::selectEntity(const QString &kind, const QString &id)
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        if (group->data(0, KindRole).toString() != kind)
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, IdRole).toString() == id) {
                group->setExpanded(true);
                setCurrentItem(group->child(i));
                scrollToItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

QStringList ProjectTree::mimeTypes() const
{
    return { mimeType(), QStringLiteral("text/plain") };
}

QMimeData *ProjectTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    QStringList refs;
    for (const QTreeWidgetItem *item : items) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            refs << item->data(0, KindRole).toString() + u':' + id;
    }
    if (refs.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), refs.join(u'\n').toUtf8());
    data->setText(refs.join(u'\n'));
    return data;
}

} // namespace oi::app
