// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

class Document;

namespace spec {

class VendorComparison;

/**
 * The vendors under evaluation and what the evaluators scored: the vendors (add, rename in place,
 * remove), the weight of each priority, the score 0-3 of each vendor per requirement, and the
 * comparison those make — updated with every score. Each change is one undo step.
 */
class VendorScoring : public QWidget
{
    Q_OBJECT
public:
    enum ScoreColumn { RequirementColumn, PriorityColumn, WeightColumn, FirstVendorColumn };

    explicit VendorScoring(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void refresh();

    QListWidget *vendorList() const { return mVendors; }
    QTableWidget *scoreTable() const { return mScores; }
    VendorComparison *comparison() const { return mComparison; }

private:
    void fillVendors();
    void fillWeights();
    void fillScores();
    void weightsEdited();

    QPointer<Document> mDocument;
    bool mFilling = false;
    quint64 mWeightsGesture = 0;
    QObject *mWeightsField = nullptr;
    QListWidget *mVendors;
    QPushButton *mAdd, *mRemove;
    QSpinBox *mMust, *mShould, *mCould, *mWont;
    QTableWidget *mScores;
    VendorComparison *mComparison;
};

} // namespace spec
} // namespace oi::editor
