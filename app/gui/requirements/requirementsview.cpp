// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/requirements/requirementsview.h"

#include "editor/document/document.h"
#include "editor/document/documentfollower.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"

#include <QEvent>
#include <QScrollBar>
#include <QUndoStack>

namespace oi::app {

namespace {
QString kindTitle(model::RequirementKind kind)
{
    switch (kind) {
    case model::RequirementKind::ProcessControl: return RequirementsView::tr("Process control");
    case model::RequirementKind::InformationManagement: return RequirementsView::tr("Information management");
    case model::RequirementKind::NonFunctional: return RequirementsView::tr("Non-functional");
    }
    return {};
}

QString priorityName(model::Priority p)
{
    switch (p) {
    case model::Priority::Must: return RequirementsView::tr("Must");
    case model::Priority::Should: return RequirementsView::tr("Should");
    case model::Priority::Could: return RequirementsView::tr("Could");
    case model::Priority::Wont: return RequirementsView::tr("Won't");
    }
    return {};
}

// Mid-tone colours that stay readable on light and dark palettes.
QString priorityColour(model::Priority p)
{
    switch (p) {
    case model::Priority::Must: return QStringLiteral("#e53e3e");
    case model::Priority::Should: return QStringLiteral("#dd6b20");
    case model::Priority::Could: return QStringLiteral("#3182ce");
    case model::Priority::Wont: return QStringLiteral("#718096");
    }
    return {};
}
} // namespace

RequirementsView::RequirementsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("RequirementsView"));
    setAccessibleName(tr("Requirements"));
    setWhatsThis(tr("<p><b>Requirements</b></p><p>What the processes ask of the technology, grouped by kind "
                    "(process control, information management, non-functional), with each one's MoSCoW "
                    "priority, acceptance criterion and the journey and process steps that need it.</p><p>The page "
                    "is read-only: select a requirement in the Project panel to edit it in the Properties panel; "
                    "the requirements linked to what is selected elsewhere are highlighted.</p>"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Requirements, and by name what needs them: journey steps and process nodes.
    const auto kinds = editor::showsKinds(
        { editor::EntityKind::Requirement, editor::EntityKind::Process, editor::EntityKind::Node });
    const auto relevant = [kinds](const editor::ChangeEvent &e) {
        using E = editor::ChangeEvent;
        if (e.type == E::StepsAdded || e.type == E::StepsRemoved)
            return true;
        if (e.type == E::StepsChanged)
            return bool(static_cast<const editor::StepChangeEvent &>(e).properties
                & (editor::StepChangeEvent::TitleProperty | editor::StepChangeEvent::RequirementsProperty));
        return kinds(e);
    };
    mFollower = new editor::DocumentFollower(this, relevant, [this] { rebuild(); });
}

void RequirementsView::setDocument(editor::Document *document)
{
    if (mDocument)
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    mSelected.clear();
    mChain.clear();
    mDocument = document;
    if (mDocument)
        connect(mDocument->selection(), &editor::Selection::changed, this, &RequirementsView::followChain);
    mFollower->setDocument(document);
}

int RequirementsView::rebuildCount() const
{
    return mFollower->rebuilds();
}

void RequirementsView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        mFollower->rebuildNow();
}

void RequirementsView::followChain()
{
    const QStringList chain = mDocument ? editor::selectionChain(*mDocument).requirements : QStringList {};
    if (chain == mChain)
        return;
    mChain = chain;
    if (isVisible())
        mFollower->rebuildNow();
    else
        mChainPending = true;
}

void RequirementsView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (mChainPending) {
        mChainPending = false;
        mFollower->rebuildNow();
    }
}

void RequirementsView::rebuild()
{
    if (!mDocument) {
        clear();
        return;
    }
    const model::Project &p = mDocument->project();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString highlight = palette().color(QPalette::Highlight).name();
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2><p style=\"color:%2; margin-top:0\">%3</p>")
                       .arg(tr("Requirements on CRM technology"), muted,
                           tr("%n requirements the processes put on technology, for a vendor proof of concept.",
                               nullptr, int(p.requirements.size())));
    for (auto kind : { model::RequirementKind::ProcessControl, model::RequirementKind::InformationManagement,
             model::RequirementKind::NonFunctional }) {
        QString section;
        for (const model::Requirement &r : p.requirements) {
            if (r.kind != kind)
                continue;
            QStringList needs;
            for (const QString &stepId : r.steps) {
                const model::Step *step = p.step(stepId);
                needs << (step ? step->title : stepId).toHtmlEscaped();
            }
            for (const QString &ref : r.nodes) {
                const model::Process *proc = p.process(ref.section(u'/', 0, 0));
                const model::Node *node = proc ? proc->node(ref.section(u'/', 1)) : nullptr;
                needs << (proc && node
                        ? proc->name + QStringLiteral(" › ") + (node->name.isEmpty() ? node->id : node->name)
                        : ref)
                             .toHtmlEscaped();
            }
            const bool selected = r.id == mSelected;
            // Linked to what is selected elsewhere (a step, a role, a strategy): marked, as on the maps.
            const bool linked = !selected && mChain.contains(r.id);
            section += QStringLiteral("<a name=\"%1\"></a><p style=\"margin-top:10px; margin-bottom:0\">%2"
                                      "<b style=\"color:%3\">%4</b> &nbsp;<span style=\"color:%5\">%6</span><br/>"
                                      "<span style=\"font-size:large\">%7</span></p>")
                           .arg(r.id.toHtmlEscaped(),
                               selected     ? QStringLiteral("<span style=\"color:%1\">▶ </span>").arg(highlight)
                                   : linked ? QStringLiteral("<span style=\"color:%1\" title=\"%2\">● </span>")
                                                  .arg(highlight, tr("linked to the selection"))
                                            : QString(),
                               priorityColour(r.priority), priorityName(r.priority), muted, r.id.toHtmlEscaped(),
                               r.text.toHtmlEscaped());
            if (!r.acceptance.isEmpty())
                section += QStringLiteral("<p style=\"margin:0 0 0 16px\"><i>%1</i> %2</p>")
                               .arg(tr("Accepted when:"), r.acceptance.toHtmlEscaped());
            if (!needs.isEmpty())
                section += QStringLiteral("<p style=\"margin:0 0 0 16px; color:%1\">%2 %3</p>")
                               .arg(muted, tr("Needed by:"), needs.join(QStringLiteral(" · ")));
        }
        if (!section.isEmpty())
            html += QStringLiteral("<h3 style=\"margin-top:18px\">%1</h3>").arg(kindTitle(kind)) + section;
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

void RequirementsView::selectRequirement(const QString &id)
{
    if (id != mSelected) {
        mSelected = id;
        mFollower->rebuildNow();
    }
    scrollToAnchor(id);
}

} // namespace oi::app
