// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/comparisonview.h"

#include "editor/results/chartexport.h"
#include "editor/results/chartpanel.h"
#include "editor/results/comparisonchart.h"
#include "editor/results/comparisonrunner.h"
#include "editor/results/comparisontable.h"
#include "editor/results/resultnames.h"

#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include "model/humanunits.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace oi::editor::results {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , mRunner(new ComparisonRunner(this))
    , mList(new QListWidget(this))
    , mReplications(new QSpinBox(this))
    , mRun(new QPushButton(QIcon(QStringLiteral(":/icons/run.svg")), tr("Compare"), this))
    , mCancel(new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Cancel"), this))
    , mExport(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Save Table as CSV…"), this))
    , mProgress(new QProgressBar(this))
    , mStatus(new QLabel(this))
    , mAbout(new QLabel(this))
    , mTable(new ComparisonTable(this))
    , mChart(new ChartPanel(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    mList->setObjectName(QStringLiteral("comparedScenarios"));
    mList->setDragDropMode(QAbstractItemView::InternalMove);
    mList->setToolTip(tr("Tick the scenarios to compare; the first ticked is the baseline. Drag to reorder."));
    mList->setAccessibleName(tr("Scenarios to compare"));
    mReplications->setAccessibleName(tr("Replications per scenario"));
    mReplications->setRange(2, 1000);
    mReplications->setValue(30);
    mReplications->setSuffix(tr(" replications each"));
    mRun->setObjectName(QStringLiteral("compare"));
    mCancel->setObjectName(QStringLiteral("cancelComparison"));
    mCancel->setEnabled(false);
    mExport->setEnabled(false);
    mProgress->hide();
    mStatus->setObjectName(QStringLiteral("comparisonStatus"));
    mStatus->setWordWrap(true);
    mAbout->setWordWrap(true);
    mAbout->setForegroundRole(QPalette::PlaceholderText);
    mAbout->setText(tr("Every scenario runs with the same random numbers replication by replication (common random "
                       "numbers), so each difference is paired. A change whose 95 % interval spans zero is no "
                       "significant difference; significant changes are green when better and red when worse."));

    auto *controls = new QVBoxLayout;
    auto *pick = new QLabel(tr("Scenarios (the first ticked is the baseline):"), this);
    pick->setWordWrap(true);
    controls->addWidget(pick);
    controls->addWidget(mList, 1);
    controls->addWidget(mReplications);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mRun);
    buttons->addWidget(mCancel);
    controls->addLayout(buttons);
    controls->addWidget(mProgress);
    controls->addWidget(mStatus);
    controls->addWidget(mExport);
    auto *side = new QWidget(this);
    side->setLayout(controls);
    side->setMaximumWidth(300);
    mChart->hide();
    // The table first; the chart of the chosen figure under it, as tall as the user drags it.
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(mTable, 1);
    tableLayout->addWidget(mAbout);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tablePane);
    split->addWidget(mChart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(split, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(side);
    layout->addLayout(right, 1);

    connect(mRun, &QPushButton::clicked, this, &ComparisonView::run);
    connect(mCancel, &QPushButton::clicked, this, &ComparisonView::cancel);
    connect(mExport, &QPushButton::clicked, this, &ComparisonView::exportCsv);
    connect(mList, &QListWidget::itemChanged, this, &ComparisonView::updateButtons);
    connect(mTable, &QTableWidget::currentCellChanged, this, [this](int row) { chartRow(row); });
    connect(mRunner, &ComparisonRunner::progress, this, [this](int done, int planned) {
        mProgress->setRange(0, planned);
        mProgress->setValue(done);
    });
    connect(mRunner, &ComparisonRunner::finished, this, &ComparisonView::onFinished);
    updateButtons();
}

void ComparisonView::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mRunner->cancel();
    mDocument = document;
    mTable->clearComparison();
    mChart->hide();
    mStatus->clear();
    if (mDocument) {
        connect(mDocument, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.type == ChangeEvent::DocumentReset
                || (e.type >= ChangeEvent::EntitiesAdded
                    && static_cast<const EntityChangeEvent &>(e).kind == EntityKind::Scenario))
                refillScenarios();
        });
        if (mDocument->project().simulation.replications >= 2)
            mReplications->setValue(std::max(mDocument->project().simulation.replications, 30));
    }
    refillScenarios();
}

void ComparisonView::refillScenarios()
{
    const QStringList ticked = scenarios();
    const bool first = mList->count() == 0;
    mList->clear();
    if (!mDocument) {
        updateButtons();
        return;
    }
    QStringList ids;
    for (const model::Scenario &s : mDocument->project().scenarios)
        ids << s.id;
    // Keep the order and the ticks the user chose; a fresh list ticks the first two.
    QStringList order = ticked;
    for (const QString &id : ids)
        if (!order.contains(id))
            order << id;
    const ResultNames names(&mDocument->project());
    for (const QString &id : order) {
        if (!ids.contains(id))
            continue;
        auto *item = new QListWidgetItem(names.scenario(id), mList);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = first ? mList->count() <= 2 : ticked.contains(id);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void ComparisonView::setScenarios(const QStringList &ids)
{
    for (qsizetype i = ids.size() - 1; i >= 0; --i)
        for (int row = 0; row < mList->count(); ++row)
            if (mList->item(row)->data(Qt::UserRole).toString() == ids.at(i)) {
                mList->insertItem(0, mList->takeItem(row));
                break;
            }
    for (int row = 0; row < mList->count(); ++row)
        mList->item(row)->setCheckState(
            ids.contains(mList->item(row)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    updateButtons();
}

QStringList ComparisonView::scenarios() const
{
    QStringList ids;
    for (int row = 0; row < mList->count(); ++row)
        if (mList->item(row)->checkState() == Qt::Checked)
            ids << mList->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void ComparisonView::setReplications(int replications)
{
    mReplications->setValue(replications);
}

QString ComparisonView::status() const
{
    return mStatus->text();
}

void ComparisonView::updateButtons()
{
    const bool running = mRunner->isRunning();
    mRun->setEnabled(!running && mDocument && scenarios().size() >= 2);
    mCancel->setEnabled(running);
    mList->setEnabled(!running);
    mReplications->setEnabled(!running);
    if (!running && mDocument && mList->count() < 2)
        mStatus->setText(tr("The project needs at least two scenarios to compare (Edit ▸ New ▸ Scenario)."));
}

void ComparisonView::run()
{
    if (!mDocument || mRunner->isRunning())
        return;
    const QStringList ids = scenarios();
    if (ids.size() < 2)
        return;
    model::ComparisonSettings settings;
    settings.replications = mReplications->value();
    const ResultNames names(&mDocument->project());
    mRunLabels.clear();
    for (const QString &id : ids)
        mRunLabels << names.scenario(id);
    mRunDocument = mDocument;
    mRunRevision = mDocument->revision();
    mRunner->start(mDocument->project(), ids, settings);
    mProgress->setRange(0, 0);
    mProgress->show();
    mStatus->setText(tr("Comparing %1…").arg(mRunLabels.join(QStringLiteral(", "))));
    updateButtons();
}

void ComparisonView::cancel()
{
    mRunner->cancel();
    mStatus->setText(tr("Cancelling…"));
}

void ComparisonView::onFinished(const model::Comparison &comparison)
{
    mProgress->hide();
    updateButtons();
    if (!mRunDocument || mRunDocument != mDocument) {
        mStatus->setText(tr("The finished comparison belonged to a project that is no longer open; it was set aside."));
        return;
    }
    if (comparison.cancelled) {
        mStatus->setText(tr("Cancelled."));
        return;
    }
    if (!comparison.ok) {
        mStatus->setText(tr("The comparison stopped: %1").arg(comparison.error));
        return;
    }
    showTable(comparison, mRunLabels);
    QString status = tr("%n replications of each in %1 s.", nullptr, comparison.replications)
                         .arg(QString::number(comparison.wallSeconds, 'f', 1));
    if (mDocument->revision() != mRunRevision)
        status += u' ' + tr("The project was edited meanwhile: the figures describe it as it was when they started.");
    mStatus->setText(status);
}

void ComparisonView::showComparison(
    const model::Comparison &comparison, const QStringList &labels, const QString &origin)
{
    if (!mDocument)
        return;
    showTable(comparison, labels);
    mStatus->setText(origin);
}

void ComparisonView::showTable(const model::Comparison &comparison, const QStringList &labels)
{
    mShown = comparison;
    mShownLabels = labels;
    mTable->setComparison(comparison, mDocument->project(), labels);
    mExport->setEnabled(true);
    chartRow(1); // the first process's first figure (row 0 is its heading)
}

void ComparisonView::chartRow(int row)
{
    const int index = mTable->kpiAt(row);
    if (index < 0 || !mDocument || std::size_t(index) >= mShown.kpis.size())
        return;
    mChart->setChart(comparisonChart(mShown, std::size_t(index), mShownLabels, mDocument->project()));
    mChart->show();
}

void ComparisonView::exportCsv()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("results/exportFolder"), QDir::homePath()).toString();
    QString file = QFileDialog::getSaveFileName(
        this, tr("Save Comparison"), QDir(folder).filePath(QStringLiteral("comparison.csv")), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        file += QStringLiteral(".csv");
    settings.setValue(QStringLiteral("results/exportFolder"), QFileInfo(file).absolutePath());
    QString error;
    if (!writeCsv(file, mTable->data(), &error))
        QMessageBox::warning(this, tr("Save Comparison"), error);
}

} // namespace oi::editor::results
