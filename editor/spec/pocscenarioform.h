// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/spec/speccommands.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

class Document;

namespace spec {

/**
 * One proof-of-concept scenario as the team edits it: its title, journey and process, the numbered
 * steps in a table, and the current step's fields — the customer's action, the role and its task,
 * the requirement it demonstrates, the buyer's data, the expected outcome and the minutes allowed.
 * Every change is one undo step (typing in one field merges); the form shows the model after every
 * edit and undo without moving the cursor of the field being typed in.
 */
class PocScenarioForm : public QWidget
{
    Q_OBJECT
public:
    explicit PocScenarioForm(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Shows scenario `id` (empty or unknown: nothing to edit). */
    void setScenario(const QString &id);
    QString scenario() const { return mScenario; }
    /** The step the fields below the table edit; -1 when none. */
    int currentStep() const;
    void setCurrentStep(int step);
    /** Shows the model again (after an edit, an undo, a rename elsewhere). */
    void refresh();

private:
    const model::PocScenario *shown() const;
    void fillStep(const model::Project &project, const model::PocScenario &s);
    /** One gesture while the same field of the same step is edited. */
    quint64 gestureFor(QObject *field);
    void editText(PocField field, QObject *sender, const QString &value);

    QPointer<Document> mDocument;
    QString mScenario;
    bool mFilling = false;
    QObject *mGestureField = nullptr;
    QString mGestureScenario;
    int mGestureStep = -1;
    quint64 mGesture = 0;

    QLabel *mEmpty;
    QScrollArea *mScroll = nullptr;
    QWidget *mBody;
    QLineEdit *mTitle;
    QComboBox *mJourney;
    QComboBox *mProcess;
    QLabel *mTotal;
    QTableWidget *mSteps;
    QPushButton *mAddStep, *mRemoveStep, *mStepUp, *mStepDown;
    QLabel *mStepHeading;
    QWidget *mStepFields;
    QPlainTextEdit *mCustomerAction;
    QComboBox *mRole;
    QComboBox *mTask;
    QComboBox *mRequirement;
    QPlainTextEdit *mData;
    QPlainTextEdit *mExpected;
    QDoubleSpinBox *mMinutes;
};

} // namespace spec
} // namespace oi::editor
