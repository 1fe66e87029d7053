// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/projectform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace oi::editor {

namespace {

QString timeUnitWords(model::TimeUnit unit)
{
    switch (unit) {
    case model::TimeUnit::Minute: return ProjectForm::tr("minutes");
    case model::TimeUnit::Hour: return ProjectForm::tr("hours");
    case model::TimeUnit::Day: return ProjectForm::tr("days");
    }
    return {};
}

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

ProjectForm::ProjectForm(QWidget *parent)
    : EntityForm(EntityKind::Project, parent)
    , mName(new QLineEdit(this))
    , mClient(new QLineEdit(this))
    , mAuthor(new QLineEdit(this))
    , mDescription(new QPlainTextEdit(this))
    , mCurrency(new QComboBox(this))
    , mTimeUnit(new QLabel(this))
    , mDates(new QLabel(this))
{
    setObjectName(QStringLiteral("projectForm"));
    mName->setObjectName(QStringLiteral("projectName"));
    mClient->setObjectName(QStringLiteral("projectClient"));
    mAuthor->setObjectName(QStringLiteral("projectAuthor"));
    mDescription->setObjectName(QStringLiteral("projectDescription"));
    mCurrency->setObjectName(QStringLiteral("projectCurrency"));
    fitLines(mDescription, 4);
    mClient->setPlaceholderText(tr("The company the redesign is for"));
    mAuthor->setPlaceholderText(tr("Who prepared it"));
    // Common signs and codes to pick from; any other can be typed.
    mCurrency->setEditable(true);
    mCurrency->setInsertPolicy(QComboBox::NoInsert);
    mCurrency->addItems({ QString(), QStringLiteral("\u20ac"), QStringLiteral("\u00a3"), QStringLiteral("$"),
        QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
        QStringLiteral("PLN"), QStringLiteral("\u00a5") });
    mCurrency->setToolTip(tr("What the project's money is shown with: a sign goes before the amount (€1,240), "
                             "letters after it (1,240 CHF). The amounts themselves do not change."));
    mTimeUnit->setToolTip(tr("Every time in the project (durations, shifts, windows) is in this unit."));
    mDates->setWordWrap(true);

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Client"), mClient);
    form->addRow(tr("Author"), mAuthor);
    form->addRow(tr("Description"), mDescription);
    form->addRow(tr("Currency"), mCurrency);
    form->addRow(tr("Times in"), mTimeUnit);
    form->addRow(tr("Dates"), mDates);

    for (QWidget *editor : std::initializer_list<QWidget *> { mName, mClient, mAuthor, mDescription, mCurrency })
        watchFocus(editor);
    connect(mName, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetProjectName>(t, mName); });
    connect(mClient, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetProjectClient>(t, mClient); });
    connect(mAuthor, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetProjectAuthor>(t, mAuthor); });
    connect(mDescription, &QPlainTextEdit::textChanged, this,
        [this] { edit<SetProjectDescription>(mDescription->toPlainText(), mDescription); });
    connect(mCurrency, &QComboBox::currentTextChanged, this,
        [this](const QString &t) { edit<SetProjectCurrency>(t.trimmed(), mCurrency); });
}

bool ProjectForm::fill(const model::Project &project)
{
    showText(mName, project.name);
    showText(mClient, project.client);
    showText(mAuthor, project.author);
    showPlain(mDescription, project.description);
    if (mCurrency->currentText() != project.currency)
        mCurrency->setCurrentText(project.currency);
    mTimeUnit->setText(timeUnitWords(project.timeUnit));
    mDates->setText(project.created.isEmpty()
            ? tr("Not saved yet")
            : tr("Created %1, last changed %2").arg(when(project.created), when(project.modified)));
    return true;
}

} // namespace oi::editor
