// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comparison.h"
#include "model/runstore.h"

#include "simulation/results.h"

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::editor::results {

/**
 * The runs kept in a .oistudio document: when, which scenario, how many replications, the
 * constraint, and whether the run describes the model as it is now (a run on unsaved edits, or on
 * a model changed since, is marked). Open one on the dashboard, compare any two, delete.
 */
class RunHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit RunHistoryView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Reads the runs from the document's file again. */
    void refresh();
    QTableWidget *table() const { return mTable; }
    /** The run ids, in table order (newest first). */
    QList<qint64> runIds() const;
    /** What the Model column says of run `id` ("as now", "changed since"…). */
    QString modelState(qint64 id) const;

    bool openRun(qint64 id, QString *error = nullptr);
    bool compareRuns(qint64 baseline, qint64 later, QString *error = nullptr);
    /** Deletes without asking (the button asks first). */
    bool deleteRuns(const QList<qint64> &ids, QString *error = nullptr);

signals:
    void openRequested(const std::shared_ptr<const oi::sim::Results> &results, const QString &origin);
    void compareRequested(const oi::model::Comparison &comparison, const QStringList &labels, const QString &origin);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Entry
    {
        model::RunRecord record;
        QString when;
        QString label; // "As-is, 1 Dec 2026 14:05"
        QString state;
        bool current = true;
    };
    const Entry *entry(qint64 id) const;
    bool load(qint64 id, sim::Results *results, QString *error) const;
    QList<qint64> selectedIds() const;
    void updateButtons();

    QPointer<Document> mDocument;
    std::vector<Entry> mEntries;
    QLabel *mNote;
    QTableWidget *mTable;
    QPushButton *mOpen;
    QPushButton *mCompare;
    QPushButton *mDelete;
};

} // namespace oi::editor::results
