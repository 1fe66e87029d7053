// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/chartpanel.h"

#include "editor/results/chartexport.h"
#include "editor/results/chartstyle.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace oi::editor::results {

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , mView(new QChartView(this))
    , mNote(new QLabel(this))
    , mExport(new QToolButton(this))
    , mTop(new QHBoxLayout)
{
    setObjectName(QStringLiteral("chartPanel"));
    setFrameShape(QFrame::StyledPanel);
    // One card with the chart's own ground, as the KPI tiles.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setFrameShape(QFrame::NoFrame);
    mView->setBackgroundBrush(palette().base());
    mNote->setWordWrap(true);
    mNote->setForegroundRole(QPalette::PlaceholderText);
    mNote->hide();
    mExport->setText(tr("Export"));
    mExport->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    mExport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mExport->setPopupMode(QToolButton::InstantPopup);
    mExport->setAutoRaise(true);
    auto *menu = new QMenu(mExport);
    menu->addAction(tr("Save Chart as &PNG…"), this, [this] { exportInteractively(QStringLiteral("png")); });
    menu->addAction(tr("Save Chart as &SVG…"), this, [this] { exportInteractively(QStringLiteral("svg")); });
    menu->addAction(tr("Save Data as &CSV…"), this, [this] { exportInteractively(QStringLiteral("csv")); });
    mExport->setMenu(menu);
    mTop->addStretch(1);
    mTop->addWidget(mExport);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(mTop);
    layout->addWidget(mView, 1);
    layout->addWidget(mNote);
}

void ChartPanel::setChart(const BuiltChart &built)
{
    QChart *old = mView->chart();
    styleChart(built.chart, palette());
    mView->setChart(built.chart);
    delete old; // the view lets go of the chart it had
    mView->setMinimumHeight(built.minimumHeight);
    mData = built.data;
    mStem = built.fileStem;
    mReadableWidth = built.readableWidth;
    mNote->setText(built.note);
    mNote->setVisible(!built.note.isEmpty());
    setAccessibleName(built.chart->title());
}

QChart *ChartPanel::chart() const
{
    return mView->chart();
}

QString ChartPanel::note() const
{
    return mNote->text();
}

QComboBox *ChartPanel::chooser()
{
    if (!mChooser) {
        mChooser = new QComboBox(this);
        mChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        mTop->insertWidget(0, mChooser);
    }
    return mChooser;
}

bool ChartPanel::exportTo(const QString &fileName, QString *error)
{
    if (QFileInfo(fileName).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return writeCsv(fileName, mData, error);
    // Pictures go on slides and paper: the light theme whatever the screen shows.
    const bool dark = isDark(palette());
    if (dark)
        styleChart(chart(), QApplication::style()->standardPalette());
    const bool ok = writeChartPicture(chart(), fileName, error);
    if (dark)
        styleChart(chart(), palette());
    return ok;
}

void ChartPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && chart()) {
        styleChart(chart(), palette());
        mView->setBackgroundBrush(palette().base());
    }
}

void ChartPanel::exportInteractively(const QString &suffix)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("results/exportFolder"), QDir::homePath()).toString();
    const QString filter = suffix == QLatin1String("csv") ? tr("CSV files (*.csv)")
        : suffix == QLatin1String("svg")                  ? tr("SVG drawings (*.svg)")
                                                          : tr("PNG images (*.png)");
    QString file
        = QFileDialog::getSaveFileName(this, tr("Export Chart"), QDir(folder).filePath(mStem + u'.' + suffix), filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + suffix;
    settings.setValue(QStringLiteral("results/exportFolder"), QFileInfo(file).absolutePath());
    QString error;
    if (!exportTo(file, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace oi::editor::results
