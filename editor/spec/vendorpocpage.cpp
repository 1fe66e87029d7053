// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spec/vendorpocpage.h"

#include "editor/document/document.h"
#include "editor/document/documentfollower.h"
#include "editor/properties/formfields.h"
#include "editor/spec/pocscenarioform.h"
#include "editor/spec/speccommands.h"
#include "editor/spec/vendorscoring.h"
#include "model/spec/pocdraft.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace oi::editor::spec {

namespace {

/** What the page shows: its own lists, and the names it shows of journeys, processes, roles, requirements. */
bool relevant(const ChangeEvent &e)
{
    switch (e.type) {
    case ChangeEvent::DocumentReset:
    case ChangeEvent::JourneyAdded:
    case ChangeEvent::JourneyRemoved:
    case ChangeEvent::JourneyChanged: return true;
    case ChangeEvent::EntitiesAdded:
    case ChangeEvent::EntitiesRemoved:
    case ChangeEvent::EntitiesChanged:
    case ChangeEvent::EntitiesReordered: {
        const auto &ee = static_cast<const EntityChangeEvent &>(e);
        switch (ee.kind) {
        case EntityKind::Project:
            return ee.touches(EntityProperty::ProjectPocScenarios | EntityProperty::ProjectVendors
                | EntityProperty::ProjectPriorityWeights);
        case EntityKind::Role: return e.type != ChangeEvent::EntitiesChanged || ee.touches(EntityProperty::RoleName);
        case EntityKind::Node: return e.type != ChangeEvent::EntitiesChanged || ee.touches(EntityProperty::NodeName);
        case EntityKind::Process:
            return e.type != ChangeEvent::EntitiesChanged
                || ee.touches(EntityProperty::ProcessName | EntityProperty::ProcessNodes);
        case EntityKind::Requirement:
            return e.type != ChangeEvent::EntitiesChanged
                || ee.touches(EntityProperty::RequirementText | EntityProperty::RequirementPriority);
        default: return false;
        }
    }
    default: return false;
    }
}

QString nameOr(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

} // namespace

VendorPocPage::VendorPocPage(QWidget *parent)
    : QTabWidget(parent)
    , mList(new QListWidget)
    , mAdd(new QPushButton(tr("Add")))
    , mRemove(new QPushButton(tr("Remove")))
    , mUp(new QPushButton(tr("Up")))
    , mDown(new QPushButton(tr("Down")))
    , mDraft(new QPushButton(tr("Draft from Journeys")))
    , mForm(new PocScenarioForm)
    , mScoring(new VendorScoring)
    , mFollower(new DocumentFollower(this, relevant, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("vendorPoc"));
    mList->setObjectName(QStringLiteral("pocScenarios"));
    mAdd->setObjectName(QStringLiteral("addScenario"));
    mRemove->setObjectName(QStringLiteral("removeScenario"));
    mUp->setObjectName(QStringLiteral("scenarioUp"));
    mDown->setObjectName(QStringLiteral("scenarioDown"));
    mAdd->setToolTip(tr("Add a PoC scenario"));
    mRemove->setToolTip(tr("Remove the selected PoC scenario"));
    mUp->setToolTip(tr("Move the scenario up the script"));
    mDown->setToolTip(tr("Move the scenario down the script"));
    mDraft->setObjectName(QStringLiteral("draftScenarios"));
    mDraft->setToolTip(tr("Draft a scenario for each journey that has none, along its to-be process"));
    mList->setWordWrap(true);
    mList->setAccessibleName(tr("PoC scenarios"));
    setWhatsThis(tr("<p><b>Vendor PoC</b></p><p>The proof-of-concept scenarios the vendors must demonstrate live, "
                    "stored in the project: add, remove, reorder and edit them step by step. <i>Vendors and "
                    "Scoring</i> holds the vendors, the evaluators' scores 0–3 per requirement, the weight "
                    "of each priority and the comparison; a Must scored 0 knocks a vendor out.</p>"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(newHeading(tr("PoC scenarios"), left));
    leftLayout->addWidget(mList, 1);
    // Two buttons a row, so German and French labels fit the list's width.
    leftLayout->addLayout(newButtonRow({ mAdd, mRemove }));
    leftLayout->addLayout(newButtonRow({ mUp, mDown }));
    leftLayout->addLayout(newButtonRow({ mDraft }));

    // The list keeps its width (wider only when a language's labels need it); the form takes the rest.
    auto *scenarios = new QWidget;
    auto *columns = new QHBoxLayout(scenarios);
    left->setFixedWidth(std::max(250, left->minimumSizeHint().width()));
    columns->addWidget(left);
    columns->addWidget(mForm, 1);
    addTab(scenarios, tr("PoC Scenarios"));
    addTab(mScoring, tr("Vendors and Scoring"));

    connect(mList, &QListWidget::currentRowChanged, this, [this] {
        if (mFilling)
            return;
        mForm->setScenario(currentScenario());
        fillList();
    });
    connect(mAdd, &QPushButton::clicked, this, [this] {
        const int row = mList->currentRow();
        const QString id = addPocScenario(mDocument, row < 0 ? -1 : row + 1);
        if (!id.isEmpty())
            selectScenario(id);
    });
    connect(mDraft, &QPushButton::clicked, this, [this] {
        const qsizetype before = mDocument ? qsizetype(mDocument->project().pocScenarios.size()) : 0;
        if (draftPocScenarios(mDocument) > 0)
            selectScenario(mDocument->project().pocScenarios[std::size_t(before)].id);
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        const int row = mList->currentRow();
        if (removePocScenario(mDocument, currentScenario()) && mDocument) {
            const auto &list = mDocument->project().pocScenarios;
            if (!list.empty())
                selectScenario(list[std::size_t(std::clamp(row, 0, int(list.size()) - 1))].id);
        }
    });
    connect(mUp, &QPushButton::clicked, this, [this] {
        const QString id = currentScenario();
        if (movePocScenario(mDocument, id, mList->currentRow() - 1))
            selectScenario(id);
    });
    connect(mDown, &QPushButton::clicked, this, [this] {
        const QString id = currentScenario();
        if (movePocScenario(mDocument, id, mList->currentRow() + 1))
            selectScenario(id);
    });
    fillList();
}

void VendorPocPage::setDocument(Document *document)
{
    mDocument = document;
    mForm->setDocument(document);
    mScoring->setDocument(document);
    mFollower->setDocument(document);
    if (document && !document->project().pocScenarios.empty())
        selectScenario(document->project().pocScenarios.front().id);
}

QString VendorPocPage::currentScenario() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void VendorPocPage::selectScenario(const QString &id)
{
    fillList();
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->data(Qt::UserRole).toString() == id)
            mList->setCurrentRow(i);
    mForm->setScenario(currentScenario());
}

void VendorPocPage::refresh()
{
    fillList();
    mForm->setScenario(currentScenario());
    mForm->refresh();
    mScoring->refresh();
}

void VendorPocPage::fillList()
{
    mFilling = true;
    const std::vector<model::PocScenario> none;
    const auto &list = mDocument ? mDocument->project().pocScenarios : none;
    const QString current = currentScenario();
    while (mList->count() > int(list.size()))
        delete mList->takeItem(mList->count() - 1);
    while (mList->count() < int(list.size()))
        mList->addItem(new QListWidgetItem);
    int currentRow = -1;
    for (int i = 0; i < int(list.size()); ++i) {
        const model::PocScenario &s = list[std::size_t(i)];
        QListWidgetItem *item = mList->item(i);
        const QString text = tr("%1. %2").arg(i + 1).arg(nameOr(s.title, s.id));
        if (item->text() != text)
            item->setText(text);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(nameOr(s.title, s.id), s.id));
        if (s.id == current)
            currentRow = i;
    }
    // The selection follows its scenario when the order changes; a removed one leaves none.
    if (currentRow < 0 && !list.empty() && !current.isEmpty())
        currentRow = 0;
    if (mList->currentRow() != currentRow)
        mList->setCurrentRow(currentRow);
    const int row = mList->currentRow();
    mRemove->setEnabled(row >= 0);
    mUp->setEnabled(row > 0);
    mDown->setEnabled(row >= 0 && row + 1 < mList->count());
    mAdd->setEnabled(mDocument);
    // Drafting adds only for journeys without a scenario: nothing to do once each has one.
    mDraft->setEnabled(mDocument && !model::spec::draftPocScenarios(mDocument->project()).empty());
    mFilling = false;
}

} // namespace oi::editor::spec
