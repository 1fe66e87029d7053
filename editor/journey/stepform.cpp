// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/stepform.h"

#include "editor/widgets/menutext.h"

#include "editor/document/document.h"
#include "editor/journey/commands/changestep.h"
#include "editor/journey/journeyoperations.h"
#include "editor/widgets/channelicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oi::editor {

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

void setPlain(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

std::optional<double> number(const QTableWidgetItem *item)
{
    bool ok = false;
    const double v = item ? item->text().trimmed().toDouble(&ok) : 0.0;
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString text(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}
} // namespace

StepForm::StepForm(QWidget *parent)
    : QWidget(parent)
    , mHeading(new QLabel(this))
    , mTitle(new QLineEdit(this))
    , mAction(new QPlainTextEdit(this))
    , mTouchpoint(new QLineEdit(this))
    , mChannel(new QComboBox(this))
    , mInitiated(new QCheckBox(tr("The customer starts this step"), this))
    , mEmotion(new QComboBox(this))
    , mEmotionToBe(new QComboBox(this))
    , mEvidence(new QComboBox(this))
    , mMomentOfTruth(new QCheckBox(tr("A moment of truth"), this))
    , mPainPoints(new QPlainTextEdit(this))
    , mOpportunities(new QPlainTextEdit(this))
    , mMetrics(new QTableWidget(0, 5, this))
    , mRoles(new QListWidget(this))
    , mProcesses(new QListWidget(this))
    , mRequirements(new QListWidget(this))
    , mServes(new QListWidget(this))
{
    // Object names let tests and style sheets find the fields.
    mTitle->setObjectName(QStringLiteral("title"));
    mAction->setObjectName(QStringLiteral("customerAction"));
    mChannel->setObjectName(QStringLiteral("channel"));
    mEmotion->setObjectName(QStringLiteral("emotion"));
    mEmotionToBe->setObjectName(QStringLiteral("emotionToBe"));
    mPainPoints->setObjectName(QStringLiteral("painPoints"));
    mMetrics->setObjectName(QStringLiteral("metrics"));
    mRoles->setObjectName(QStringLiteral("roles"));
    mRequirements->setObjectName(QStringLiteral("requirements"));
    mServes->setObjectName(QStringLiteral("serves"));
    QFont headingFont = mHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    mHeading->setFont(headingFont);
    for (int c = 0; c <= int(model::Channel::Other); ++c)
        mChannel->addItem(
            channelIcon(model::Channel(c), palette().color(QPalette::Text)), channelName(model::Channel(c)), c);
    const QStringList feelings { tr("−2 very negative"), tr("−1 negative"), tr("0 neutral"), tr("+1 positive"),
        tr("+2 very positive") };
    mEmotionToBe->addItem(tr("Not set"), QVariant());
    for (int e = -2; e <= 2; ++e) {
        mEmotion->addItem(feelings[e + 2], e);
        mEmotionToBe->addItem(feelings[e + 2], e);
    }
    mEvidence->addItem(tr("Observed in data"), int(model::Evidence::Observed));
    mEvidence->addItem(tr("From research / interviews"), int(model::Evidence::Research));
    mEvidence->addItem(tr("Assumption"), int(model::Evidence::Assumption));
    for (QPlainTextEdit *e : { mAction, mPainPoints, mOpportunities }) {
        e->setTabChangesFocus(true);
        // Five lines: a pain point or two reads whole without scrolling.
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 5 + 12);
    }
    mPainPoints->setPlaceholderText(tr("One pain point per line"));
    mOpportunities->setPlaceholderText(tr("One opportunity per line"));
    mMetrics->setHorizontalHeaderLabels({ tr("Metric"), tr("Unit"), tr("Low"), tr("High"), tr("Value") });
    mMetrics->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mMetrics->verticalHeader()->hide();
    mMetrics->setFixedHeight(110);
    // In a narrow dock the numbers must show: the name takes what the three figures leave.
    for (int c = 1; c < 5; ++c)
        mMetrics->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    mMetrics->horizontalHeader()->setMinimumSectionSize(36);
    mMetrics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QListWidget *l : { mRoles, mProcesses, mRequirements, mServes }) {
        // Long names wrap instead of hiding behind a sideways scroll bar.
        l->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        l->setWordWrap(true);
        l->setTextElideMode(Qt::ElideRight);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels go above their fields when the dock is narrow, so the fields get the whole width.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Title"), mTitle);
    form->addRow(tr("Customer action"), mAction);
    form->addRow(tr("Touchpoint"), mTouchpoint);
    form->addRow(tr("Channel"), mChannel);
    form->addRow(QString(), mInitiated);
    form->addRow(tr("Emotion (as-is)"), mEmotion);
    form->addRow(tr("Emotion (to-be)"), mEmotionToBe);
    form->addRow(tr("Evidence"), mEvidence);
    form->addRow(QString(), mMomentOfTruth);
    form->addRow(tr("Pain points"), mPainPoints);
    form->addRow(tr("Opportunities"), mOpportunities);
    auto *metricButtons = new QHBoxLayout;
    auto *addMetric = new QPushButton(tr("Add Metric"), this);
    auto *removeMetric = new QPushButton(tr("Remove Metric"), this);
    metricButtons->addWidget(addMetric);
    metricButtons->addWidget(removeMetric);
    metricButtons->addStretch();
    auto *metrics = new QVBoxLayout;
    metrics->addWidget(mMetrics);
    metrics->addLayout(metricButtons);
    // The grid and the checklists get the whole width, under their label.
    form->addRow(new QLabel(tr("Metrics"), this));
    form->addRow(metrics);
    for (const auto &[label, list] :
        { std::pair { tr("Customer needs it serves"), mServes }, std::pair { tr("Roles"), mRoles },
            std::pair { tr("Processes"), mProcesses }, std::pair { tr("Requirements"), mRequirements } }) {
        form->addRow(new QLabel(label, this));
        form->addRow(list);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mHeading);
    layout->addLayout(form);
    layout->addStretch();

    const auto push = [this](QUndoCommand *command) {
        if (!mUpdating && mDocument && !mSteps.isEmpty())
            mDocument->undoStack()->push(command);
        else
            delete command;
    };
    // Typing in one field is one gesture: its keystrokes merge into one undo step.
    const auto typed = [this, push](QObject *editor, auto *command) {
        command->setGesture(gestureFor(editor));
        push(command);
    };
    connect(mTitle, &QLineEdit::textEdited, this,
        [=, this](const QString &t) { typed(mTitle, new SetStepTitle(mDocument, mSteps, t)); });
    connect(mTouchpoint, &QLineEdit::textEdited, this,
        [=, this](const QString &t) { typed(mTouchpoint, new SetStepTouchpoint(mDocument, mSteps, t)); });
    connect(mAction, &QPlainTextEdit::textChanged, this, [=, this] {
        if (!mUpdating)
            typed(mAction, new SetStepCustomerAction(mDocument, mSteps, mAction->toPlainText()));
    });
    connect(mPainPoints, &QPlainTextEdit::textChanged, this, [=, this] {
        if (!mUpdating)
            typed(mPainPoints,
                new SetStepPainPoints(
                    mDocument, mSteps, model::painPointsFromLines(lines(mPainPoints), currentPains())));
    });
    connect(mOpportunities, &QPlainTextEdit::textChanged, this, [=, this] {
        if (!mUpdating)
            typed(mOpportunities, new SetStepOpportunities(mDocument, mSteps, lines(mOpportunities)));
    });
    for (QWidget *editor :
        std::initializer_list<QWidget *> { mTitle, mTouchpoint, mAction, mPainPoints, mOpportunities })
        editor->installEventFilter(this);
    connect(mChannel, &QComboBox::activated, this, [=, this](int i) {
        push(new SetStepChannel(mDocument, mSteps, model::Channel(mChannel->itemData(i).toInt())));
    });
    connect(mInitiated, &QCheckBox::clicked, this,
        [=, this](bool on) { push(new SetStepCustomerInitiated(mDocument, mSteps, on)); });
    connect(mMomentOfTruth, &QCheckBox::clicked, this,
        [=, this](bool on) { push(new SetStepMomentOfTruth(mDocument, mSteps, on)); });
    connect(mEmotion, &QComboBox::activated, this,
        [=, this](int i) { push(new SetStepEmotion(mDocument, mSteps, mEmotion->itemData(i).toInt())); });
    connect(mEmotionToBe, &QComboBox::activated, this, [=, this](int i) {
        const QVariant v = mEmotionToBe->itemData(i);
        push(new SetStepEmotionToBe(mDocument, mSteps, v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt));
    });
    connect(mEvidence, &QComboBox::activated, this, [=, this](int i) {
        push(new SetStepEvidence(mDocument, mSteps, model::Evidence(mEvidence->itemData(i).toInt())));
    });
    connect(mMetrics, &QTableWidget::itemChanged, this, [this] {
        if (!mUpdating)
            commitMetrics();
    });
    connect(addMetric, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(mMetrics);
        mMetrics->insertRow(mMetrics->rowCount());
        mMetrics->setItem(mMetrics->rowCount() - 1, 0, new QTableWidgetItem(tr("New metric")));
        commitMetrics();
    });
    connect(removeMetric, &QPushButton::clicked, this, [this] {
        if (mMetrics->currentRow() < 0)
            return;
        mMetrics->removeRow(mMetrics->currentRow());
        commitMetrics();
    });
    const auto linkOn = [this](QListWidget *list, EntityKind kind) {
        connect(list, &QListWidget::itemChanged, this, [this, kind](QListWidgetItem *item) {
            if (!mUpdating && mDocument)
                JourneyOperations::setLinked(
                    mDocument, mSteps, kind, item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        });
    };
    linkOn(mRoles, EntityKind::Role);
    linkOn(mProcesses, EntityKind::Process);
    linkOn(mRequirements, EntityKind::Requirement);
    // Each selected step gains or loses the need; the others it serves stay (one undo step for all).
    connect(mServes, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (mUpdating || !mDocument || mSteps.isEmpty())
            return;
        const QString need = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        auto *all = new QUndoCommand(QCoreApplication::translate("UndoCommands", "Change Needs Served"));
        for (const QString &id : std::as_const(mSteps)) {
            const model::Step *s = mDocument->project().step(id);
            if (!s || s->serves.contains(need) == on)
                continue;
            QStringList serves = s->serves;
            if (on)
                serves.append(need);
            else
                serves.removeAll(need);
            new SetStepServes(mDocument, { id }, serves, all);
        }
        if (all->childCount() > 0)
            mDocument->undoStack()->push(all);
        else
            delete all;
    });
}

void StepForm::setDocument(Document *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mSteps.clear();
    if (document)
        connect(document, &Document::changed, this, &StepForm::documentChanged);
    refresh();
}

quint64 StepForm::gestureFor(QObject *editor)
{
    if (editor != mGestureEditor) {
        mGestureEditor = editor;
        mGesture = newGestureId();
    }
    return mGesture;
}

bool StepForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == mGestureEditor)
        mGestureEditor = nullptr; // the next edit there is a new gesture
    return QWidget::eventFilter(watched, event);
}

void StepForm::setSteps(const QStringList &stepIds)
{
    mGestureEditor = nullptr;
    mSteps = stepIds;
    refresh();
}

void StepForm::documentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::StepsChanged) {
        const auto &e = static_cast<const StepChangeEvent &>(event);
        if (std::any_of(e.steps.begin(), e.steps.end(), [this](const QString &id) { return mSteps.contains(id); }))
            refresh();
    } else if (event.type == ChangeEvent::StepsRemoved || event.type == ChangeEvent::DocumentReset) {
        QStringList alive;
        for (const QString &id : std::as_const(mSteps)) {
            if (mDocument->project().step(id))
                alive.append(id);
        }
        mSteps = alive;
        refresh();
    }
}

void StepForm::commitMetrics()
{
    // The grid edits the figures; what leaving the range means (signal labels) stays with each row.
    const model::Step *current = mDocument && !mSteps.isEmpty() ? mDocument->project().step(mSteps.first()) : nullptr;
    std::vector<model::Metric> metrics;
    for (int r = 0; r < mMetrics->rowCount(); ++r) {
        const auto cell = [&](int c) { return mMetrics->item(r, c); };
        model::Metric m;
        m.name = cell(0) ? cell(0)->text().trimmed() : QString();
        m.unit = cell(1) ? cell(1)->text().trimmed() : QString();
        m.low = number(cell(2));
        m.high = number(cell(3));
        m.value = number(cell(4));
        if (current && std::size_t(r) < current->metrics.size()) {
            m.signalBelow = current->metrics[std::size_t(r)].signalBelow;
            m.signalAbove = current->metrics[std::size_t(r)].signalAbove;
        }
        metrics.push_back(m);
    }
    if (mDocument && !mSteps.isEmpty())
        mDocument->undoStack()->push(new SetStepMetrics(mDocument, mSteps, metrics));
}

void StepForm::fillLinkList(
    QListWidget *list, const QList<std::pair<QString, QString>> &entities, const QStringList &linked)
{
    list->clear();
    for (const auto &[id, name] : entities) {
        // Names to choose by; the id (and a long requirement's whole text) in the tooltip.
        auto *item = new QListWidgetItem(name.isEmpty() ? id : shortened(name, 70), list);
        item->setToolTip(name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id));
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    // Tall enough for every entry up to ten, so a short checklist needs no scrolling.
    const int rows = std::clamp(list->count(), 2, 10);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 4);
}

std::vector<model::PainPoint> StepForm::currentPains() const
{
    const model::Step *step = mDocument && !mSteps.isEmpty() ? mDocument->project().step(mSteps.first()) : nullptr;
    return step ? step->painPoints : std::vector<model::PainPoint> {};
}

void StepForm::refresh()
{
    const model::Step *step = mDocument && !mSteps.isEmpty() ? mDocument->project().step(mSteps.first()) : nullptr;
    setEnabled(step != nullptr);
    if (!step)
        return;
    mUpdating = true;
    // The heading speaks of the step as people know it; the id is for those who write the file.
    mHeading->setText(mSteps.size() == 1
            ? tr("Journey step")
            : tr("%n steps selected (showing “%1”)", nullptr, int(mSteps.size())).arg(step->title));
    mHeading->setToolTip(tr("Id: %1").arg(step->id));
    if (mTitle->text() != step->title) {
        mTitle->setText(step->title);
        mTitle->setCursorPosition(0); // the start of a long title, not its end
    }
    setPlain(mAction, step->customerAction);
    if (mTouchpoint->text() != step->touchpoint) {
        mTouchpoint->setText(step->touchpoint);
        mTouchpoint->setCursorPosition(0);
    }
    mChannel->setCurrentIndex(mChannel->findData(int(step->channel)));
    mInitiated->setChecked(step->customerInitiated);
    mEmotion->setCurrentIndex(mEmotion->findData(step->emotion));
    mEmotionToBe->setCurrentIndex(step->emotionToBe ? mEmotionToBe->findData(*step->emotionToBe) : 0);
    mEvidence->setCurrentIndex(mEvidence->findData(int(step->evidence)));
    mMomentOfTruth->setChecked(step->momentOfTruth);
    // Compare as lists: a half-typed new line must survive the refresh its own edit causes.
    if (const QStringList pains = model::painTexts(step->painPoints); lines(mPainPoints) != pains)
        setPlain(mPainPoints, pains.join(u'\n'));
    if (lines(mOpportunities) != step->opportunities)
        setPlain(mOpportunities, step->opportunities.join(u'\n'));
    if (!mMetrics->hasFocus() || mMetrics->rowCount() != int(step->metrics.size())) {
        mMetrics->setRowCount(int(step->metrics.size()));
        for (int r = 0; r < int(step->metrics.size()); ++r) {
            const model::Metric &m = step->metrics[size_t(r)];
            const QStringList cells { m.name, m.unit, text(m.low), text(m.high), text(m.value) };
            for (int c = 0; c < 5; ++c)
                mMetrics->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    const model::Project &p = mDocument->project();
    QList<std::pair<QString, QString>> roles, processes, requirements;
    for (const model::Role &r : p.roles)
        roles.append({ r.id, r.name });
    for (const model::Process &pr : p.processes)
        processes.append({ pr.id, pr.name });
    for (const model::Requirement &r : p.requirements)
        requirements.append({ r.id, r.text });
    fillLinkList(mRoles, roles, step->frontRoles + step->backRoles);
    fillLinkList(mProcesses, processes, step->processes);
    fillLinkList(mRequirements, requirements, step->requirements);
    // The needs of the journey's persona (of every persona when the journey names none).
    const model::Journey *journey = nullptr;
    p.step(step->id, &journey);
    QList<std::pair<QString, QString>> needs;
    for (const model::Persona &persona : p.personas)
        if (!journey || journey->persona.isEmpty() || journey->persona == persona.id)
            for (const model::Need &n : persona.needs)
                needs.append({ n.id, n.text });
    fillLinkList(mServes, needs, step->serves);
    mUpdating = false;
}

} // namespace oi::editor
