// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/projecttree.h"

#include "editor/commands/undotext.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"

#include <QHeaderView>
#include <QMimeData>
#include <QSet>

namespace oi::app {

using editor::EntityKind;

namespace {

constexpr EntityKind kGroups[] = { EntityKind::Strategy, EntityKind::Persona, EntityKind::Journey, EntityKind::Role,
    EntityKind::Responsibility, EntityKind::Process, EntityKind::Requirement, EntityKind::Scenario };

QString groupTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Strategy: return ProjectTree::tr("Strategies");
    case EntityKind::Persona: return ProjectTree::tr("Personas");
    case EntityKind::Journey: return ProjectTree::tr("Journeys");
    case EntityKind::Role: return ProjectTree::tr("Roles");
    case EntityKind::Process: return ProjectTree::tr("Processes");
    case EntityKind::Requirement: return ProjectTree::tr("Requirements");
    case EntityKind::Scenario: return ProjectTree::tr("Scenarios");
    case EntityKind::Responsibility: return ProjectTree::tr("Responsibilities");
    default: return {};
    }
}

struct Leaf
{
    QString id, text, tip;
};

/** The leaves of one group, in model order: what a person reads (names), with the details as tooltip. */
QList<Leaf> leaves(const model::Project &p, EntityKind kind)
{
    QList<Leaf> result;
    switch (kind) {
    case EntityKind::Strategy:
        for (const auto &s : p.strategies)
            result.append({ s.id, s.title, s.statement });
        break;
    case EntityKind::Persona:
        for (const auto &s : p.personas)
            result.append({ s.id, s.name, s.description });
        break;
    case EntityKind::Journey:
        for (const auto &s : p.journeys)
            result.append({ s.id, s.name,
                editor::countedText("oi::app::ProjectTree", QT_TRANSLATE_NOOP("oi::app::ProjectTree", "1 step"),
                    QT_TRANSLATE_N_NOOP("oi::app::ProjectTree", "%n steps"), qsizetype(s.steps.size())) });
        break;
    case EntityKind::Role:
        for (const auto &s : p.roles)
            result.append({ s.id, s.name, s.department });
        break;
    case EntityKind::Process:
        for (const auto &s : p.processes)
            result.append({ s.id, s.name, s.description });
        break;
    case EntityKind::Requirement:
        for (const auto &s : p.requirements)
            result.append({ s.id, s.text, s.text });
        break;
    case EntityKind::Scenario:
        for (const auto &s : p.scenarios)
            result.append({ s.id, s.name, s.description });
        break;
    case EntityKind::Responsibility:
        for (const auto &s : p.responsibilities)
            result.append({ s.id, s.text, s.text });
        break;
    default: break;
    }
    return result;
}

void setLeaf(QTreeWidgetItem *item, const Leaf &leaf)
{
    item->setText(0, leaf.text.isEmpty() ? leaf.id : leaf.text);
    item->setToolTip(0, leaf.tip.isEmpty() ? leaf.id : leaf.tip);
}
} // namespace

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
            emit entityActivated(editor::EntityRef { EntityKind(item->data(0, KindRole).toInt()), id });
    });
    connect(this, &QTreeWidget::itemSelectionChanged, this, &ProjectTree::publishSelection);
}

void ProjectTree::setDocument(editor::Document *document)
{
    if (mDocument) {
        disconnect(mDocument, nullptr, this, nullptr);
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    }
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &editor::Document::changed, this, &ProjectTree::onChanged);
        connect(mDocument->selection(), &editor::Selection::changed, this, &ProjectTree::followSelection);
    }
    rebuild();
}

void ProjectTree::onChanged(const editor::ChangeEvent &event)
{
    using E = editor::ChangeEvent;
    switch (event.type) {
    case E::DocumentReset: rebuild(); break;
    case E::JourneyChanged: {
        const auto &e = static_cast<const editor::JourneyChangeEvent &>(event);
        if (e.properties & editor::JourneyChangeEvent::NameProperty)
            updateItems(EntityKind::Journey, { e.journey });
        break;
    }
    case E::JourneyAdded:
    case E::JourneyRemoved: rebuildGroup(EntityKind::Journey); break;
    case E::StepsAdded:
    case E::StepsRemoved: // the journey's tooltip counts its steps
        updateItems(EntityKind::Journey, { static_cast<const editor::StepChangeEvent &>(event).journey });
        break;
    case E::EntitiesAdded:
    case E::EntitiesRemoved:
    case E::EntitiesReordered: rebuildGroup(static_cast<const editor::EntityChangeEvent &>(event).kind); break;
    case E::EntitiesChanged: {
        const auto &e = static_cast<const editor::EntityChangeEvent &>(event);
        updateItems(e.kind, e.ids);
        break;
    }
    default: break; // stages and step fields are not in the tree
    }
}

QTreeWidgetItem *ProjectTree::group(EntityKind kind) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, KindRole).toInt() == int(kind))
            return topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *ProjectTree::item(EntityKind kind, const QString &id) const
{
    QTreeWidgetItem *g = group(kind);
    for (int i = 0; g && i < g->childCount(); ++i)
        if (g->child(i)->data(0, IdRole).toString() == id)
            return g->child(i);
    return nullptr;
}

void ProjectTree::rebuild()
{
    ++mFullRebuilds;
    // Keep the user's expanded groups across rebuilds: edits must not make the tree jump.
    QSet<int> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (!topLevelItem(i)->isExpanded())
            collapsed.insert(topLevelItem(i)->data(0, KindRole).toInt());
    const bool first = topLevelItemCount() == 0;
    const QSignalBlocker blocker(this);
    clear();
    if (!mDocument)
        return;
    for (EntityKind kind : kGroups) {
        auto *g = new QTreeWidgetItem(this);
        g->setData(0, KindRole, int(kind));
        g->setIcon(0, QIcon(QStringLiteral(":/icons/%1.svg").arg(editor::entityKindName(kind))));
        g->setFlags(Qt::ItemIsEnabled);
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        fillGroup(g, kind);
        g->setExpanded(first ? kind != EntityKind::Requirement : !collapsed.contains(int(kind)));
    }
    followSelection();
}

void ProjectTree::rebuildGroup(EntityKind kind)
{
    QTreeWidgetItem *g = group(kind);
    if (!g || !mDocument)
        return;
    ++mGroupRebuilds;
    const QSignalBlocker blocker(this);
    qDeleteAll(g->takeChildren());
    fillGroup(g, kind);
    followSelection();
}

void ProjectTree::fillGroup(QTreeWidgetItem *g, EntityKind kind)
{
    const QList<Leaf> list = leaves(mDocument->project(), kind);
    g->setText(0, QStringLiteral("%1 (%2)").arg(groupTitle(kind)).arg(list.size()));
    for (const Leaf &leaf : list) {
        auto *item = new QTreeWidgetItem(g);
        item->setData(0, KindRole, int(kind));
        item->setData(0, IdRole, leaf.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        setLeaf(item, leaf);
    }
}

void ProjectTree::updateItems(EntityKind kind, const QStringList &ids)
{
    if (!mDocument || !group(kind))
        return;
    const QList<Leaf> list = leaves(mDocument->project(), kind);
    for (const Leaf &leaf : list) {
        if (!ids.contains(leaf.id))
            continue;
        if (QTreeWidgetItem *i = item(kind, leaf.id))
            setLeaf(i, leaf);
    }
}

void ProjectTree::followSelection()
{
    if (!mDocument)
        return;
    mSyncing = true;
    const QSignalBlocker blocker(this);
    QTreeWidgetItem *first = nullptr;
    QList<QTreeWidgetItem *> wanted;
    for (const editor::EntityRef &ref : mDocument->selection()->entities()) {
        // A node of a process is shown as its process.
        const EntityKind kind = ref.kind == EntityKind::Node ? EntityKind::Process : ref.kind;
        if (QTreeWidgetItem *i = item(kind, ref.id.section(u'/', 0, 0)))
            wanted.append(i);
    }
    // A selection of things the tree does not list (steps on the map) leaves the tree's own be.
    if (!wanted.isEmpty() || mDocument->selection()->entities().isEmpty()) {
        clearSelection();
        for (QTreeWidgetItem *i : wanted) {
            i->setSelected(true);
            i->parent()->setExpanded(true);
            if (!first)
                first = i;
        }
        if (first) {
            setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
            scrollToItem(first);
        }
    }
    markChain();
    mSyncing = false;
}

void ProjectTree::markChain()
{
    // Everything linked to the selection, through the outside-in chain, reads in bold.
    const model::Chain chain = editor::selectionChain(*mDocument);
    const std::pair<EntityKind, const QStringList *> linked[]
        = { { EntityKind::Strategy, &chain.strategies }, { EntityKind::Role, &chain.roles },
              { EntityKind::Process, &chain.processes }, { EntityKind::Requirement, &chain.requirements } };
    for (const auto &[kind, ids] : linked) {
        QTreeWidgetItem *g = group(kind);
        for (int i = 0; g && i < g->childCount(); ++i) {
            QTreeWidgetItem *leaf = g->child(i);
            const bool inChain = ids->contains(leaf->data(0, IdRole).toString());
            if (leaf->font(0).bold() != inChain) {
                QFont f = leaf->font(0);
                f.setBold(inChain);
                leaf->setFont(0, f);
            }
        }
    }
}

bool ProjectTree::isMarked(EntityKind kind, const QString &id) const
{
    const QTreeWidgetItem *i = item(kind, id);
    return i && i->font(0).bold();
}

void ProjectTree::publishSelection()
{
    if (mSyncing || !mDocument)
        return;
    editor::EntityRefs refs;
    for (QTreeWidgetItem *i : selectedItems()) {
        const QString id = i->data(0, IdRole).toString();
        if (!id.isEmpty())
            refs.append({ EntityKind(i->data(0, KindRole).toInt()), id });
    }
    mSyncing = true;
    mDocument->selection()->set(refs);
    mSyncing = false;
}

bool ProjectTree::selectEntity(const QString &kind, const QString &id)
{
    EntityKind k;
    if (!editor::entityKindFromName(kind, &k))
        return false;
    QTreeWidgetItem *i = item(k, id);
    if (!i)
        return false;
    i->parent()->setExpanded(true);
    setCurrentItem(i);
    scrollToItem(i);
    return true;
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
            refs << editor::entityKindName(EntityKind(item->data(0, KindRole).toInt())) + u':' + id;
    }
    if (refs.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), refs.join(u'\n').toUtf8());
    data->setText(refs.join(u'\n'));
    return data;
}

} // namespace oi::app
