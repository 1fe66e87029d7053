// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/decisionstree.h"

#include "editor/properties/entitynames.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace oi::editor {

namespace {

EntityRef subjectRef(const QString &subject)
{
    const QString kind = subject.section(u'/', 0, 0), id = subject.section(u'/', 1);
    if (kind == u"strategy")
        return { EntityKind::Strategy, id };
    if (kind == u"role")
        return { EntityKind::Role, id };
    if (kind == u"scenario")
        return { EntityKind::Scenario, id };
    return {};
}

} // namespace

DecisionsTree::DecisionsTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("decisions"));
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("On"), tr("Decision"), tr("Note"), tr("By"), tr("Date") });
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SubjectColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    for (int c : { VerdictColumn, ByColumn, DateColumn })
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->resizeSection(SubjectColumn, 260);
}

QString DecisionsTree::verdictText(model::Decision::Verdict verdict)
{
    switch (verdict) {
    case model::Decision::Approve: return tr("Approved");
    case model::Decision::Reject: return tr("Rejected");
    case model::Decision::Question: return tr("Questioned");
    }
    return {};
}

EntityRef DecisionsTree::refOf(const QTreeWidgetItem *item)
{
    return item ? item->data(SubjectColumn, RefRole).value<EntityRef>() : EntityRef {};
}

void DecisionsTree::rebuild(const model::Project *project)
{
    clear();
    if (!project)
        return;
    std::vector<const model::Decision *> decisions;
    for (const model::Decision &d : project->decisions)
        decisions.push_back(&d);
    // Newest first; the order recorded breaks ties within a day.
    std::stable_sort(decisions.begin(), decisions.end(),
        [](const model::Decision *a, const model::Decision *b) { return a->date > b->date; });
    for (const model::Decision *d : decisions) {
        const EntityRef ref = subjectRef(d->subject);
        const QString kind = ref.isValid() ? entityKindTitle(ref.kind) : QString();
        const QString name = ref.isValid() ? entityTitle(*project, ref.kind, ref.id) : d->subject;
        auto *item = new QTreeWidgetItem(this);
        item->setText(SubjectColumn, kind.isEmpty() ? name : tr("%1: %2").arg(kind, name));
        item->setToolTip(SubjectColumn, item->text(SubjectColumn));
        item->setData(SubjectColumn, RefRole, QVariant::fromValue(ref));
        item->setText(VerdictColumn, verdictText(d->verdict));
        item->setText(NoteColumn, d->note);
        item->setToolTip(NoteColumn, d->note);
        item->setText(ByColumn, d->by);
        const QDate date = QDate::fromString(d->date, Qt::ISODate);
        item->setText(DateColumn, date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : d->date);
    }
    if (decisions.empty()) {
        auto *none = new QTreeWidgetItem(this);
        none->setText(
            SubjectColumn, tr("No decisions yet: executives record them in the review (View \u25b8 Review)."));
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
}

} // namespace oi::editor
