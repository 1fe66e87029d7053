// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

class ChangeEvent;
class Document;

/**
 * Edits every field of the given steps (values shown are the first step's; an edit applies to
 * all). Each edit pushes one undo command; typing merges into one. Follows model changes.
 */
class StepForm : public QWidget
{
    Q_OBJECT
public:
    explicit StepForm(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setSteps(const QStringList &stepIds);
    QStringList steps() const { return mSteps; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** The gesture id for an edit typed in `editor`: the same until the editor loses focus. */
    quint64 gestureFor(QObject *editor);
    void refresh();
    void documentChanged(const ChangeEvent &event);
    void commitMetrics();
    /** The first selected step's pain points, whose severities edited lines keep. */
    std::vector<model::PainPoint> currentPains() const;
    void fillLinkList(QListWidget *list, const QList<std::pair<QString, QString>> &entities, const QStringList &linked);

    QPointer<Document> mDocument;
    QStringList mSteps;
    bool mUpdating = false;
    QObject *mGestureEditor = nullptr;
    quint64 mGesture = 0;

    QLabel *mHeading;
    QLineEdit *mTitle;
    QPlainTextEdit *mAction;
    QLineEdit *mTouchpoint;
    QComboBox *mChannel;
    QCheckBox *mInitiated;
    QComboBox *mEmotion;
    QComboBox *mEmotionToBe;
    QComboBox *mEvidence;
    QCheckBox *mMomentOfTruth;
    QPlainTextEdit *mPainPoints;
    QPlainTextEdit *mOpportunities;
    QTableWidget *mMetrics;
    QListWidget *mRoles;
    QListWidget *mProcesses;
    QListWidget *mRequirements;
    QListWidget *mServes;
};

} // namespace oi::editor
