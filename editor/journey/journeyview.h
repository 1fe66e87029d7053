// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "editor/journey/lanes.h"
#include "editor/journey/stepoverlay.h"

#include <QPointer>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
QT_END_NAMESPACE

namespace oi::editor {

class Document;
class ElidedLabel;
class JourneyCanvas;
class JourneyScene;

/**
 * The journey map view: a header (persona, journey switcher, lanes, find box) above the canvas.
 * Every edit goes through the document's undo stack. The main window puts `actions()` into its
 * menus; they also work as shortcuts while the view has focus.
 */
class JourneyView : public QWidget
{
    Q_OBJECT
public:
    enum Action {
        ZoomIn,
        ZoomOut,
        FitToWindow,
        ResetZoom,
        SelectAll,
        Copy,
        Cut,
        Paste,
        Delete,
        AddStage,
        AddStep,
        Duplicate,
        Find,
        EditTitle,
        ShowToBe,
        NewJourney,
        DeleteJourney,
        ActionCount
    };

    explicit JourneyView(Document *document = nullptr, QWidget *parent = nullptr);
    ~JourneyView() override;

    /** Shows `document` (may be null); keeps no ownership. */
    void setDocument(Document *document);
    Document *document() const { return mDocument; }
    JourneyScene *scene() const { return mScene; }
    JourneyCanvas *canvas() const { return mCanvas; }

    QAction *action(Action which) const { return mActions[which]; }
    QList<QAction *> actions() const;

    QString currentJourney() const;
    void setCurrentJourney(const QString &journeyId);
    QStringList selectedStepIds() const;
    /** The stage whose header is selected (no steps are then), or empty. */
    QString selectedStageId() const;
    void selectSteps(const QStringList &stepIds);
    void setLaneConfig(const LaneConfig &config);
    LaneConfig laneConfig() const;
    void setOverlay(const StepOverlay &overlay);

    /**
     * Adds Roles/Processes/Requirements submenus to `menu` whose checkable entries link or unlink
     * the selected steps (checked: the first selected step has the link). Used by the context
     * menu; the main window may add it to its Edit menu.
     */
    void fillLinkMenu(QMenu *menu);

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void resetZoom();
    void selectAll();
    void copy();
    void cut();
    void paste();
    void deleteSelection();
    void addStage();
    void addStep();
    /** Adds a journey with one stage (undoable) and shows it. */
    void newJourney();
    /** Deletes the shown journey with its steps (undoable). */
    void deleteJourney();
    void duplicateSelection();
    void find();
    /** Jumps to the next step whose text contains `text` (wrapping); false if none. */
    bool findNext(const QString &text);
    /** Opens the inline title editor on a step (F2 / double-click). */
    void editStepTitle(const QString &stepId);
    void editStageName(const QString &stageId);
    /** Moves a stage one place left (-1) or right (+1), with its steps. */
    void moveStage(const QString &stageId, int delta);
    void deleteStage(const QString &stageId);
    /** Adds a step at the end of `stageId` and opens its title editor. */
    void addStepToStage(const QString &stageId);

signals:
    void selectionChanged();
    void currentJourneyChanged(const QString &journeyId);
    /** A role/process/requirement chip was clicked: the main window may open it. */
    void entityActivated(oi::editor::EntityKind kind, const QString &id);
    /** Paste failed or similar: a message for the status bar. */
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void showContextMenu(const QPoint &globalPos, const QPointF &scenePos);
    void fillLanesMenu(QMenu *menu);

    void refreshHeader();
    void updateActions();
    void openInlineEditor(const QRectF &sceneRect, const QString &text, std::function<void(const QString &)> commit);

    QPointer<Document> mDocument;
    JourneyScene *mScene = nullptr;
    JourneyCanvas *mCanvas;
    ElidedLabel *mPersona;
    ElidedLabel *mPersonaDetail;
    QComboBox *mJourneys;
    QToolButton *mLanesButton;
    QLineEdit *mFind;
    QLabel *mZoomLabel;
    QLabel *mLegend = nullptr;
    QAction *mActions[ActionCount] = {};
    LaneConfig mLanes;
    StepOverlay mOverlay;
    QString mShownJourney; // to notice when the scene switched journeys by itself
};

} // namespace oi::editor
