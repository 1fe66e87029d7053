// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/processes/processesview.h"

#include "editor/commands/undotext.h"
#include "editor/document/document.h"
#include "editor/document/documentfollower.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"

#include <QHeaderView>
#include <QUndoStack>

namespace oi::app {

namespace {
QString nodeTypeName(model::NodeType t)
{
    switch (t) {
    case model::NodeType::Start: return ProcessesView::tr("Start");
    case model::NodeType::End: return ProcessesView::tr("End");
    case model::NodeType::Task: return ProcessesView::tr("Task");
    case model::NodeType::Xor: return ProcessesView::tr("Decision (xor)");
    case model::NodeType::AndSplit: return ProcessesView::tr("Parallel split");
    case model::NodeType::AndJoin: return ProcessesView::tr("Parallel join");
    case model::NodeType::Timer: return ProcessesView::tr("Timer");
    }
    return {};
}

QString describe(const model::Distribution &d)
{
    using K = model::DistKind;
    const auto n = [](double v) { return QString::number(v, 'g', 4); };
    switch (d.kind) {
    case K::None: return {};
    case K::Fixed: return n(d.value);
    case K::Uniform: return ProcessesView::tr("uniform %1–%2").arg(n(d.min), n(d.max));
    case K::Triangular: return ProcessesView::tr("triangular %1/%2/%3").arg(n(d.min), n(d.mode), n(d.max));
    case K::Exponential: return ProcessesView::tr("exponential, mean %1").arg(n(d.mean));
    case K::Normal: return ProcessesView::tr("normal %1 ± %2").arg(n(d.mean), n(d.sd));
    case K::Lognormal: return ProcessesView::tr("lognormal %1 ± %2").arg(n(d.mean), n(d.sd));
    case K::Gamma: return ProcessesView::tr("gamma %1 ± %2").arg(n(d.mean), n(d.sd));
    case K::Erlang: return ProcessesView::tr("Erlang-%1, mean %2").arg(d.k).arg(n(d.mean));
    case K::Empirical: return ProcessesView::tr("empirical (%n values)", nullptr, int(d.values.size()));
    }
    return {};
}
} // namespace

ProcessesView::ProcessesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ProcessesView"));
    setAccessibleName(tr("Processes"));
    setWhatsThis(tr("<p><b>Processes</b></p><p>Every process of the project at a glance: its steps in flow "
                    "order, the role that performs each task and the time it takes. The page is read-only: "
                    "draw a process on the Process tab.</p><p>Processes linked to what is selected elsewhere "
                    "are highlighted.</p>"));
    setHeaderLabels(
        { tr("Process / step"), tr("Kind"), tr("Performed by"), tr("Time (arrivals: between cases)"), tr("Next") });
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Processes, their nodes, and the roles that perform the tasks (by name).
    mFollower = new editor::DocumentFollower(this,
        editor::showsKinds({ editor::EntityKind::Process, editor::EntityKind::Node, editor::EntityKind::Role }),
        [this] {
            rebuild();
            markChain();
        });
}

void ProcessesView::setDocument(editor::Document *document)
{
    if (mDocument)
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument->selection(), &editor::Selection::changed, this, &ProcessesView::markChain);
    mFollower->setDocument(document);
}

void ProcessesView::markChain()
{
    const QStringList chain = mDocument ? editor::selectionChain(*mDocument).processes : QStringList {};
    const QBrush linked(QColor(0xfe, 0xf3, 0xc7)); // text on it keeps a contrast above 4.5:1
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        const bool on = chain.contains(top->data(0, Qt::UserRole).toString());
        for (int c = 0; c < columnCount(); ++c) {
            top->setBackground(c, on ? linked : QBrush());
            top->setForeground(c, on ? QBrush(QColor(0x1a, 0x20, 0x2c)) : QBrush());
        }
    }
}

int ProcessesView::rebuildCount() const
{
    return mFollower->rebuilds();
}

void ProcessesView::rebuild()
{
    clear();
    if (!mDocument)
        return;
    const model::Project &p = mDocument->project();
    const QString unit = p.timeUnit == model::TimeUnit::Minute ? tr("min")
        : p.timeUnit == model::TimeUnit::Hour                  ? tr("h")
                                                               : tr("days");
    for (const model::Process &proc : p.processes) {
        auto *top = new QTreeWidgetItem(this,
            { proc.name,
                editor::countedText("oi::app::ProcessesView", QT_TRANSLATE_NOOP("oi::app::ProcessesView", "1 step"),
                    QT_TRANSLATE_N_NOOP("oi::app::ProcessesView", "%n steps"), qsizetype(proc.nodes.size())) });
        top->setData(0, Qt::UserRole, proc.id);
        top->setToolTip(0, proc.description);
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        for (const model::Node &node : proc.nodes) {
            QStringList next;
            for (const model::Flow &flow : proc.flows) {
                if (flow.from != node.id)
                    continue;
                const model::Node *target = proc.node(flow.to);
                const QString name = target && !target->name.isEmpty() ? target->name : flow.to;
                next << (flow.probability
                        ? QStringLiteral("%1 (%2 %)").arg(name).arg(*flow.probability * 100, 0, 'g', 3)
                        : name);
            }
            const model::Role *role = p.role(node.role);
            QString time = describe(node.type == model::NodeType::Start ? node.arrivals : node.duration);
            if (!time.isEmpty())
                time += u' ' + unit;
            if (node.type == model::NodeType::Start && node.rateCalendar)
                time = tr("peaky arrivals (%n periods)", nullptr, int(node.rateCalendar->rates.size()));
            auto *item = new QTreeWidgetItem(top,
                { node.name.isEmpty() ? node.id : node.name, nodeTypeName(node.type), role ? role->name : node.role,
                    time, next.join(QStringLiteral(", ")) });
            item->setData(0, Qt::UserRole, node.id);
        }
        top->setExpanded(true);
    }
}

void ProcessesView::selectNode(const QString &processId, const QString &nodeId)
{
    selectProcess(processId);
    QTreeWidgetItem *process = currentItem();
    if (!process || nodeId.isEmpty())
        return;
    for (int i = 0; i < process->childCount(); ++i) {
        if (process->child(i)->data(0, Qt::UserRole).toString() == nodeId) {
            setCurrentItem(process->child(i));
            scrollToItem(process->child(i));
            return;
        }
    }
}

void ProcessesView::selectProcess(const QString &id)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            setCurrentItem(topLevelItem(i));
            scrollToItem(topLevelItem(i), QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

} // namespace oi::app
