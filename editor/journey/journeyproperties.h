// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
QT_END_NAMESPACE

namespace oi::editor {

class Document;
class JourneyView;
class StepForm;

/**
 * The Properties dock's content: edits the selected steps, or the journey when no step is
 * selected, always through undo commands. `connectTo(view)` keeps it on the view's selection.
 */
class JourneyProperties : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyProperties(Document *document = nullptr, QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Shows the steps (when any), else the stage `stageId` (when set), else the journey. */
    void setSelection(const QString &journeyId, const QStringList &stepIds, const QString &stageId = {});
    /** Follows `view`'s document, journey and selection from now on. */
    void connectTo(JourneyView *view);

private:
    void refreshJourney();
    void refreshStage();
    QWidget *createStagePage();

    QPointer<Document> mDocument;
    QString mJourney;
    QStackedWidget *mStack;
    QLabel *mEmpty;
    StepForm *mStepForm;
    QWidget *mJourneyPage;
    QLineEdit *mJourneyName;
    QComboBox *mPersona;
    QPlainTextEdit *mJourneyDescription;
    QString mStage;
    QWidget *mStagePage = nullptr;
    QLineEdit *mStageName = nullptr;
    QLabel *mStageInfo = nullptr;
    QAction *mStageLeft = nullptr;
    QAction *mStageRight = nullptr;
    bool mUpdating = false;
    QObject *mGestureField = nullptr; // the field being typed in, and its gesture
    quint64 mGesture = 0;
};

} // namespace oi::editor
