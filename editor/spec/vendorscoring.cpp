// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spec/vendorscoring.h"

#include "editor/commands/changevalue.h"
#include "editor/document/document.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "editor/spec/speccommands.h"
#include "editor/spec/vendorcomparison.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace oi::editor::spec {

namespace {

QString nameOr(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

/** A score cell that leaves the wheel to the table unless it has focus: scrolling never changes a score. */
class ScoreBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore();
    }
};

const char *const kVendor = "vendorId";
const char *const kRequirement = "requirementId";

} // namespace

VendorScoring::VendorScoring(QWidget *parent)
    : QWidget(parent)
    , mVendors(new QListWidget(this))
    , mAdd(new QPushButton(tr("Add Vendor"), this))
    , mRemove(new QPushButton(tr("Remove Vendor"), this))
    , mMust(new QSpinBox(this))
    , mShould(new QSpinBox(this))
    , mCould(new QSpinBox(this))
    , mWont(new QSpinBox(this))
    , mScores(new QTableWidget(this))
    , mComparison(new VendorComparison(this))
{
    setObjectName(QStringLiteral("vendorScoring"));
    mVendors->setObjectName(QStringLiteral("vendors"));
    mAdd->setObjectName(QStringLiteral("addVendor"));
    mRemove->setObjectName(QStringLiteral("removeVendor"));
    mScores->setObjectName(QStringLiteral("scores"));
    mMust->setObjectName(QStringLiteral("mustWeight"));
    mShould->setObjectName(QStringLiteral("shouldWeight"));
    mCould->setObjectName(QStringLiteral("couldWeight"));
    mWont->setObjectName(QStringLiteral("wontWeight"));
    mVendors->setToolTip(tr("Double-click a vendor to rename it"));
    mVendors->setAccessibleName(tr("Vendors"));
    mScores->setAccessibleName(tr("Scores per requirement and vendor"));
    mComparison->setAccessibleName(tr("Vendor comparison"));
    mVendors->setMaximumHeight(150);
    for (QSpinBox *spin : { mMust, mShould, mCould, mWont })
        spin->setRange(0, 1000);

    mScores->verticalHeader()->hide();
    mScores->setSelectionMode(QAbstractItemView::NoSelection);
    mScores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mScores->setAlternatingRowColors(true);
    mScores->setWordWrap(true);

    auto *vendors = new QGroupBox(tr("Vendors"), this);
    auto *vendorLayout = new QVBoxLayout(vendors);
    vendorLayout->addWidget(mVendors);
    vendorLayout->addLayout(newButtonRow({ mAdd, mRemove }));

    auto *weights = new QGroupBox(tr("Weight per priority"), this);
    auto *weightLayout = new QFormLayout(weights);
    weightLayout->addRow(priorityName(model::Priority::Must), mMust);
    weightLayout->addRow(priorityName(model::Priority::Should), mShould);
    weightLayout->addRow(priorityName(model::Priority::Could), mCould);
    weightLayout->addRow(priorityName(model::Priority::Wont), mWont);

    auto *comparison = new QGroupBox(tr("Vendor comparison"), this);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->addWidget(mComparison);

    // Vendors and weights down the side; the comparison over the scores it sums.
    auto *side = new QVBoxLayout;
    side->addWidget(vendors);
    side->addWidget(weights);
    side->addStretch(1);
    auto *main = new QVBoxLayout;
    main->addWidget(comparison);
    main->addWidget(newHeading(tr("Scores per requirement: 0 not shown, 1 partly, 2 largely, 3 fully met"), this));
    main->addWidget(mScores, 1);
    vendors->setFixedWidth(250);
    weights->setFixedWidth(250);
    mComparison->setMinimumHeight(130);
    mComparison->setMaximumHeight(180);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addLayout(main, 1);

    connect(mAdd, &QPushButton::clicked, this, [this] {
        const QString id = addVendor(mDocument, tr("New vendor"));
        for (int i = 0; i < mVendors->count(); ++i)
            if (mVendors->item(i)->data(Qt::UserRole).toString() == id) {
                mVendors->setCurrentRow(i);
                mVendors->editItem(mVendors->item(i));
            }
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = mVendors->currentItem())
            removeVendor(mDocument, item->data(Qt::UserRole).toString());
    });
    connect(mVendors, &QListWidget::currentRowChanged, this, [this](int row) { mRemove->setEnabled(row >= 0); });
    connect(mVendors, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (mFilling)
            return;
        const QString name = item->text().trimmed();
        if (!name.isEmpty())
            renameVendor(mDocument, item->data(Qt::UserRole).toString(), name);
        else
            refresh(); // a vendor keeps a name
    });
    for (QSpinBox *spin : { mMust, mShould, mCould, mWont })
        connect(spin, &QSpinBox::valueChanged, this, [this] { weightsEdited(); });
    refresh();
}

void VendorScoring::setDocument(Document *document)
{
    mDocument = document;
    refresh();
}

void VendorScoring::weightsEdited()
{
    if (mFilling || !mDocument)
        return;
    model::PriorityWeights w;
    w.must = mMust->value();
    w.should = mShould->value();
    w.could = mCould->value();
    w.wont = mWont->value();
    // One undo step per spin box while it keeps focus; another box starts another step.
    if (sender() != mWeightsField || !mWeightsGesture) {
        mWeightsField = sender();
        mWeightsGesture = newGestureId();
    }
    setPriorityWeights(mDocument, w, mWeightsGesture);
}

void VendorScoring::refresh()
{
    mFilling = true;
    fillVendors();
    fillWeights();
    fillScores();
    mComparison->rebuild(mDocument ? &mDocument->project() : nullptr);
    mFilling = false;
}

void VendorScoring::fillVendors()
{
    const std::vector<model::Vendor> none;
    const auto &vendors = mDocument ? mDocument->project().vendors : none;
    const QString current
        = mVendors->currentItem() ? mVendors->currentItem()->data(Qt::UserRole).toString() : QString();
    if (mVendors->count() != int(vendors.size())) {
        mVendors->clear();
        for (std::size_t i = 0; i < vendors.size(); ++i)
            mVendors->addItem(new QListWidgetItem);
    }
    for (int i = 0; i < int(vendors.size()); ++i) {
        QListWidgetItem *item = mVendors->item(i);
        const model::Vendor &v = vendors[std::size_t(i)];
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(Qt::UserRole, v.id);
        if (item->text() != nameOr(v.name, v.id))
            item->setText(nameOr(v.name, v.id));
        item->setToolTip(QStringLiteral("%1 (%2)").arg(nameOr(v.name, v.id), v.id));
        if (v.id == current)
            mVendors->setCurrentRow(i);
    }
    mRemove->setEnabled(mVendors->currentRow() >= 0);
}

void VendorScoring::fillWeights()
{
    const model::PriorityWeights w = mDocument ? mDocument->project().priorityWeights : model::PriorityWeights {};
    showValue(mMust, w.must);
    showValue(mShould, w.should);
    showValue(mCould, w.could);
    showValue(mWont, w.wont);
    for (QSpinBox *spin : { mMust, mShould, mCould, mWont })
        spin->setEnabled(mDocument);
}

void VendorScoring::fillScores()
{
    if (!mDocument) {
        mScores->setRowCount(0);
        return;
    }
    const model::Project &p = mDocument->project();
    QStringList headers { tr("Requirement"), tr("Priority"), tr("Weight") };
    for (const model::Vendor &v : p.vendors)
        headers << nameOr(v.name, v.id);
    if (mScores->columnCount() != headers.size()) {
        // The cells' widgets belong to their vendor's column: start over when columns come or go.
        mScores->setRowCount(0);
        mScores->setColumnCount(int(headers.size()));
    }
    mScores->setHorizontalHeaderLabels(headers);
    mScores->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mScores->horizontalHeader()->setSectionResizeMode(RequirementColumn, QHeaderView::Stretch);
    mScores->setRowCount(int(p.requirements.size()));
    for (int r = 0; r < int(p.requirements.size()); ++r) {
        const model::Requirement &q = p.requirements[std::size_t(r)];
        showCell(mScores, r, RequirementColumn, nameOr(q.text, q.id),
            QStringLiteral("%1 (%2)").arg(nameOr(q.text, q.id), q.id));
        showCell(mScores, r, PriorityColumn, priorityName(q.priority));
        showCell(mScores, r, WeightColumn, QString::number(p.priorityWeights.weight(q.priority)));
        for (int c = 0; c < int(p.vendors.size()); ++c) {
            const model::Vendor &v = p.vendors[std::size_t(c)];
            auto *combo = cellEditor<ScoreBox>(mScores, r, FirstVendorColumn + c, [this](QComboBox *box) {
                box->setFocusPolicy(Qt::StrongFocus);
                box->addItem(QStringLiteral("\u2013"), -1);
                for (int s = 0; s <= 3; ++s)
                    box->addItem(QString::number(s), s);
                box->setToolTip(tr("0 not shown, 1 partly, 2 largely, 3 fully met; \u2013 not scored yet"));
                connect(box, &QComboBox::activated, this, [this, box](int i) {
                    const int score = box->itemData(i).toInt();
                    setVendorScore(mDocument, box->property(kVendor).toString(), box->property(kRequirement).toString(),
                        score < 0 ? std::nullopt : std::optional<int>(score));
                });
            });
            combo->setProperty(kVendor, v.id);
            combo->setAccessibleName(tr("Score of %1 for %2").arg(nameOr(v.name, v.id), nameOr(q.text, q.id)));
            combo->setProperty(kRequirement, q.id);
            const std::optional<int> score = v.score(q.id);
            selectData(combo, score ? *score : -1);
            // A Must scored 0 knocks the vendor out: the cell says so before the comparison does.
            const bool knocksOut = q.priority == model::Priority::Must && score && *score == 0;
            combo->setStyleSheet(
                knocksOut ? QStringLiteral("QComboBox { color: #b3261e; font-weight: bold; }") : QString());
        }
    }
    mScores->resizeRowsToContents();
}

} // namespace oi::editor::spec

#include "vendorscoring.moc"
