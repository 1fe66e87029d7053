// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/distributionfield.h"

#include "model/humanunits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

namespace oi::editor {

namespace {

struct Kind
{
    model::DistKind kind;
    const char *name;
};

const Kind kKinds[] = { { model::DistKind::Fixed, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "fixed") },
    { model::DistKind::Exponential, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "exponential") },
    { model::DistKind::Triangular, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "triangular") },
    { model::DistKind::Uniform, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "uniform") },
    { model::DistKind::Normal, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "normal") },
    { model::DistKind::Lognormal, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "lognormal") },
    { model::DistKind::Gamma, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "gamma") },
    { model::DistKind::Erlang, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "Erlang") },
    { model::DistKind::Empirical, QT_TRANSLATE_NOOP("oi::editor::DistributionField", "from data (empirical)") } };

double meanOf(const model::Distribution &d)
{
    switch (d.kind) {
    case model::DistKind::Fixed: return d.value;
    case model::DistKind::Uniform: return (d.min + d.max) / 2;
    case model::DistKind::Triangular: return (d.min + d.mode + d.max) / 3;
    case model::DistKind::Empirical: {
        double sum = 0, weights = 0;
        for (std::size_t i = 0; i < d.values.size(); ++i) {
            const double w = i < d.weights.size() ? d.weights[i] : 1.0;
            sum += w * d.values[i];
            weights += w;
        }
        return weights > 0 ? sum / weights : 0;
    }
    case model::DistKind::None: return 0;
    default: return d.mean;
    }
}

QDoubleSpinBox *spin()
{
    auto *s = new QDoubleSpinBox;
    s->setRange(0, 1e7);
    s->setDecimals(2);
    s->setKeyboardTracking(false);
    return s;
}

} // namespace

DistributionField::DistributionField(QWidget *parent)
    : QWidget(parent)
    , mKind(new QComboBox)
    , mA(spin())
    , mB(spin())
    , mC(spin())
    , mLabelA(new QLabel)
    , mLabelB(new QLabel)
    , mLabelC(new QLabel)
    , mMean(new QLabel)
{
    mKind->setObjectName(QStringLiteral("distributionKind"));
    mA->setObjectName(QStringLiteral("parameterA"));
    mB->setObjectName(QStringLiteral("parameterB"));
    mC->setObjectName(QStringLiteral("parameterC"));
    mMean->setObjectName(QStringLiteral("distributionMean"));
    for (const Kind &k : kKinds)
        mKind->addItem(tr(k.name), int(k.kind));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(mKind, 0, 0, 1, 2);
    grid->addWidget(mLabelA, 1, 0);
    grid->addWidget(mA, 1, 1);
    grid->addWidget(mLabelB, 2, 0);
    grid->addWidget(mB, 2, 1);
    grid->addWidget(mLabelC, 3, 0);
    grid->addWidget(mC, 3, 1);
    grid->addWidget(mMean, 4, 0, 1, 2);
    connect(mKind, &QComboBox::activated, this, [this](int i) {
        // A new kind starts from the old mean, so the figure people know stays.
        const double m = std::max(meanOf(mValue), 1.0);
        const auto kind = model::DistKind(mKind->itemData(i).toInt());
        model::Distribution d;
        d.kind = kind;
        d.value = d.mean = m;
        d.min = m / 2;
        d.mode = m;
        d.max = m * 1.5;
        d.sd = m / 4;
        d.k = 2;
        if (kind == model::DistKind::Uniform)
            d.max = m * 1.5, d.min = m / 2;
        mValue = d;
        showFields();
        emit edited(mValue);
    });
    for (QDoubleSpinBox *s : { mA, mB, mC })
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { emitEdited(); });
}

QList<QWidget *> DistributionField::editors() const
{
    return { mKind, mA, mB, mC };
}

void DistributionField::setValue(const model::Distribution &d, model::TimeUnit unit)
{
    mValue = d;
    mUnit = unit;
    showFields();
}

model::Distribution DistributionField::value() const
{
    return mValue;
}

void DistributionField::showFields()
{
    mUpdating = true;
    const model::Distribution &d = mValue;
    mKind->setCurrentIndex(mKind->findData(int(d.kind)));
    struct Field
    {
        QString label;
        double value;
    };
    std::vector<Field> fields;
    switch (d.kind) {
    case model::DistKind::Fixed: fields = { { tr("Always"), d.value } }; break;
    case model::DistKind::Exponential: fields = { { tr("Mean"), d.mean } }; break;
    case model::DistKind::Triangular:
        fields = { { tr("Shortest"), d.min }, { tr("Most likely"), d.mode }, { tr("Longest"), d.max } };
        break;
    case model::DistKind::Uniform: fields = { { tr("Shortest"), d.min }, { tr("Longest"), d.max } }; break;
    case model::DistKind::Normal:
    case model::DistKind::Lognormal:
    case model::DistKind::Gamma: fields = { { tr("Mean"), d.mean }, { tr("Spread (sd)"), d.sd } }; break;
    case model::DistKind::Erlang: fields = { { tr("Phases (k)"), double(d.k) }, { tr("Mean"), d.mean } }; break;
    case model::DistKind::Empirical:
    case model::DistKind::None: break;
    }
    QDoubleSpinBox *spins[] = { mA, mB, mC };
    QLabel *labels[] = { mLabelA, mLabelB, mLabelC };
    for (std::size_t i = 0; i < 3; ++i) {
        const bool shown = i < fields.size();
        spins[i]->setVisible(shown);
        labels[i]->setVisible(shown);
        if (shown) {
            labels[i]->setText(fields[i].label);
            spins[i]->setValue(fields[i].value);
        }
    }
    mMean->setText(d.isSet() ? tr("mean %1").arg(model::humanDuration(meanOf(d), mUnit)) : tr("not set"));
    mUpdating = false;
}

void DistributionField::emitEdited()
{
    if (mUpdating)
        return;
    model::Distribution &d = mValue;
    const double a = mA->value(), b = mB->value(), c = mC->value();
    switch (d.kind) {
    case model::DistKind::Fixed: d.value = a; break;
    case model::DistKind::Exponential: d.mean = a; break;
    case model::DistKind::Triangular: d.min = a, d.mode = b, d.max = c; break;
    case model::DistKind::Uniform: d.min = a, d.max = b; break;
    case model::DistKind::Normal:
    case model::DistKind::Lognormal:
    case model::DistKind::Gamma: d.mean = a, d.sd = b; break;
    case model::DistKind::Erlang: d.k = std::max(1, int(std::lround(a))), d.mean = b; break;
    case model::DistKind::Empirical:
    case model::DistKind::None: return;
    }
    mMean->setText(tr("mean %1").arg(model::humanDuration(meanOf(d), mUnit)));
    emit edited(d);
}

} // namespace oi::editor
