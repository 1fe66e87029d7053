// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/review/reviewfindings.h"

#include "editor/document/document.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVariantList>

#include <memory>
#include <optional>

namespace oi::review {

/**
 * The review's pages for QML, from the live document: rebuilt when the project changes (while the
 * review is open, or when it opens again), with the findings (runs, advice) computed on a worker
 * thread so the studio never freezes; `refreshNow` computes them in place (deck, screenshot).
 */
class ReviewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList pages READ pages NOTIFY pagesChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int revision READ revision NOTIFY pagesChanged)
    Q_PROPERTY(QString projectName READ projectName NOTIFY pagesChanged)
public:
    explicit ReviewModel(QObject *parent = nullptr);
    ~ReviewModel() override;

    void setDocument(editor::Document *document);
    editor::Document *document() const { return mDocument; }
    /** The process diagrams by "process/<id>", painted when the pages were built (for ReviewImages). */
    QHash<QString, QImage> pictures() const { return mPictures; }

    QVariantList pages() const { return mPages; }
    bool isDark() const { return mDark; }
    void setDark(bool dark);
    bool isBusy() const { return mBusy; }
    int revision() const { return mRevision; }
    QString projectName() const;
    void setDate(const QDate &date) { mDate = date; }
    /** While the review shows, every edit refreshes it (coalesced); hidden, it waits for the next refresh(). */
    void setFollowing(bool following);

    /** Pages now with the findings at hand, and the findings afresh on a worker when they are stale. */
    Q_INVOKABLE void refresh();
    /** Pages with findings computed here and now (simulating when nothing is stored); blocks. */
    void refreshNow();
    /**
     * Records an executive's decision on `subject` ("strategy/<id>", "role/<id>", "scenario/<id>")
     * as one undo step on the document, and shows it; false for an unknown verdict or no document.
     */
    Q_INVOKABLE bool recordDecision(const QString &subject, const QString &verdict, const QString &note);

signals:
    void pagesChanged();
    void darkChanged();
    void busyChanged();

private:
    void rebuild();
    void paintImages();
    void startFindings();
    /** Whether the findings still describe the model (a decision or a vendor changes no run). */
    bool findingsCurrent() const;

    QPointer<editor::Document> mDocument;
    QHash<QString, QImage> mPictures;
    QVariantList mPages;
    ReviewFindings mFindings;
    quint64 mFindingsRevision = ~quint64(0); // the document revision the findings describe
    std::optional<model::Project> mFindingsProject; // ... and its model, to tell which edits make them stale
    quint64 mPagesRevision = ~quint64(0);
    bool mDark = false;
    bool mFollowing = false;
    bool mRefreshQueued = false;
    bool mBusy = false;
    int mRevision = 0;
    QDate mDate = QDate::currentDate();
    QPointer<QThread> mWorker;
};

} // namespace oi::review
