// SPDX-License-Identifier: GPL-3.0-or-later
// What every editor is to the main window (as Tiled's Editor is for its map and tileset editors):
// the window hosts editors through this interface and knows nothing of any one of them.
#pragma once

#include "editor/document/entitykind.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QIcon;
class QSettings;
QT_END_NAMESPACE

namespace oi::sim {
struct Results;
}

namespace oi::editor {

class Document;

/** What `Editor::exportTo` paints, beyond the file name (whose extension names the format). */
struct ExportOptions
{
    QString journey; // the journey to draw (empty: the one shown, else the first)
    QString process; // likewise for process diagrams
    int dpi = 96; // PNG only; 96 = 100 %
};

class Editor : public QObject
{
    Q_OBJECT
public:
    /** Where an editor's actions go while it is the current one. */
    enum class Place { FileMenu, EditMenu, ViewMenu, ToolBar };
    enum class Zoom { In, Out, Fit, Reset };

    explicit Editor(QObject *parent = nullptr);
    ~Editor() override;

    /** The stable name: `outsidein --view NAME`, settings groups ("journey"). */
    virtual QString name() const = 0;
    /** The tab title, in the user's language ("Journey"). */
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /** The editor's central widget (the window puts it in a tab). */
    QWidget *widget() const { return mWidget; }
    /** Shown in the Properties dock while this editor is current; null: nothing to edit here. */
    virtual QWidget *propertiesWidget() const { return nullptr; }
    /** Docks of this editor's own, shown while it is current. */
    virtual QList<QDockWidget *> docks() const { return {}; }
    /** The editor's actions for `place`, in order; a null entry stands for a separator. */
    virtual QList<QAction *> actions(Place place) const;

    /** Shows `document` (may be null); the editor keeps no ownership. */
    void setDocument(Document *document);
    Document *document() const;

    /** Whether this editor shows entities of `kind`, so the window can offer to open them here. */
    virtual bool shows(EntityKind kind) const;
    /** Brings `ref` into view; the entity is already the document's selection. */
    virtual void reveal(const EntityRef &ref);

    /** Zoom hook; false when the editor has no zoom. */
    virtual bool zoom(Zoom step);
    /** Find hook: goes to the next match of `text`; false when none (or no find here). */
    virtual bool find(const QString &text);

    /** The KIND of `outsidein --export KIND` this editor paints ("journey"), or empty. */
    virtual QString exportKind() const { return {}; }
    /** File extensions exportTo() writes ("png", "svg", …). */
    virtual QStringList exportFormats() const { return {}; }
    /** Paints the editor's picture to `fileName`, atomically; false with `error` naming file and problem. */
    virtual bool exportTo(const QString &fileName, const ExportOptions &options, QString *error);

    /** Simulation results to paint (null: clear them). */
    virtual void showResults(const std::shared_ptr<const sim::Results> &results);

    /** The editor's own layout choices, in its settings group. */
    virtual void readSettings(QSettings &settings);
    virtual void writeSettings(QSettings &settings) const;

signals:
    /** The user asked to open `ref` (a chip on a map): the window may offer its editor. */
    void openRequested(const oi::editor::EntityRef &ref);
    /** A short message for the status bar. */
    void message(const QString &text);

protected:
    /** Sets the central widget; the editor deletes it unless someone else took it as a child. */
    void setWidget(QWidget *widget);
    /** Called by setDocument after `document()` changed; show the new document. */
    virtual void documentChanged() = 0;

private:
    QPointer<Document> mDocument;
    QPointer<QWidget> mWidget;
};

} // namespace oi::editor
