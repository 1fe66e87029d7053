// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/processform.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/changeevents.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <optional>

namespace oi::editor {

namespace {

// The money spin boxes' lowest value, shown as "not set": a value of 0 is a value too.
constexpr double kNotSet = -0.01;
constexpr double kMostMoney = 1e9;

/** A money spin box whose lowest value means unset. */
void setUpMoney(QDoubleSpinBox *spin, const QString &notSet, const QString &toolTip)
{
    spin->setDecimals(2);
    spin->setRange(kNotSet, kMostMoney);
    spin->setSpecialValueText(notSet);
    spin->setToolTip(toolTip);
}

std::optional<double> money(double value)
{
    return value < 0.0 ? std::nullopt : std::optional<double>(value);
}

} // namespace

ProcessForm::ProcessForm(QWidget *parent)
    : EntityForm(EntityKind::Process, parent)
    , mName(new QLineEdit(this))
    , mDescription(new QPlainTextEdit(this))
    , mStrategy(new QComboBox(this))
    , mVariantOf(new QComboBox(this))
    , mValuePerCase(new QDoubleSpinBox(this))
    , mCostPerAbandonment(new QDoubleSpinBox(this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("processForm"));
    mName->setObjectName(QStringLiteral("name"));
    mDescription->setObjectName(QStringLiteral("description"));
    mStrategy->setObjectName(QStringLiteral("strategy"));
    mVariantOf->setObjectName(QStringLiteral("variantOf"));
    mValuePerCase->setObjectName(QStringLiteral("valuePerCase"));
    mCostPerAbandonment->setObjectName(QStringLiteral("costPerAbandonment"));
    fitLines(mDescription, 4);
    setUpMoney(mValuePerCase, tr("not set"), tr("What one completed case is worth, in the project's currency"));
    setUpMoney(mCostPerAbandonment, tr("not set"),
        tr("What one customer who gives up waiting costs, in the project's currency"));

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Description"), mDescription);
    form->addRow(tr("Strategy"), mStrategy);
    form->addRow(tr("Variant of"), mVariantOf);
    form->addRow(tr("Value per completed case"), mValuePerCase);
    form->addRow(tr("Cost per lost customer"), mCostPerAbandonment);

    for (QWidget *editor : std::initializer_list<QWidget *> { mName, mDescription, mValuePerCase, mCostPerAbandonment })
        watchFocus(editor);
    connect(mName, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetProcessName>(t, mName); });
    connect(mDescription, &QPlainTextEdit::textChanged, this,
        [this] { edit<SetProcessDescription>(mDescription->toPlainText(), mDescription); });
    connect(mStrategy, &QComboBox::activated, this, [this](int i) { edit<SetProcessStrategy>(idAt(mStrategy, i)); });
    connect(mVariantOf, &QComboBox::activated, this, [this](int i) { edit<SetProcessVariantOf>(idAt(mVariantOf, i)); });
    connect(mValuePerCase, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit<SetProcessValuePerCase>(money(v), mValuePerCase); });
    connect(mCostPerAbandonment, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit<SetProcessCostPerAbandonment>(money(v), mCostPerAbandonment); });
}

bool ProcessForm::changesChoices(const ChangeEvent &event) const
{
    // Which processes are variants decides what this one may be a variant of.
    if (event.type == ChangeEvent::EntitiesChanged) {
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        if (e.kind == EntityKind::Process && e.touches(EntityProperty::ProcessVariantOf))
            return true;
    }
    return changesNamesOf(event, EntityKind::Strategy) || changesNamesOf(event, EntityKind::Process);
}

bool ProcessForm::fill(const model::Project &project)
{
    const model::Process *p = project.process(entity());
    if (!p)
        return false;
    showText(mName, p->name);
    showPlain(mDescription, p->description);
    fillChoices(mStrategy, strategyChoices(project), tr("—"));
    selectData(mStrategy, p->strategy);

    // A redesign is of an original: not of itself, nor of another redesign.
    Choices originals;
    for (const auto &choice : variantChoices(project, QString()))
        if (choice.first != p->id)
            originals.append(choice);
    fillChoices(mVariantOf, originals, tr("—"));
    selectData(mVariantOf, p->variantOf);
    // A process with redesigns of its own is an original: a variant of a variant is not allowed.
    const bool hasVariants = !variantChoices(project, p->id).isEmpty();
    mVariantOf->setEnabled(!hasVariants || !p->variantOf.isEmpty());
    mVariantOf->setToolTip(hasVariants
            ? tr("Other processes are redesigns of this one, so it cannot be a redesign itself")
            : tr("The process this one is a redesign of; it runs only in a scenario that puts it in its place"));

    showValue(mValuePerCase, p->valuePerCase.value_or(kNotSet));
    showValue(mCostPerAbandonment, p->costPerAbandonment.value_or(kNotSet));
    return true;
}

} // namespace oi::editor
