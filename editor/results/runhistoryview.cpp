// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/runhistoryview.h"

#include "editor/results/resultnames.h"

#include "editor/document/document.h"

#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/simulationinput.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oi::editor::results {

namespace {
enum Column { When, Scenario, Replications, Constraint, Model, ColumnCount };
}

RunHistoryView::RunHistoryView(QWidget *parent)
    : QWidget(parent)
    , mNote(new QLabel(this))
    , mTable(new QTableWidget(0, ColumnCount, this))
    , mOpen(new QPushButton(tr("Open on the Dashboard"), this))
    , mCompare(new QPushButton(QIcon(QStringLiteral(":/icons/compare.svg")), tr("Compare the Two"), this))
    , mDelete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), this))
{
    setObjectName(QStringLiteral("runHistory"));
    mNote->setWordWrap(true);
    mNote->setForegroundRole(QPalette::PlaceholderText);
    mTable->setObjectName(QStringLiteral("runTable"));
    mTable->setHorizontalHeaderLabels(
        { tr("When"), tr("Scenario"), tr("Replications"), tr("Constraint"), tr("Model") });
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mOpen->setObjectName(QStringLiteral("openRun"));
    mCompare->setObjectName(QStringLiteral("compareRuns"));
    mDelete->setObjectName(QStringLiteral("deleteRuns"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mOpen);
    buttons->addWidget(mCompare);
    buttons->addStretch(1);
    buttons->addWidget(mDelete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mNote);
    layout->addWidget(mTable, 1);
    layout->addLayout(buttons);

    connect(mTable, &QTableWidget::itemSelectionChanged, this, &RunHistoryView::updateButtons);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < int(mEntries.size()))
            openRun(mEntries[std::size_t(row)].record.id);
    });
    const auto fail = [this](const QString &title, bool ok, const QString &error) {
        if (!ok && !error.isEmpty())
            QMessageBox::warning(this, title, error);
    };
    connect(mOpen, &QPushButton::clicked, this, [this, fail] {
        QString error;
        if (const QList<qint64> ids = selectedIds(); ids.size() == 1)
            fail(tr("Open Run"), openRun(ids.front(), &error), error);
    });
    connect(mCompare, &QPushButton::clicked, this, [this, fail] {
        QString error;
        // The earlier run is the baseline.
        if (const QList<qint64> ids = selectedIds(); ids.size() == 2)
            fail(tr("Compare Runs"), compareRuns(std::min(ids[0], ids[1]), std::max(ids[0], ids[1]), &error), error);
    });
    connect(mDelete, &QPushButton::clicked, this, [this, fail] {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty()
            || QMessageBox::question(this, tr("Delete Runs"),
                   tr("Delete %n run(s) from the project's run history? This cannot be undone.", nullptr,
                       int(ids.size())))
                != QMessageBox::Yes)
            return;
        QString error;
        fail(tr("Delete Runs"), deleteRuns(ids, &error), error);
    });
    refresh();
}

void RunHistoryView::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::fileNameChanged, this, &RunHistoryView::refresh);
    refresh();
}

void RunHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // runs are added by the Simulation panel while this page is hidden
}

void RunHistoryView::refresh()
{
    mEntries.clear();
    mTable->setRowCount(0);
    const QString file = mDocument ? mDocument->fileName() : QString();
    if (model::formatForFileName(file) != model::FileFormat::Sqlite) {
        mNote->setText(tr("Runs are kept in .oistudio projects. Save this project as .oistudio (File ▸ Save As) to "
                          "keep every run with its inputs and results."));
        updateButtons();
        return;
    }
    QString error;
    std::vector<model::RunRecord> runs = model::listRuns(file, &error);
    std::reverse(runs.begin(), runs.end()); // newest first
    const ResultNames names(&mDocument->project());
    for (const model::RunRecord &run : runs) {
        Entry e;
        e.record = run;
        const QDateTime created = QDateTime::fromString(run.created, Qt::ISODate).toLocalTime();
        e.when = created.isValid() ? QLocale().toString(created, QLocale::ShortFormat) : run.created;
        e.label = tr("%1, %2").arg(names.scenario(run.scenario), e.when);
        const QJsonObject settings = QJsonDocument::fromJson(run.settingsJson.toUtf8()).object();
        const QJsonObject results = QJsonDocument::fromJson(run.resultsJson.toUtf8()).object();
        QStringList state;
        if (settings.contains(QStringLiteral("model_saved")) && !settings.value(QStringLiteral("model_saved")).toBool())
            state << tr("run on unsaved edits");
        QString translateError;
        const auto input = model::toSimulationInput(mDocument->project(), run.scenario, &translateError);
        bool ok = false;
        const quint64 stored = results.value(QStringLiteral("model_fingerprint")).toString().toULongLong(&ok, 16);
        if (!input || !ok || sim::inputFingerprint(*input) != stored)
            state << tr("model changed since");
        e.current = state.isEmpty();
        e.state = e.current ? tr("as now") : state.join(QStringLiteral("; "));
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        mTable->setItem(row, When, new QTableWidgetItem(e.when));
        mTable->setItem(row, Scenario, new QTableWidgetItem(names.scenario(run.scenario)));
        auto *reps = new QTableWidgetItem(QString::number(results.value(QStringLiteral("replications")).toInt()));
        reps->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mTable->setItem(row, Replications, reps);
        const QJsonObject first = results.value(QStringLiteral("bottlenecks")).toArray().at(0).toObject();
        mTable->setItem(row, Constraint,
            new QTableWidgetItem(first.isEmpty()
                    ? tr("none")
                    : tr("%1 at %2")
                          .arg(names.role(first.value(QStringLiteral("role")).toString()),
                              names.nodeRef(first.value(QStringLiteral("node")).toString()))));
        auto *model = new QTableWidgetItem(e.state);
        if (!e.current) {
            model->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
            model->setToolTip(tr("The figures describe the model as it was when the run started, not as it is now."));
        }
        mTable->setItem(row, Model, model);
        mEntries.push_back(std::move(e));
    }
    mNote->setText(!error.isEmpty() ? tr("The run history cannot be read: %1").arg(error)
            : mEntries.empty()      ? tr("No runs yet: every simulation of this project is kept here.")
                                    : tr("Select one run to open it, or two to compare them (the earlier one is the "
                                              "baseline)."));
    updateButtons();
}

QList<qint64> RunHistoryView::runIds() const
{
    QList<qint64> ids;
    for (const Entry &e : mEntries)
        ids << e.record.id;
    return ids;
}

QString RunHistoryView::modelState(qint64 id) const
{
    const Entry *e = entry(id);
    return e ? e->state : QString();
}

const RunHistoryView::Entry *RunHistoryView::entry(qint64 id) const
{
    for (const Entry &e : mEntries)
        if (e.record.id == id)
            return &e;
    return nullptr;
}

bool RunHistoryView::load(qint64 id, sim::Results *results, QString *error) const
{
    const Entry *e = entry(id);
    if (!e) {
        if (error)
            *error = tr("There is no run %1 in the history.").arg(id);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(e->record.resultsJson.toUtf8(), &parse);
    QString why = parse.errorString();
    if (json.isObject() && model::resultsFromJson(json.object(), results, &why)) {
        results->scenario = e->record.scenario.toStdString();
        return true;
    }
    if (error)
        *error = tr("The run of %1 cannot be read: %2").arg(e->when, why);
    return false;
}

bool RunHistoryView::openRun(qint64 id, QString *error)
{
    auto results = std::make_shared<sim::Results>();
    if (!load(id, results.get(), error))
        return false;
    const Entry *e = entry(id);
    QString origin = tr("From the run history: %1.").arg(e->when);
    if (!e->current)
        origin += u' ' + tr("This run is marked: %1.").arg(e->state);
    emit openRequested(results, origin);
    return true;
}

bool RunHistoryView::compareRuns(qint64 baseline, qint64 later, QString *error)
{
    sim::Results a, b;
    if (!mDocument || !load(baseline, &a, error) || !load(later, &b, error))
        return false;
    const Entry *ea = entry(baseline);
    const Entry *eb = entry(later);
    const bool sameSeed = a.seed == b.seed;
    const model::Comparison c = model::compareResults(
        mDocument->project(), { ea->record.scenario, eb->record.scenario }, { std::move(a), std::move(b) });
    QString origin = tr("Two runs of the history, paired replication by replication.");
    if (!sameSeed)
        origin += u' ' + tr("Their seeds differ, so they share no random numbers: the intervals are wider.");
    if (!ea->current || !eb->current)
        origin += u' ' + tr("A marked run describes the model as it was then.");
    emit compareRequested(c, { ea->label, eb->label }, origin);
    return true;
}

bool RunHistoryView::deleteRuns(const QList<qint64> &ids, QString *error)
{
    if (!mDocument)
        return false;
    bool ok = true;
    for (qint64 id : ids)
        ok = model::deleteRun(mDocument->fileName(), id, error) && ok;
    refresh();
    return ok;
}

QList<qint64> RunHistoryView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : mTable->selectionModel()->selectedRows())
        if (index.row() < int(mEntries.size()))
            ids << mEntries[std::size_t(index.row())].record.id;
    return ids;
}

void RunHistoryView::updateButtons()
{
    const qsizetype selected = selectedIds().size();
    mOpen->setEnabled(selected == 1);
    mCompare->setEnabled(selected == 2);
    mDelete->setEnabled(selected > 0);
}

} // namespace oi::editor::results
