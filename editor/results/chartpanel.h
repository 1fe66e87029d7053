// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/results/resultscharts.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace oi::editor::results {

/**
 * One chart of the dashboard: the chart itself (styled after the palette, again when it changes),
 * an optional chooser above it, a note below, and Export: the picture as PNG or SVG (always in
 * the light theme, for slides and paper) and the data as CSV.
 */
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    /** Shows `built` (the panel owns its chart from now on; the previous one is deleted). */
    void setChart(const BuiltChart &built);
    QChart *chart() const;
    QChartView *view() const { return mView; }
    const ChartTable &data() const { return mData; }
    QString fileStem() const { return mStem; }
    int readableWidth() const { return mReadableWidth; }
    QString note() const;
    /** A chooser left of Export (the histogram's process); created on first use. */
    QComboBox *chooser();

    /** PNG or SVG of the chart, or CSV of its data, by the extension of `fileName`. */
    bool exportTo(const QString &fileName, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportInteractively(const QString &suffix);

    QChartView *mView;
    QLabel *mNote;
    QToolButton *mExport;
    QHBoxLayout *mTop;
    QComboBox *mChooser = nullptr;
    ChartTable mData;
    QString mStem;
    int mReadableWidth = 0;
};

} // namespace oi::editor::results
