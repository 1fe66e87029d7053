// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/roles/rolesview.h"

#include "editor/document/document.h"
#include "editor/document/documentfollower.h"

#include <QEvent>
#include <QScrollBar>
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

// Mid-tone colours that stay readable on light and dark palettes.
QString changeColour(model::ChangeKind kind)
{
    switch (kind) {
    case model::ChangeKind::Moved: return QStringLiteral("#3182ce");
    case model::ChangeKind::New: return QStringLiteral("#38a169");
    case model::ChangeKind::Merged: return QStringLiteral("#805ad5");
    case model::ChangeKind::Retired: return QStringLiteral("#e53e3e");
    case model::ChangeKind::Unchanged: break;
    }
    return QStringLiteral("#718096");
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("<i>—</i>");
    QString html = QStringLiteral("<ul style=\"margin-left:14px; -qt-list-indent:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}
// A role's side of the project's responsibilities; one that moves says where to (or from).
QStringList responsibilities(const model::Project &p, const QString &role, bool asIs)
{
    const auto name = [&](const QString &id) {
        const model::Role *r = p.role(id);
        return r && !r->name.isEmpty() ? r->name : id;
    };
    QStringList out;
    for (const model::Responsibility &x : p.responsibilities) {
        if ((asIs ? x.asIs : x.toBe) != role)
            continue;
        const QString other = asIs ? x.toBe : x.asIs;
        QString line = x.text;
        if (other.isEmpty())
            line += asIs ? RolesView::tr(" (retired)") : RolesView::tr(" (new)");
        else if (other != role)
            line += asIs ? RolesView::tr(" (moves to %1)").arg(name(other))
                         : RolesView::tr(" (from %1)").arg(name(other));
        out << line;
    }
    return out;
}
} // namespace

RolesView::RolesView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("RolesView"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Roles, the strategies that drive them (by title) and cross-training (by role name).
    mFollower = new editor::DocumentFollower(
        this, editor::showsKinds({ editor::EntityKind::Role, editor::EntityKind::Strategy }), [this] { rebuild(); });
}

void RolesView::setDocument(editor::Document *document)
{
    mDocument = document;
    mFollower->setDocument(document);
}

int RolesView::rebuildCount() const
{
    return mFollower->rebuilds();
}

void RolesView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        mFollower->rebuildNow();
}

void RolesView::rebuild()
{
    if (!mDocument) {
        clear();
        return;
    }
    const model::Project &p = mDocument->project();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString rule = palette().color(QPalette::Mid).name();
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2><p style=\"color:%2; margin-top:0\">%3</p>")
                       .arg(tr("Roles, as-is → to-be"), muted,
                           tr("%n roles redefined by the project's strategies.", nullptr, int(p.roles.size())));
    for (const model::Role &r : p.roles) {
        QString capacity = tr("%n staff", nullptr, r.headcount);
        if (r.shifts && !r.shifts->capacity.empty()) {
            int peak = 0;
            for (const auto &b : r.shifts->capacity)
                peak = std::max(peak, b.headcount);
            capacity = tr("up to %n staff, by shift", nullptr, peak);
        }
        QStringList cross;
        for (const auto &c : r.crossTrained) {
            const model::Role *other = p.role(c.role);
            cross << (other ? other->name : c.role).toHtmlEscaped();
        }
        const model::Strategy *s = p.strategy(r.strategy);
        QString facts = officeName(r.office);
        if (!r.department.isEmpty())
            facts = r.department.toHtmlEscaped() + QStringLiteral(" · ") + facts;
        html += QStringLiteral("<a name=\"%1\"></a>").arg(r.id.toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                               "style=\"border-top:1px solid %1; margin-top:6px\"><tr>")
                    .arg(rule);
        html += QStringLiteral("<td width=\"26%\" valign=\"top\"><b style=\"font-size:large\">%1</b><br/>"
                               "<span style=\"color:%2\">%3</span><br/>"
                               "<b style=\"color:%4\">%5</b>%6<br/><span style=\"color:%2\">%7</span>%8</td>")
                    .arg(r.name.toHtmlEscaped(), muted, facts, changeColour(r.change), changeName(r.change),
                        s ? QStringLiteral(" · ") + tr("driven by <i>%1</i>").arg(s->title.toHtmlEscaped()) : QString(),
                        capacity,
                        cross.isEmpty() ? QString()
                                        : QStringLiteral("<br/><span style=\"color:%1\">%2</span>")
                                              .arg(muted, tr("also covers %1").arg(cross.join(QStringLiteral(", ")))));
        html += QStringLiteral("<td width=\"37%\" valign=\"top\"><b>%1</b>%2</td>")
                    .arg(tr("As-is"), list(responsibilities(p, r.id, true)));
        html += QStringLiteral("<td width=\"37%\" valign=\"top\"><b>%1</b>%2</td>")
                    .arg(tr("To-be"), list(responsibilities(p, r.id, false)));
        html += QStringLiteral("</tr></table>");
    }
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

void RolesView::selectRole(const QString &id)
{
    scrollToAnchor(id);
}

} // namespace oi::app
