// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/distribution.h"
#include "model/project.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * A distribution edited in its own words: the kind, then only that kind's parameters (in the
 * project's time unit), and its mean said as a duration ("mean 7 min") so a typo shows at once.
 * Empirical distributions are shown, not edited here (their values come from data).
 */
class DistributionField : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionField(QWidget *parent = nullptr);

    void setValue(const model::Distribution &d, model::TimeUnit unit);
    model::Distribution value() const;
    /** The spin boxes and the combo, so a form can follow their focus for undo gestures. */
    QList<QWidget *> editors() const;

signals:
    void edited(const model::Distribution &d);

private:
    void showFields();
    void emitEdited();

    QComboBox *mKind;
    QDoubleSpinBox *mA, *mB, *mC;
    QLabel *mLabelA, *mLabelB, *mLabelC, *mMean;
    model::Distribution mValue;
    model::TimeUnit mUnit = model::TimeUnit::Minute;
    bool mUpdating = false;
};

} // namespace oi::editor
