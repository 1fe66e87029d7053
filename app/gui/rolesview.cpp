// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolesview.h"

#include "editor/document.h"

#include <QHeaderView>
#include <QUndoStack>

namespace oi::app {

namespace {
QString officeName(model::Office office)
{
    switch (office) {
    case model::Office::Front: return RolesView::tr("Front office");
    case model::Office::Back: return RolesView::tr("Back office");
    case model::Office::Field: return RolesView::tr("Field");
    }
    return {};
}

QString changeName(model::ChangeKind kind)
{
    switch (kind) {
    case model::ChangeKind::Unchanged: return RolesView::tr("Unchanged");
    case model::ChangeKind::Moved: return RolesView::tr("Moved");
    case model::ChangeKind::New: return RolesView::tr("New");
    case model::ChangeKind::Merged: return RolesView::tr("Merged");
    case model::ChangeKind::Retired: return RolesView::tr("Retired");
    }
    return {};
}
} // namespace

RolesView::RolesView(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("RolesView"));
    setColumnCount(8);
    setHorizontalHeaderLabels({tr("Role"), tr("Department"), tr("Office"), tr("Change"), tr("Driven by"),
                               tr("Headcount"), tr("As-is → to-be"), tr("Cross-trained for")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
}

void RolesView::setDocument(editor::Document *document)
{
    if (mDocument)
        disconnect(mDocument->undoStack(), nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument->undoStack(), &QUndoStack::indexChanged, this, &RolesView::rebuild);
    rebuild();
}

void RolesView::rebuild()
{
    setRowCount(0);
    if (!mDocument)
        return;
    const model::Project &p = mDocument->project();
    setRowCount(int(p.roles.size()));
    int row = 0;
    for (const model::Role &r : p.roles) {
        QString headcount = QString::number(r.headcount);
        if (r.shifts && !r.shifts->capacity.empty()) {
            int peak = 0;
            for (const auto &b : r.shifts->capacity)
                peak = std::max(peak, b.headcount);
            headcount = tr("shifts, peak %1").arg(peak);
        }
        QStringList cross;
        for (const auto &c : r.crossTrained) {
            const model::Role *other = p.role(c.role);
            cross << (other ? other->name : c.role);
        }
        const model::Strategy *s = p.strategy(r.strategy);
        const QString change = r.responsibilitiesAsIs.join(QStringLiteral("; ")) + QStringLiteral("\n→ ")
                               + r.responsibilitiesToBe.join(QStringLiteral("; "));
        const QStringList cells = {r.name, r.department, officeName(r.office), changeName(r.change),
                                   s ? s->title : r.strategy, headcount, change, cross.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, r.id);
            item->setToolTip(cells.at(c));
            setItem(row, c, item);
        }
        ++row;
    }
    resizeRowsToContents();
}

void RolesView::selectRole(const QString &id)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) && item(row, 0)->data(Qt::UserRole).toString() == id) {
            selectRow(row);
            scrollToItem(item(row, 0));
            return;
        }
    }
}

} // namespace oi::app
