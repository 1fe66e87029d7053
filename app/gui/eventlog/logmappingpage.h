// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/eventlog/logpreview.h"
#include "model/eventlog/draft.h"

#include <QWizardPage>

#include <array>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace oi::app {

/**
 * Which CSV column holds what, the time format (detected, editable) and the log's time zone, with
 * the first rows as the import would read them; and how the draft is cut (stages, normal ranges).
 */
class LogMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    /** The columns one can map, in the order of the form. */
    enum Slot { Case, Activity, Time, Start, Lifecycle, Resource, Channel, Customer, SlotCount };

    LogMappingPage();
    void initializePage() override;
    bool isComplete() const override;

    model::eventlog::ReadOptions readOptions() const;
    model::eventlog::DraftOptions draftOptions() const;
    QComboBox *columnBox(Slot slot) const { return mColumns[slot]; }
    QComboBox *timeFormatBox() const { return mTimeFormat; }
    QTableWidget *previewTable() const { return mPreview; }

private:
    void refresh();
    void showPreview(const LogPreview &preview);

    std::array<QComboBox *, SlotCount> mColumns {};
    QListWidget *mAttributes;
    QComboBox *mTimeFormat;
    QLabel *mDetected;
    QComboBox *mZone;
    QLineEdit *mCompleteAt;
    QSpinBox *mStepsPerStage;
    QSpinBox *mLow;
    QSpinBox *mHigh;
    QLabel *mStatus;
    QTableWidget *mPreview;
    QTimer *mRefresh;
    QString mFile; // the file the form was filled for
    QString mDetectedFormat; // as the reader named it ("ISO 8601", "dd/MM/yyyy HH:mm")
    bool mFilling = false;
    bool mReadable = false;
};

} // namespace oi::app
