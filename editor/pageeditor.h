// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

#include <QIcon>

#include <functional>

namespace oi::editor {

/**
 * A read-only page hosted as an editor (the Roles, Processes and Requirements pages until their
 * editors arrive): it shows `kinds` and follows the document's selection of them.
 */
class PageEditor : public Editor
{
    Q_OBJECT
public:
    struct Spec
    {
        QString name; // "roles"
        std::function<QString()> title; // translated at call time
        QString icon; // resource path
        QList<EntityKind> kinds;
        std::function<void(Document *)> setDocument;
        std::function<void(const EntityRef &)> reveal;
    };

    PageEditor(QWidget *page, Spec spec, QObject *parent = nullptr);

    QString name() const override { return mSpec.name; }
    QString title() const override { return mSpec.title(); }
    QIcon icon() const override { return QIcon(mSpec.icon); }
    bool shows(EntityKind kind) const override { return mSpec.kinds.contains(kind); }
    void reveal(const EntityRef &ref) override;

protected:
    void documentChanged() override;

private:
    void followSelection();

    Spec mSpec;
    QPointer<Document> mFollowed;
};

} // namespace oi::editor
