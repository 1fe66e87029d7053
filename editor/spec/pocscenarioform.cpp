// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spec/pocscenarioform.h"

#include "editor/commands/changevalue.h"
#include "editor/document/document.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oi::editor::spec {

namespace {

// The table is the script at a glance; the buyer's data and the expected outcome are in the fields below.
enum Column { NumberColumn, CustomerColumn, TaskColumn, RequirementColumn, MinutesColumn, ColumnCount };

QString nameOr(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

Choices journeyChoices(const model::Project &p)
{
    Choices c;
    for (const model::Journey &j : p.journeys)
        c.append({ j.id, nameOr(j.name, j.id) });
    return c;
}

Choices requirementChoices(const model::Project &p)
{
    Choices c;
    for (const model::Requirement &r : p.requirements) {
        QString text = nameOr(r.text, r.id).simplified();
        if (text.size() > 90)
            text = text.left(88) + QStringLiteral("\u2026");
        c.append({ r.id, text });
    }
    return c;
}

/** The tasks of the scenario's process ("process/node"), else of every process. */
Choices scenarioTasks(const model::Project &p, const model::PocScenario &s)
{
    if (const model::Process *pr = p.process(s.process)) {
        Choices c;
        for (const auto &[node, name] : taskChoices(*pr))
            c.append({ pr->id + u'/' + node, name });
        return c;
    }
    return taskChoices(p);
}

QString taskName(const model::Project &p, const QString &task)
{
    const model::Process *pr = p.process(task.section(u'/', 0, 0));
    const model::Node *n = pr ? pr->node(task.section(u'/', 1)) : nullptr;
    return n ? nameOr(n->name, n->id) : task;
}

QString minutesText(const std::optional<double> &minutes)
{
    return minutes ? QLocale().toString(*minutes, 'g', 4) : QString();
}

} // namespace

PocScenarioForm::PocScenarioForm(QWidget *parent)
    : QWidget(parent)
    , mEmpty(new QLabel(this))
    , mBody(new QWidget(this))
    , mTitle(new QLineEdit(mBody))
    , mJourney(new QComboBox(mBody))
    , mProcess(new QComboBox(mBody))
    , mTotal(new QLabel(mBody))
    , mSteps(new QTableWidget(mBody))
    , mAddStep(new QPushButton(tr("Add Step"), mBody))
    , mRemoveStep(new QPushButton(tr("Remove Step"), mBody))
    , mStepUp(new QPushButton(tr("Move Up"), mBody))
    , mStepDown(new QPushButton(tr("Move Down"), mBody))
    , mStepHeading(new QLabel(mBody))
    , mStepFields(new QWidget(mBody))
    , mCustomerAction(new QPlainTextEdit(mStepFields))
    , mRole(new QComboBox(mStepFields))
    , mTask(new QComboBox(mStepFields))
    , mRequirement(new QComboBox(mStepFields))
    , mData(new QPlainTextEdit(mStepFields))
    , mExpected(new QPlainTextEdit(mStepFields))
    , mMinutes(new QDoubleSpinBox(mStepFields))
{
    setObjectName(QStringLiteral("pocScenarioForm"));
    mTitle->setObjectName(QStringLiteral("title"));
    mJourney->setObjectName(QStringLiteral("journey"));
    mProcess->setObjectName(QStringLiteral("process"));
    mSteps->setObjectName(QStringLiteral("steps"));
    mAddStep->setObjectName(QStringLiteral("addStep"));
    mRemoveStep->setObjectName(QStringLiteral("removeStep"));
    mStepUp->setObjectName(QStringLiteral("stepUp"));
    mStepDown->setObjectName(QStringLiteral("stepDown"));
    mCustomerAction->setObjectName(QStringLiteral("customerAction"));
    mRole->setObjectName(QStringLiteral("role"));
    mTask->setObjectName(QStringLiteral("task"));
    mRequirement->setObjectName(QStringLiteral("requirement"));
    mData->setObjectName(QStringLiteral("data"));
    mExpected->setObjectName(QStringLiteral("expected"));
    mMinutes->setObjectName(QStringLiteral("minutes"));

    mEmpty->setText(tr("No PoC scenario selected. Add one, or draft one for each journey with "
                       "Draft from Journeys."));
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    mTitle->setPlaceholderText(tr("What the vendor demonstrates"));
    mTotal->setObjectName(QStringLiteral("total"));

    mSteps->setColumnCount(ColumnCount);
    mSteps->setHorizontalHeaderLabels({ tr("#"), tr("Customer"), tr("Role and task"), tr("Requirement"), tr("Min") });
    mSteps->setAccessibleName(tr("Steps of the PoC scenario"));
    mSteps->verticalHeader()->hide();
    mSteps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mSteps->setSelectionBehavior(QAbstractItemView::SelectRows);
    mSteps->setSelectionMode(QAbstractItemView::SingleSelection);
    mSteps->setWordWrap(true);
    mSteps->setAlternatingRowColors(true);
    QHeaderView *header = mSteps->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MinutesColumn, QHeaderView::ResizeToContents);

    for (QPlainTextEdit *edit : { mCustomerAction, mData, mExpected })
        fitLines(edit, 2);
    mCustomerAction->setPlaceholderText(tr("What the customer does at this step"));
    mData->setPlaceholderText(tr("The test data the buyer hands the vendor"));
    mExpected->setPlaceholderText(tr("What the evaluators must see"));
    mMinutes->setRange(0, 600);
    mMinutes->setDecimals(0);
    mMinutes->setSuffix(tr(" min"));
    mMinutes->setSpecialValueText(tr("not set"));

    auto *stepForm = new QFormLayout(mStepFields);
    stepForm->setContentsMargins(0, 0, 0, 0);
    stepForm->addRow(tr("Customer's action"), mCustomerAction);
    stepForm->addRow(tr("Role"), mRole);
    stepForm->addRow(tr("Task"), mTask);
    stepForm->addRow(tr("Requirement demonstrated"), mRequirement);
    stepForm->addRow(tr("Data the buyer provides"), mData);
    stepForm->addRow(tr("Expected outcome"), mExpected);
    stepForm->addRow(tr("Minutes allowed"), mMinutes);

    auto *top = new QFormLayout;
    top->addRow(tr("Title"), mTitle);
    top->addRow(tr("Journey"), mJourney);
    top->addRow(tr("Process"), mProcess);
    top->addRow(QString(), mTotal);

    auto *body = new QVBoxLayout(mBody);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(top);
    body->addWidget(newHeading(tr("Steps the vendor demonstrates live"), mBody));
    body->addWidget(mSteps, 3);
    body->addLayout(newButtonRow({ mAddStep, mRemoveStep, mStepUp, mStepDown }));
    body->addWidget(mStepHeading);
    body->addWidget(mStepFields, 2);
    QFont bold = mStepHeading->font();
    bold.setBold(true);
    mStepHeading->setFont(bold);

    // On a small screen the form scrolls rather than squeezing the steps table to nothing.
    mSteps->setMinimumHeight(170);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(mBody);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mEmpty);
    layout->addWidget(scroll);
    mScroll = scroll;

    connect(mTitle, &QLineEdit::textEdited, this,
        [this](const QString &t) { renamePocScenario(mDocument, mScenario, t, gestureFor(mTitle)); });
    connect(mJourney, &QComboBox::activated, this,
        [this](int i) { setPocScenarioJourney(mDocument, mScenario, idAt(mJourney, i)); });
    connect(mProcess, &QComboBox::activated, this,
        [this](int i) { setPocScenarioProcess(mDocument, mScenario, idAt(mProcess, i)); });
    connect(mSteps, &QTableWidget::currentCellChanged, this, [this] {
        if (!mFilling)
            refresh();
    });
    connect(mAddStep, &QPushButton::clicked, this, [this] {
        const int at = currentStep() < 0 ? -1 : currentStep() + 1;
        const model::PocScenario *s = shown();
        const int row = at < 0 ? (s ? int(s->steps.size()) : 0) : at;
        if (addPocStep(mDocument, mScenario, at))
            setCurrentStep(row);
    });
    connect(mRemoveStep, &QPushButton::clicked, this, [this] {
        const int row = currentStep();
        if (removePocStep(mDocument, mScenario, row))
            setCurrentStep(std::max(0, row - 1));
    });
    connect(mStepUp, &QPushButton::clicked, this, [this] {
        const int row = currentStep();
        if (movePocStep(mDocument, mScenario, row, row - 1))
            setCurrentStep(row - 1);
    });
    connect(mStepDown, &QPushButton::clicked, this, [this] {
        const int row = currentStep();
        if (movePocStep(mDocument, mScenario, row, row + 1))
            setCurrentStep(row + 1);
    });
    connect(mCustomerAction, &QPlainTextEdit::textChanged, this,
        [this] { editText(PocField::CustomerAction, mCustomerAction, mCustomerAction->toPlainText()); });
    connect(
        mData, &QPlainTextEdit::textChanged, this, [this] { editText(PocField::Data, mData, mData->toPlainText()); });
    connect(mExpected, &QPlainTextEdit::textChanged, this,
        [this] { editText(PocField::Expected, mExpected, mExpected->toPlainText()); });
    connect(mRole, &QComboBox::activated, this, [this](int i) { editText(PocField::Role, mRole, idAt(mRole, i)); });
    connect(mTask, &QComboBox::activated, this, [this](int i) { editText(PocField::Task, mTask, idAt(mTask, i)); });
    connect(mRequirement, &QComboBox::activated, this,
        [this](int i) { editText(PocField::Requirement, mRequirement, idAt(mRequirement, i)); });
    connect(mMinutes, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (mFilling)
            return;
        setPocStepMinutes(
            mDocument, mScenario, currentStep(), v > 0 ? std::optional<double>(v) : std::nullopt, gestureFor(mMinutes));
    });
    refresh();
}

void PocScenarioForm::setDocument(Document *document)
{
    mDocument = document;
    mGestureField = nullptr;
    refresh();
}

void PocScenarioForm::setScenario(const QString &id)
{
    if (id == mScenario)
        return;
    mScenario = id;
    mGestureField = nullptr;
    {
        const QSignalBlocker blocker(mSteps);
        mSteps->setCurrentCell(-1, -1);
    }
    refresh();
    if (mSteps->rowCount() > 0)
        setCurrentStep(0);
}

int PocScenarioForm::currentStep() const
{
    return mSteps->currentRow();
}

void PocScenarioForm::setCurrentStep(int step)
{
    if (step >= 0 && step < mSteps->rowCount())
        mSteps->setCurrentCell(step, CustomerColumn);
    refresh();
}

const model::PocScenario *PocScenarioForm::shown() const
{
    return mDocument ? mDocument->project().pocScenario(mScenario) : nullptr;
}

quint64 PocScenarioForm::gestureFor(QObject *field)
{
    if (field != mGestureField || mGestureScenario != mScenario || mGestureStep != currentStep() || !mGesture) {
        mGestureField = field;
        mGestureScenario = mScenario;
        mGestureStep = currentStep();
        mGesture = newGestureId();
    }
    return mGesture;
}

void PocScenarioForm::editText(PocField field, QObject *sender, const QString &value)
{
    if (mFilling)
        return;
    setPocStepField(mDocument, mScenario, currentStep(), field, value, gestureFor(sender));
}

void PocScenarioForm::refresh()
{
    const model::PocScenario *s = shown();
    mEmpty->setVisible(!s);
    mScroll->setVisible(s);
    if (!s)
        return;
    const model::Project &p = mDocument->project();
    mFilling = true;
    showText(mTitle, s->title);
    fillChoices(mJourney, journeyChoices(p), tr("(no journey)"));
    selectData(mJourney, s->journey);
    fillChoices(mProcess, processChoices(p), tr("(no process)"));
    selectData(mProcess, s->process);
    double total = 0;
    for (const model::PocStep &st : s->steps)
        total += st.minutes.value_or(0);
    mTotal->setText((s->steps.size() == 1 ? tr("1 step") : tr("%n steps", nullptr, int(s->steps.size())))
        + QStringLiteral(" \u00b7 ") + tr("%1 minutes in all").arg(QLocale().toString(total, 'g', 6)));

    const int current = mSteps->currentRow();
    mSteps->setRowCount(int(s->steps.size()));
    for (int r = 0; r < int(s->steps.size()); ++r) {
        const model::PocStep &st = s->steps[std::size_t(r)];
        const model::Role *role = p.role(st.role);
        const QString roleName = role ? nameOr(role->name, role->id) : st.role;
        const QString task = st.task.isEmpty() ? QString() : taskName(p, st.task);
        const QString who = roleName.isEmpty() ? task : task.isEmpty() ? roleName : tr("%1: %2").arg(roleName, task);
        const model::Requirement *q = p.requirement(st.requirement);
        showCell(mSteps, r, NumberColumn, QString::number(r + 1));
        showCell(mSteps, r, CustomerColumn, st.customerAction, st.customerAction);
        showCell(mSteps, r, TaskColumn, who, who);
        showCell(mSteps, r, RequirementColumn, q ? nameOr(q->text, q->id) : st.requirement,
            q ? QStringLiteral("%1 (%2)").arg(nameOr(q->text, q->id), q->id) : st.requirement);
        const QString details = tr("Buyer's data: %1\nExpected: %2").arg(st.data, st.expected);
        if (QTableWidgetItem *item = mSteps->item(r, CustomerColumn))
            item->setToolTip(st.customerAction + QStringLiteral("\n\n") + details);
        showCell(mSteps, r, MinutesColumn, minutesText(st.minutes));
    }
    if (current >= mSteps->rowCount() && mSteps->rowCount() > 0)
        mSteps->setCurrentCell(mSteps->rowCount() - 1, CustomerColumn);
    mSteps->resizeRowsToContents();
    fillStep(p, *s);
    mFilling = false;
}

void PocScenarioForm::fillStep(const model::Project &p, const model::PocScenario &s)
{
    const int row = mSteps->currentRow();
    const bool has = row >= 0 && row < int(s.steps.size());
    mStepFields->setEnabled(has);
    mRemoveStep->setEnabled(has);
    mStepUp->setEnabled(has && row > 0);
    mStepDown->setEnabled(has && row + 1 < int(s.steps.size()));
    mStepHeading->setText(has ? tr("Step %1").arg(row + 1) : tr("Select a step to edit it"));
    const model::PocStep empty;
    const model::PocStep &st = has ? s.steps[std::size_t(row)] : empty;
    showPlain(mCustomerAction, st.customerAction);
    fillChoices(mRole, roleChoices(p), tr("(no role)"));
    selectData(mRole, st.role);
    fillChoices(mTask, scenarioTasks(p, s), tr("(no task)"));
    selectData(mTask, st.task);
    fillChoices(mRequirement, requirementChoices(p), tr("(no requirement)"));
    selectData(mRequirement, st.requirement);
    showPlain(mData, st.data);
    showPlain(mExpected, st.expected);
    showValue(mMinutes, st.minutes.value_or(0));
}

} // namespace oi::editor::spec
