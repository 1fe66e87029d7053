// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/personaform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/formfields.h"
#include "model/migrationv2.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace oi::editor {

PersonaForm::PersonaForm(QWidget *parent)
    : EntityForm(EntityKind::Persona, parent)
    , mName(new QLineEdit(this))
    , mDescription(new QPlainTextEdit(this))
    , mNeeds(newFormTable({ tr("Need") }, 0, this))
    , mJobs(new QPlainTextEdit(this))
    , mCustomersCustomer(new QLineEdit(this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("personaForm"));
    mName->setObjectName(QStringLiteral("name"));
    mDescription->setObjectName(QStringLiteral("description"));
    mNeeds->setObjectName(QStringLiteral("needs"));
    mJobs->setObjectName(QStringLiteral("jobsToBeDone"));
    mCustomersCustomer->setObjectName(QStringLiteral("customersCustomer"));
    fitLines(mDescription, 4);
    fitLines(mJobs, 4);
    mJobs->setPlaceholderText(tr("One job to be done per line"));
    mCustomersCustomer->setPlaceholderText(tr("Whom this customer serves (business customers)"));
    auto *addButton = new QPushButton(tr("Add Need"), this);
    auto *removeButton = new QPushButton(tr("Remove Need"), this);
    addButton->setObjectName(QStringLiteral("addNeed"));
    removeButton->setObjectName(QStringLiteral("removeNeed"));

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Description"), mDescription);
    form->addRow(newHeading(tr("Needs"), this));
    form->addRow(mNeeds);
    form->addRow(newButtonRow({ addButton, removeButton }));
    form->addRow(tr("Jobs to be done"), mJobs);
    form->addRow(tr("Customer's customer"), mCustomersCustomer);

    for (QWidget *editor : std::initializer_list<QWidget *> { mName, mDescription, mJobs, mCustomersCustomer })
        watchFocus(editor);
    connect(mName, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetPersonaName>(t, mName); });
    connect(mCustomersCustomer, &QLineEdit::textEdited, this,
        [this](const QString &t) { edit<SetPersonaCustomersCustomer>(t, mCustomersCustomer); });
    connect(mDescription, &QPlainTextEdit::textChanged, this,
        [this] { edit<SetPersonaDescription>(mDescription->toPlainText(), mDescription); });
    connect(mJobs, &QPlainTextEdit::textChanged, this, [this] { edit<SetPersonaJobsToBeDone>(lines(mJobs), mJobs); });
    connect(mNeeds, &QTableWidget::itemChanged, this, &PersonaForm::needEdited);
    connect(addButton, &QPushButton::clicked, this, &PersonaForm::addNeed);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const model::Persona *p = persona();
        const int row = mNeeds->currentRow();
        if (!editable() || !p || row < 0)
            return;
        if (row >= int(p->needs.size())) {
            mPendingNeed.clear(); // the empty row was never a need
            refresh();
            return;
        }
        std::vector<model::Need> needs = p->needs;
        needs.erase(needs.begin() + row);
        edit<SetPersonaNeeds>(needs);
    });
}

const model::Persona *PersonaForm::persona() const
{
    return document() ? document()->project().persona(entity()) : nullptr;
}

void PersonaForm::addNeed()
{
    if (!editable() || !persona())
        return;
    mPendingNeed = entity();
    refresh();
    const int row = mNeeds->rowCount() - 1;
    mNeeds->setCurrentCell(row, 0);
    if (mNeeds->isVisible())
        mNeeds->editItem(mNeeds->item(row, 0));
}

void PersonaForm::needEdited(QTableWidgetItem *item)
{
    const model::Persona *p = persona();
    if (!editable() || !p)
        return;
    const QString text = item->text().trimmed();
    std::vector<model::Need> needs = p->needs;
    const auto row = size_t(item->row());
    if (row < needs.size()) {
        if (text.isEmpty()) {
            refresh(); // a need keeps a text; "Remove Need" takes it out
            return;
        }
        needs[row].text = text; // the id stays: steps serve the need by it
    } else {
        if (text.isEmpty())
            return;
        // Need ids are unique in the whole project: steps name the need without its persona.
        QSet<QString> taken;
        for (const model::Persona &other : document()->project().personas)
            for (const model::Need &n : other.needs)
                taken.insert(n.id);
        model::Need need;
        need.id = model::v2::idFromText(text, QStringLiteral("need"), taken);
        need.text = text;
        needs.push_back(need);
        mPendingNeed.clear();
    }
    edit<SetPersonaNeeds>(needs);
}

bool PersonaForm::fill(const model::Project &project)
{
    const model::Persona *p = project.persona(entity());
    if (!p)
        return false;
    showText(mName, p->name);
    showPlain(mDescription, p->description);
    const bool pending = !mPendingNeed.isEmpty() && mPendingNeed == entity();
    const int needs = int(p->needs.size());
    mNeeds->setRowCount(needs + (pending ? 1 : 0));
    for (int r = 0; r < needs; ++r) {
        const model::Need &need = p->needs[size_t(r)];
        showCell(mNeeds, r, 0, need.text, tr("%1\nId: %2").arg(need.text, need.id));
    }
    if (pending)
        showCell(mNeeds, needs, 0, QString(), tr("Type the need; its id is made from the text."));
    fitRows(mNeeds);
    showLines(mJobs, p->jobsToBeDone);
    showText(mCustomersCustomer, p->customersCustomer);
    return true;
}

} // namespace oi::editor
