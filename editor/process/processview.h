// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/process/processscene.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QGraphicsView;
QT_END_NAMESPACE

namespace oi::editor {

class DocumentFollower;

/** The process diagram on screen: a chooser of the process and the zoomable diagram. */
class ProcessView : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    ProcessScene *diagramScene() const { return mScene; }
    QGraphicsView *canvas() const { return mCanvas; }
    void showProcess(const QString &id);
    int rebuildCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChooser();

    ProcessScene *mScene;
    QComboBox *mChooser;
    QGraphicsView *mCanvas;
    DocumentFollower *mFollower;
};

} // namespace oi::editor
