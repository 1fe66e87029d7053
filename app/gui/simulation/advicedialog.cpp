// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/advicedialog.h"

#include "editor/commands/entitylifecycle.h"
#include "editor/commands/entitylistcommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oi::app {

AdviceDialog::AdviceDialog(editor::Document *document, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mScenario(new QComboBox)
    , mRun(new QPushButton(tr("&Advise")))
    , mStop(new QPushButton(tr("&Cancel")))
    , mAdd(new QPushButton(tr("Add as &What-If Scenario")))
    , mBusy(new QProgressBar)
    , mSummary(new QLabel)
    , mOptions(new QListWidget)
{
    setObjectName(QStringLiteral("adviceDialog"));
    setWindowTitle(tr("Advise on the Constraint"));
    resize(760, 480);
    mOptions->setObjectName(QStringLiteral("adviceOptions"));
    mOptions->setWordWrap(true);
    mOptions->setAlternatingRowColors(true);
    mSummary->setWordWrap(true);
    mSummary->setObjectName(QStringLiteral("adviceSummary"));
    mSummary->setText(tr("Choose a scenario and press Advise: the advisor names the constraint and tries the "
                         "remedies with the same random numbers, best business case first."));
    mBusy->setRange(0, 0); // the advisor runs many short comparisons: a busy bar, not a percentage
    mBusy->hide();
    mStop->setEnabled(false);
    mAdd->setEnabled(false);
    if (mDocument)
        for (const model::Scenario &s : mDocument->project().scenarios)
            mScenario->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:")));
    top->addWidget(mScenario, 1);
    top->addWidget(mRun);
    top->addWidget(mStop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(mAdd, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mBusy);
    layout->addWidget(mSummary);
    layout->addWidget(mOptions, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mRun, &QPushButton::clicked, this, &AdviceDialog::start);
    connect(mStop, &QPushButton::clicked, this, &AdviceDialog::cancel);
    connect(mAdd, &QPushButton::clicked, this, [this] { addOption(mOptions->currentRow()); });
    connect(mOptions, &QListWidget::currentRowChanged, this, [this](int row) { mAdd->setEnabled(row >= 0); });
}

AdviceDialog::~AdviceDialog()
{
    cancel();
    if (mThread)
        mThread->wait();
}

void AdviceDialog::setScenario(const QString &scenarioId)
{
    mScenario->setCurrentIndex(std::max(0, mScenario->findData(scenarioId)));
}

bool AdviceDialog::isRunning() const
{
    return mThread && mThread->isRunning();
}

void AdviceDialog::start()
{
    if (!mDocument || isRunning() || mScenario->currentIndex() < 0)
        return;
    // The worker gets its own copy of the project: editing on goes on while it runs.
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
    mOptions->clear();
    mSummary->setText(tr("Trying the remedies\u2026"));
    mBusy->show();
    mRun->setEnabled(false);
    mStop->setEnabled(true);
    mAdd->setEnabled(false);
    mThread->start();
}

void AdviceDialog::cancel()
{
    if (mCancel)
        mCancel->store(true);
}

void AdviceDialog::showAdvice()
{
    mBusy->hide();
    mRun->setEnabled(true);
    mStop->setEnabled(false);
    mOptions->clear();
    if (!mAdvice.ok) {
        mSummary->setText(mCancel && mCancel->load() ? tr("Cancelled.") : tr("No advice: %1").arg(mAdvice.error));
        return;
    }
    mSummary->setText(mAdvice.summary);
    for (const model::AdviceOption &o : mAdvice.options) {
        auto *item = new QListWidgetItem(o.sentence, mOptions);
        item->setToolTip(o.significant ? tr("Significant at 95 %") : tr("Not significant at 95 %"));
    }
}

QString AdviceDialog::addOption(int index)
{
    if (!mDocument || index < 0 || index >= int(mAdvice.options.size()))
        return {};
    model::Scenario s = mAdvice.options[std::size_t(index)].scenario;
    s.id = editor::unusedId(mDocument->project(), editor::EntityKind::Scenario, QStringLiteral("what-if"));
    mDocument->undoStack()->push(
        new editor::AddEntity<editor::ScenarioTraits>(mDocument, s, -1, tr("Add What-If Scenario %1").arg(s.name)));
    mDocument->selection()->select(editor::EntityKind::Scenario, s.id);
    return s.id;
}

} // namespace oi::app
