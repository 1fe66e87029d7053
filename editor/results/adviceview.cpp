// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/adviceview.h"

#include "editor/commands/entitylifecycle.h"
#include "editor/commands/entitylistcommands.h"
#include "editor/document/changeevents.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/results/resultnames.h"

#include "model/humanunits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace oi::editor::results {

namespace {

enum Column { Remedy, Net, Goals, ColumnCount };

QString goalsText(const model::AdviceOption &o)
{
    int met = 0, before = 0;
    for (const model::AdviceOption::GoalEffect &g : o.goals) {
        met += g.met == QLatin1String("yes");
        before += g.metBefore == QLatin1String("yes");
    }
    if (o.goals.empty())
        return {};
    return AdviceView::tr("%1 of %n met (%2 before)", nullptr, int(o.goals.size())).arg(met).arg(before);
}

} // namespace

AdviceView::AdviceView(QWidget *parent)
    : QWidget(parent)
    , mScenario(new QComboBox)
    , mRun(new QPushButton(tr("&Advise")))
    , mStop(new QPushButton(tr("&Cancel")))
    , mAdd(new QPushButton(tr("Add as &What-If Scenario")))
    , mBusy(new QProgressBar)
    , mSummary(new QLabel)
    , mOptions(new QTableWidget)
{
    setObjectName(QStringLiteral("adviceView"));
    mScenario->setObjectName(QStringLiteral("adviceScenario"));
    mOptions->setObjectName(QStringLiteral("adviceOptions"));
    mOptions->setColumnCount(ColumnCount);
    mOptions->setHorizontalHeaderLabels({ tr("Remedy, best business case first"), tr("Net a week"), tr("Goals") });
    mOptions->verticalHeader()->hide();
    mOptions->setWordWrap(true);
    mOptions->setTextElideMode(Qt::ElideNone); // the sentence is the advice: all of it is read
    mOptions->setAlternatingRowColors(true);
    mOptions->setShowGrid(false);
    mOptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    mOptions->setSelectionMode(QAbstractItemView::SingleSelection);
    mOptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mOptions->horizontalHeader()->setSectionResizeMode(Remedy, QHeaderView::Stretch);
    mOptions->horizontalHeader()->setSectionResizeMode(Net, QHeaderView::ResizeToContents);
    mOptions->horizontalHeader()->setSectionResizeMode(Goals, QHeaderView::ResizeToContents);
    mOptions->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Wrapped sentences need their rows' heights again whenever the remedy column's width changes.
    connect(mOptions->horizontalHeader(), &QHeaderView::sectionResized, mOptions, [this](int section) {
        if (section == Remedy)
            mOptions->resizeRowsToContents();
    });
    mSummary->setWordWrap(true);
    mSummary->setObjectName(QStringLiteral("adviceSummary"));
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setText(tr("Choose a scenario and press Advise: the advisor names the constraint and tries the "
                         "remedies with the same random numbers, best business case first."));
    mBusy->setRange(0, 0); // the advisor runs many short comparisons: a busy bar, not a percentage
    mBusy->hide();
    mStop->setEnabled(false);
    mAdd->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:")));
    top->addWidget(mScenario, 1);
    top->addWidget(mRun);
    top->addWidget(mStop);
    top->addWidget(mAdd);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(mBusy);
    layout->addWidget(mSummary);
    layout->addWidget(mOptions, 1);
    connect(mRun, &QPushButton::clicked, this, &AdviceView::start);
    connect(mStop, &QPushButton::clicked, this, &AdviceView::cancel);
    connect(mAdd, &QPushButton::clicked, this, [this] { addOption(mOptions->currentRow()); });
    connect(mOptions, &QTableWidget::currentCellChanged, this,
        [this](int row) { mAdd->setEnabled(row >= 0 && !isRunning()); });
}

AdviceView::~AdviceView()
{
    stopAndWait();
}

void AdviceView::stopAndWait()
{
    cancel();
    if (mThread)
        mThread->wait();
}

void AdviceView::setDocument(Document *document)
{
    if (mDocument == document)
        return;
    stopAndWait();
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mAdvice = {};
    mOptions->setRowCount(0);
    fillScenarios();
    if (mDocument)
        connect(mDocument, &Document::changed, this, [this](const ChangeEvent &) { fillScenarios(); });
}

void AdviceView::fillScenarios()
{
    const QString current = mScenario->currentData().toString();
    mScenario->clear();
    if (!mDocument)
        return;
    for (const model::Scenario &s : mDocument->project().scenarios)
        mScenario->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
    mScenario->setCurrentIndex(std::max(0, mScenario->findData(current)));
}

void AdviceView::setScenario(const QString &scenarioId)
{
    mScenario->setCurrentIndex(std::max(0, mScenario->findData(scenarioId)));
}

bool AdviceView::isRunning() const
{
    return mThread && mThread->isRunning();
}

void AdviceView::start()
{
    if (!mDocument || isRunning() || mScenario->currentIndex() < 0)
        return;
    // The worker gets its own copy of the project: editing goes on while it runs.
    const model::Project project = mDocument->project();
    const QString scenario = mScenario->currentData().toString();
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mPending = std::make_shared<model::Advice>();
    auto cancel = mCancel;
    auto pending = mPending;
    mThread = QThread::create([project, scenario, cancel, pending] {
        model::AdviceSettings settings;
        settings.cancel = cancel.get();
        *pending = model::advise(project, scenario, settings);
    });
    connect(mThread, &QThread::finished, this, [this] {
        mThread->deleteLater();
        mThread = nullptr;
        mAdvice = *mPending;
        showAdvice();
        emit finished();
    });
    mOptions->setRowCount(0);
    mSummary->setText(tr("Trying the remedies\u2026"));
    mBusy->show();
    mRun->setEnabled(false);
    mStop->setEnabled(true);
    mAdd->setEnabled(false);
    mThread->start();
}

void AdviceView::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

void AdviceView::showAdvice()
{
    mBusy->hide();
    mRun->setEnabled(true);
    mStop->setEnabled(false);
    mOptions->setRowCount(0);
    if (!mAdvice.ok) {
        mSummary->setText(mCancel && mCancel->load() ? tr("Cancelled.") : tr("No advice: %1").arg(mAdvice.error));
        return;
    }
    QString summary = mAdvice.summary;
    if (mAdvice.windows.size() > 1) {
        QStringList windows;
        for (const model::Advice::Window &w : mAdvice.windows)
            windows << tr("%1 %2").arg(w.window, mDocument ? ResultNames(&mDocument->project()).role(w.role) : w.role);
        summary += u'\n' + tr("By time of day: %1.").arg(windows.join(QStringLiteral("; ")));
    }
    mSummary->setText(summary);
    mOptions->setRowCount(int(mAdvice.options.size()));
    for (int row = 0; row < mOptions->rowCount(); ++row) {
        const model::AdviceOption &o = mAdvice.options[std::size_t(row)];
        auto *remedy = new QTableWidgetItem(o.sentence);
        remedy->setToolTip(o.sentence);
        auto *net = new QTableWidgetItem(model::money(o.net, mDocument ? mDocument->project().currency : QString()));
        net->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        net->setToolTip(o.significant ? tr("Significant at 95 %: the whole 95 % interval of the gain is above zero.")
                                      : tr("Not significant at 95 %: the gain may be chance."));
        auto *goals = new QTableWidgetItem(goalsText(o));
        goals->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        QStringList effects;
        for (const model::AdviceOption::GoalEffect &g : o.goals)
            effects << tr("%1: %2 (before: %3)").arg(g.goal, g.met, g.metBefore);
        goals->setToolTip(effects.join(u'\n'));
        remedy->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        mOptions->setItem(row, Remedy, remedy);
        mOptions->setItem(row, Net, net);
        mOptions->setItem(row, Goals, goals);
    }
    mOptions->resizeRowsToContents();
}

QString AdviceView::addOption(int index)
{
    if (!mDocument || index < 0 || index >= int(mAdvice.options.size()))
        return {};
    model::Scenario s = mAdvice.options[std::size_t(index)].scenario;
    s.id = unusedId(mDocument->project(), EntityKind::Scenario, QStringLiteral("what-if"));
    mDocument->undoStack()->push(
        new AddEntity<ScenarioTraits>(mDocument, s, -1, tr("Add What-If Scenario %1").arg(s.name)));
    mDocument->selection()->select(EntityKind::Scenario, s.id);
    return s.id;
}

} // namespace oi::editor::results
