// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTreeWidget>

namespace oi::editor {
class Document;
}

namespace oi::app {

/**
 * The Project dock: strategies, personas, journeys, roles, processes, requirements and scenarios,
 * in the outside-in order. Items drag as `application/x-outsidein-entity` ("kind:id") so they can be
 * dropped on a journey step to link it. Double-click asks for the entity to be shown.
 */
class ProjectTree : public QTreeWidget
{
    Q_OBJECT
public:
    static QString mimeType() { return QStringLiteral("application/x-outsidein-entity"); }

    explicit ProjectTree(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    /** Selects and reveals the entity's item; false when the tree has no such entity. */
    bool selectEntity(const QString &kind, const QString &id);

    /** "kind:id" lines for the entities among `items` (null when there are none). */
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

signals:
    /** kind is one of strategy, persona, journey, role, process, requirement, scenario. */
    void entityActivated(const QString &kind, const QString &id);

private:
    void rebuild();
    QPointer<editor::Document> mDocument;
};

} // namespace oi::app
