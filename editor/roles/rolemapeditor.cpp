// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemapeditor.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/roles/rolemappicture.h"
#include "editor/roles/rolemapview.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>

namespace oi::editor {

RoleMapEditor::RoleMapEditor(QObject *parent)
    : Editor(parent)
    , mView(new RoleMapView)
{
    setWidget(mView);
    mView->setWhatsThis(tr("<p><b>Roles</b></p><p>The organisation as a map: each role with the responsibilities "
                           "it carries, as-is and to-be side by side, so a redesign shows who gains and who "
                           "loses work. Choose As-Is Only or To-Be Only in the View menu to see one of them; "
                           "click a role to edit it in the Properties panel.</p>"));
    mView->setAccessibleName(tr("Role map"));
    auto *group = new QActionGroup(this);
    const std::pair<RoleMapMode, QString> modes[] = { { RoleMapMode::SideBySide, tr("As-Is and To-Be") },
        { RoleMapMode::AsIs, tr("As-Is Only") }, { RoleMapMode::ToBe, tr("To-Be Only") } };
    for (const auto &[mode, text] : modes) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setChecked(mode == RoleMapMode::SideBySide);
        action->setStatusTip(mode == RoleMapMode::SideBySide
                ? tr("Show the roles as they are today beside the roles after the redesign")
                : mode == RoleMapMode::AsIs ? tr("Show only the roles as they are today")
                                            : tr("Show only the roles after the redesign"));
        action->setToolTip(action->statusTip());
        connect(action, &QAction::triggered, this, [this, m = mode] { mView->mapScene()->setMode(m); });
        group->addAction(action);
        mModes << action;
    }
    connect(mView->mapScene(), &RoleMapScene::roleActivated, this, [this](const QString &role) {
        if (document())
            document()->selection()->select(EntityKind::Role, role);
    });
}

QString RoleMapEditor::title() const
{
    return tr("Roles");
}

QIcon RoleMapEditor::icon() const
{
    return QIcon(QStringLiteral(":/icons/role.svg"));
}

QList<QAction *> RoleMapEditor::actions(Place place) const
{
    return place == Place::ViewMenu || place == Place::ToolBar ? mModes : QList<QAction *> {};
}

bool RoleMapEditor::shows(EntityKind kind) const
{
    return kind == EntityKind::Role || kind == EntityKind::Responsibility;
}

void RoleMapEditor::reveal(const EntityRef &ref)
{
    if (ref.kind == EntityKind::Role)
        mView->revealRole(ref.id);
}

bool RoleMapEditor::zoom(Zoom step)
{
    switch (step) {
    case Zoom::In: mView->zoomBy(1.25); break;
    case Zoom::Out: mView->zoomBy(0.8); break;
    case Zoom::Fit: mView->fit(); break;
    case Zoom::Reset: mView->resetTransform(); break;
    }
    return true;
}

QStringList RoleMapEditor::exportFormats() const
{
    return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") };
}

bool RoleMapEditor::exportTo(const QString &fileName, const ExportOptions &options, QString *error)
{
    return RoleMapPicture::exportFile(mView->mapScene(), fileName, options.dpi, error);
}

void RoleMapEditor::documentChanged()
{
    if (mFollowed)
        disconnect(mFollowed->selection(), nullptr, this, nullptr);
    mFollowed = document();
    mView->setDocument(document());
    if (mFollowed)
        connect(mFollowed->selection(), &Selection::changed, this, [this] {
            for (const EntityRef &ref : mFollowed->selection()->entities())
                if (ref.kind == EntityKind::Role) {
                    mView->revealRole(ref.id);
                    return;
                }
        });
}

} // namespace oi::editor
