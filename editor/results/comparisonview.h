// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comparison.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::editor::results {

class ChartPanel;
class ComparisonRunner;
class ComparisonTable;

/**
 * Compare Scenarios: tick two or more scenarios (the first ticked, in list order, is the
 * baseline; drag to reorder), run them with common random numbers on a worker thread with
 * progress and Cancel, and read every KPI side by side with the paired differences. It edits
 * nothing, so there is nothing to undo. Two runs of the history can be shown here too.
 */
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Ticks exactly these scenarios, in this order at the top (the first is the baseline). */
    void setScenarios(const QStringList &ids);
    QStringList scenarios() const;
    void setReplications(int replications);
    ComparisonRunner *runner() const { return mRunner; }
    ComparisonTable *table() const { return mTable; }
    /** The chart of the KPI selected in the table (the first one until another is). */
    ChartPanel *chart() const { return mChart; }
    QString status() const;

    /** Shows a comparison made elsewhere (two runs of the history), its columns named `labels`. */
    void showComparison(const model::Comparison &comparison, const QStringList &labels, const QString &origin);

public slots:
    void run();
    void cancel();

private:
    void refillScenarios();
    void onFinished(const model::Comparison &comparison);
    void updateButtons();
    void exportCsv();
    void showTable(const model::Comparison &comparison, const QStringList &labels);
    void chartRow(int row);

    QPointer<Document> mDocument;
    QPointer<Document> mRunDocument;
    quint64 mRunRevision = 0;
    QStringList mRunLabels;
    ComparisonRunner *mRunner;
    QListWidget *mList;
    QSpinBox *mReplications;
    QPushButton *mRun;
    QPushButton *mCancel;
    QPushButton *mExport;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QLabel *mAbout;
    ComparisonTable *mTable;
    ChartPanel *mChart;
    model::Comparison mShown;
    QStringList mShownLabels;
};

} // namespace oi::editor::results
