// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/traceability/traceabilityview.h"

#include "editor/document/documentfollower.h"
#include "editor/document/selection.h"
#include "editor/traceability/decisionstree.h"
#include "editor/traceability/orphanstree.h"
#include "editor/traceability/strategychainstree.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace oi::editor {

namespace {

/**
 * What the matrices and the orphans are made of: strategies, personas (their needs), roles,
 * processes and nodes, requirements, the links and titles of journey steps, and scenario
 * diversions (a diverted-to process counts as triggered). Not a step's texts, emotions or
 * channels, nor anyone's description: typing those costs the view nothing.
 */
DocumentFollower::Relevance traceabilityRelevance()
{
    const auto kinds = showsKinds({ EntityKind::Strategy, EntityKind::Persona, EntityKind::Role, EntityKind::Process,
        EntityKind::Node, EntityKind::Step, EntityKind::Requirement });
    return [kinds](const ChangeEvent &e) {
        using E = ChangeEvent;
        using S = StepChangeEvent;
        switch (e.type) {
        case E::JourneyAdded:
        case E::JourneyRemoved:
        case E::StepsAdded:
        case E::StepsRemoved:
        case E::StepsMoved: return true;
        case E::StepsChanged:
            return bool(static_cast<const S &>(e).properties
                & (S::TitleProperty | S::FrontRolesProperty | S::BackRolesProperty | S::ProcessesProperty
                    | S::RequirementsProperty));
        default: break;
        }
        if (e.type >= E::EntitiesAdded) {
            const auto &entity = static_cast<const EntityChangeEvent &>(e);
            if (entity.kind == EntityKind::Scenario)
                return entity.touches(~quint32(EntityProperty::ScenarioName | EntityProperty::ScenarioDescription));
            // The decisions tab lists them, by the name of what they are on.
            if (entity.kind == EntityKind::Project)
                return entity.touches(EntityProperty::ProjectDecisions);
        }
        return kinds(e);
    };
}

/** Adds `from` to `into`; duplicates do no harm, the chain is only looked up. */
void merge(model::Chain &into, const model::Chain &from)
{
    into.strategies << from.strategies;
    into.roles << from.roles;
    into.processes << from.processes;
    into.steps << from.steps;
    into.requirements << from.requirements;
    into.needs << from.needs;
}

bool hasAxis(TraceMatrixKind kind, TraceAxis axis)
{
    return TraceMatrixModel::rowAxis(kind) == axis || TraceMatrixModel::columnAxis(kind) == axis;
}

} // namespace

TraceabilityView::TraceabilityView(QWidget *parent)
    : QWidget(parent)
    , mModel(new TraceMatrixModel(this))
    , mChooserLabel(new QLabel)
    , mChooser(new QComboBox)
    , mFilter(new QLineEdit)
    , mTable(new QTableView)
    , mCoverage(new QLabel)
    , mOrphansTitle(new QLabel)
    , mOrphans(new OrphansTree)
    , mChains(new StrategyChainsTree)
    , mDecisions(new DecisionsTree)
{
    setObjectName(QStringLiteral("traceability"));
    mChooser->setObjectName(QStringLiteral("matrix"));
    mChooserLabel->setBuddy(mChooser);
    for (TraceMatrixKind kind : TraceMatrixModel::kinds())
        mChooser->addItem(TraceMatrixModel::title(kind), int(kind));
    mFilter->setObjectName(QStringLiteral("filter"));
    mFilter->setAccessibleName(tr("Filter the matrix by name"));
    mFilter->setClearButtonEnabled(true);
    mTable->setObjectName(QStringLiteral("traceMatrix"));
    mTable->setModel(mModel);
    mTable->setAccessibleName(tr("Traceability matrix"));
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows keep one height and columns are sized from their names alone (refill()): measuring
    // every cell of a thousand-step matrix on each layout would make the view crawl.
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mTable->horizontalHeader()->setTextElideMode(Qt::ElideRight); // an ellipsis says the tooltip has more
    mCoverage->setObjectName(QStringLiteral("coverage"));
    mCoverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mOrphansTitle->setObjectName(QStringLiteral("orphansTitle"));
    QFont bold = mOrphansTitle->font();
    bold.setBold(true);
    mOrphansTitle->setFont(bold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mChooserLabel);
    bar->addWidget(mChooser);
    bar->addSpacing(12);
    bar->addWidget(mFilter, 1);

    auto *matrixPane = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixPane);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(mTable, 1);
    matrixLayout->addWidget(mCoverage);
    auto *orphansPane = new QWidget;
    auto *orphansLayout = new QVBoxLayout(orphansPane);
    orphansLayout->setContentsMargins(0, 0, 0, 0);
    orphansLayout->addWidget(mOrphansTitle);
    // The gaps first; beside them the whole chain of each strategy, read top-down.
    auto *lists = new QTabWidget;
    lists->setObjectName(QStringLiteral("traceabilityLists"));
    lists->addTab(mOrphans, tr("Gaps"));
    lists->addTab(mChains, tr("Chain of each strategy"));
    lists->addTab(mDecisions, tr("Executive decisions"));
    orphansLayout->addWidget(lists, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("traceabilitySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(matrixPane);
    splitter->addWidget(orphansPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    retranslate();

    connect(mChooser, &QComboBox::currentIndexChanged, this, [this] { refill(); });
    connect(mFilter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    for (QHeaderView *header : { mTable->verticalHeader(), mTable->horizontalHeader() }) {
        const Qt::Orientation orientation = header->orientation();
        connect(header, &QHeaderView::sectionClicked, this,
            [this, orientation](int section) { selectItem(mModel->item(orientation, section)); });
        connect(header, &QHeaderView::sectionDoubleClicked, this, [this, orientation](int section) {
            if (const EntityRef ref = mModel->item(orientation, section).ref; ref.isValid())
                emit entityActivated(ref);
        });
    }
    // By mouse or keyboard; a click also on the current item, when something else was selected since.
    const auto selectOrphan = [this](QTreeWidgetItem *orphan) {
        TraceItem item;
        item.ref = OrphansTree::refOf(orphan);
        if (const QString need = OrphansTree::needOf(orphan); !need.isEmpty()) {
            item.chainKind = QStringLiteral("need");
            item.chainId = need;
        }
        selectItem(item);
    };
    connect(mOrphans, &QTreeWidget::currentItemChanged, this, selectOrphan);
    connect(mOrphans, &QTreeWidget::itemClicked, this, selectOrphan);
    connect(mChains, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *chainItem) {
        TraceItem item;
        item.ref = StrategyChainsTree::refOf(chainItem);
        if (item.ref.isValid())
            selectItem(item);
    });
    connect(mChains, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const EntityRef ref = StrategyChainsTree::refOf(item); ref.isValid())
            emit entityActivated(ref);
    });
    connect(mOrphans, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const EntityRef ref = OrphansTree::refOf(item); ref.isValid())
            emit entityActivated(ref);
    });
    connect(mDecisions, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *decision) {
        TraceItem item;
        item.ref = DecisionsTree::refOf(decision);
        if (item.ref.isValid())
            selectItem(item);
    });
    connect(mDecisions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const EntityRef ref = DecisionsTree::refOf(item); ref.isValid())
            emit entityActivated(ref);
    });
    mFollower = new DocumentFollower(this, traceabilityRelevance(), [this] { rebuild(); });
}

void TraceabilityView::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    mDocument = document;
    mFocusedNeed.clear();
    if (mDocument)
        connect(mDocument->selection(), &Selection::changed, this, &TraceabilityView::followSelection);
    mFollower->setDocument(document);
}

int TraceabilityView::rebuildCount() const
{
    return mFollower->rebuilds();
}

void TraceabilityView::setMatrix(TraceMatrixKind kind)
{
    // The chooser's signal refills the table.
    mChooser->setCurrentIndex(int(TraceMatrixModel::kinds().indexOf(kind)));
}

void TraceabilityView::setFilter(const QString &text)
{
    mFilter->setText(text);
}

void TraceabilityView::rebuild()
{
    refill();
    mOrphans->rebuild(mDocument ? &mDocument->project() : nullptr);
    mChains->rebuild(mDocument ? &mDocument->project() : nullptr);
    mDecisions->rebuild(mDocument ? &mDocument->project() : nullptr);
    followSelection();
}

void TraceabilityView::refill()
{
    const auto kind = static_cast<TraceMatrixKind>(mChooser->currentData().toInt());
    mModel->setMatrix(mDocument ? &mDocument->project() : nullptr, kind);
    // Names, not ids, head the columns; a long one is elided and its tooltip is whole.
    QHeaderView *header = mTable->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int c = 0; c < mModel->columnCount(); ++c) {
        const int width = metrics.horizontalAdvance(mModel->item(Qt::Horizontal, c).name) + 2 * metrics.height();
        header->resizeSection(c, std::clamp(width, 3 * metrics.height(), 12 * metrics.height()));
    }
    mModel->fitColumnHeadings(metrics, 12 * metrics.height() - 2 * metrics.height());
    mCoverage->setText(mModel->coverage());
    applyFilter();
    mModel->setChain(mChain);
}

void TraceabilityView::applyFilter()
{
    const QString text = mFilter->text().simplified();
    for (const Qt::Orientation orientation : { Qt::Vertical, Qt::Horizontal }) {
        const int count = orientation == Qt::Vertical ? mModel->rowCount() : mModel->columnCount();
        std::vector<bool> matches(std::size_t(count), true);
        bool any = false;
        for (int i = 0; i < count && !text.isEmpty(); ++i) {
            matches[std::size_t(i)] = mModel->item(orientation, i).fullName.contains(text, Qt::CaseInsensitive);
            any = any || matches[std::size_t(i)];
        }
        // A side where no name matches stays whole: "service agent" shows that role's column
        // against every strategy rather than an empty table.
        for (int i = 0; i < count; ++i) {
            const bool hidden = any && !matches[std::size_t(i)];
            if (orientation == Qt::Vertical)
                mTable->setRowHidden(i, hidden);
            else
                mTable->setColumnHidden(i, hidden);
        }
    }
}

void TraceabilityView::followSelection()
{
    // Working out a chain walks the project; a hidden view does it when it is next shown.
    if (!isVisible()) {
        mChainStale = true;
        return;
    }
    mChainStale = false;
    model::Chain chain;
    const EntityRef ref = mDocument ? mDocument->selection()->current() : EntityRef {};
    if (ref.kind != EntityKind::Persona)
        mFocusedNeed.clear();
    if (mDocument && ref.isValid()) {
        const model::Project &p = mDocument->project();
        switch (ref.kind) {
        case EntityKind::Strategy:
        case EntityKind::Role:
        case EntityKind::Process:
        case EntityKind::Step:
        case EntityKind::Requirement: chain = model::chainOf(p, entityKindName(ref.kind), ref.id); break;
        case EntityKind::Node:
            chain = model::chainOf(p, QStringLiteral("process"), model::splitNodeRef(ref.id).first);
            break;
        case EntityKind::Persona: {
            // The need clicked here, else every need of the persona.
            const model::Persona *owner = nullptr;
            if (!mFocusedNeed.isEmpty() && p.need(mFocusedNeed, &owner) && owner->id == ref.id)
                chain = model::chainOf(p, QStringLiteral("need"), mFocusedNeed);
            else if (const model::Persona *persona = p.persona(ref.id))
                for (const model::Need &n : persona->needs)
                    merge(chain, model::chainOf(p, QStringLiteral("need"), n.id));
            break;
        }
        default: break;
        }
    }
    mChain = chain;
    mModel->setChain(mChain);
}

void TraceabilityView::selectItem(const TraceItem &item)
{
    if (!mDocument || !item.ref.isValid())
        return;
    const QString need = item.chainKind == u"need" ? item.chainId : QString();
    Selection *selection = mDocument->selection();
    const bool same = selection->entities() == EntityRefs { item.ref };
    if (same && need == mFocusedNeed)
        return;
    mFocusedNeed = need;
    // The same persona with another of its needs: no change to announce, yet another chain.
    if (same)
        followSelection();
    else
        selection->select(item.ref.kind, item.ref.id);
}

void TraceabilityView::reveal(const EntityRef &ref)
{
    TraceAxis axis = TraceAxis::Strategy;
    switch (ref.kind) {
    case EntityKind::Strategy: axis = TraceAxis::Strategy; break;
    case EntityKind::Role: axis = TraceAxis::Role; break;
    case EntityKind::Process: axis = TraceAxis::Process; break;
    case EntityKind::Step: axis = TraceAxis::Step; break;
    case EntityKind::Requirement: axis = TraceAxis::Requirement; break;
    case EntityKind::Node: axis = TraceAxis::Node; break;
    default: return;
    }
    if (!hasAxis(matrix(), axis))
        for (TraceMatrixKind kind : TraceMatrixModel::kinds())
            if (hasAxis(kind, axis)) {
                setMatrix(kind);
                break;
            }
    const Qt::Orientation orientation = TraceMatrixModel::rowAxis(matrix()) == axis ? Qt::Vertical : Qt::Horizontal;
    const int section = mModel->sectionOf(orientation, ref.id);
    if (section < 0)
        return;
    const bool hidden = orientation == Qt::Vertical ? mTable->isRowHidden(section) : mTable->isColumnHidden(section);
    if (hidden)
        mFilter->clear();
    if (orientation == Qt::Vertical) {
        mTable->selectRow(section);
        if (mModel->columnCount() > 0)
            mTable->scrollTo(mModel->index(section, 0));
    } else {
        mTable->selectColumn(section);
        if (mModel->rowCount() > 0)
            mTable->scrollTo(mModel->index(0, section));
    }
}

void TraceabilityView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (mFollower)
            mFollower->rebuildNow();
    }
}

void TraceabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mChainStale)
        followSelection();
}

void TraceabilityView::retranslate()
{
    mChooserLabel->setText(tr("&Matrix:"));
    const QList<TraceMatrixKind> kinds = TraceMatrixModel::kinds();
    for (int i = 0; i < kinds.size(); ++i)
        mChooser->setItemText(i, TraceMatrixModel::title(kinds.at(i)));
    mFilter->setPlaceholderText(tr("Filter rows and columns by name"));
    mOrphansTitle->setText(tr("Orphans and gaps"));
}

} // namespace oi::editor
