// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTabWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace oi::editor {

class Document;
class DocumentFollower;

namespace spec {

class PocScenarioForm;
class VendorScoring;

/**
 * The Vendor PoC tab: the proof-of-concept scenarios stored in the project (a list to add, remove
 * and reorder them beside the form of the one selected), and the vendors with their scores and
 * comparison. It follows the document's changes while visible, and catches up when shown.
 */
class VendorPocPage : public QTabWidget
{
    Q_OBJECT
public:
    explicit VendorPocPage(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Selects scenario `id` in the list and shows its form. */
    void selectScenario(const QString &id);
    QString currentScenario() const;

    QListWidget *scenarioList() const { return mList; }
    PocScenarioForm *form() const { return mForm; }
    VendorScoring *scoring() const { return mScoring; }
    DocumentFollower *follower() const { return mFollower; }

private:
    void refresh();
    void fillList();

    QPointer<Document> mDocument;
    bool mFilling = false;
    QListWidget *mList;
    QPushButton *mAdd, *mRemove, *mUp, *mDown, *mDraft;
    PocScenarioForm *mForm;
    VendorScoring *mScoring;
    DocumentFollower *mFollower;
};

} // namespace spec
} // namespace oi::editor
