// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"
#include "editor/editor.h"

#include <QPointer>

QT_BEGIN_NAMESPACE
class QActionGroup;
QT_END_NAMESPACE

namespace oi::editor {

class RoleMapView;

/**
 * Step 2 of outside-in at a glance: the role map (as-is and to-be side by side, or one of them),
 * where dragging a role between bands changes its office and dragging a responsibility to another
 * role moves it, each one undo step. Exports PNG, SVG and PDF (`outsidein FILE --export roles OUT`).
 */
class RoleMapEditor : public Editor
{
    Q_OBJECT
public:
    explicit RoleMapEditor(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("roles"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> actions(Place place) const override;
    bool shows(EntityKind kind) const override;
    void reveal(const EntityRef &ref) override;
    bool zoom(Zoom step) override;

    QString exportKind() const override { return QStringLiteral("roles"); }
    QStringList exportFormats() const override;
    bool exportTo(const QString &fileName, const ExportOptions &options, QString *error) override;

    RoleMapView *view() const { return mView; }

protected:
    void documentChanged() override;

private:
    RoleMapView *mView;
    QPointer<Document> mFollowed;
    QList<QAction *> mModes;
};

} // namespace oi::editor
