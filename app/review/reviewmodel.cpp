// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/review/reviewmodel.h"

#include "app/review/decisioncommand.h"
#include "app/review/reviewpages.h"

#include "editor/document/document.h"
#include "editor/process/processpicture.h"
#include "editor/process/processresults.h"
#include "editor/process/processscene.h"

#include <QPainter>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

namespace oi::review {

namespace {
// Wide enough for a projector at full width, small enough to paint in a blink.
constexpr double PictureWidth = 2400;
} // namespace

ReviewModel::ReviewModel(QObject *parent)
    : QObject(parent)
{
}

ReviewModel::~ReviewModel()
{
    if (mWorker)
        mWorker->wait();
}

void ReviewModel::setDocument(editor::Document *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &editor::Document::changed, this, [this] {
            if (!mFollowing || mRefreshQueued)
                return;
            mRefreshQueued = true; // one rebuild for a burst of edits (an undo macro, a rename)
            QTimer::singleShot(150, this, [this] {
                mRefreshQueued = false;
                if (mFollowing)
                    refresh();
            });
        });
    mFindings = {};
    mFindingsProject.reset();
    mFindingsRevision = mPagesRevision = ~quint64(0);
    mPages.clear();
    mPictures.clear();
    ++mRevision;
    emit pagesChanged();
}

void ReviewModel::setFollowing(bool following)
{
    mFollowing = following;
    if (following)
        refresh();
}

void ReviewModel::setDark(bool dark)
{
    if (mDark == dark)
        return;
    mDark = dark;
    emit darkChanged();
}

QString ReviewModel::projectName() const
{
    return mDocument ? mDocument->project().name : QString();
}

void ReviewModel::refresh()
{
    if (!mDocument)
        return;
    if (mPagesRevision != mDocument->revision())
        rebuild();
    if (!findingsCurrent())
        startFindings();
}

bool ReviewModel::findingsCurrent() const
{
    if (mFindingsRevision == mDocument->revision())
        return true;
    if (!mFindingsProject)
        return false;
    // What the executive review adds to a project (decisions) or issue 15's vendor half does not
    // change what the simulation says: compare the rest.
    model::Project now = mDocument->project();
    now.decisions = mFindingsProject->decisions;
    now.pocScenarios = mFindingsProject->pocScenarios;
    now.vendors = mFindingsProject->vendors;
    now.priorityWeights = mFindingsProject->priorityWeights;
    return now == *mFindingsProject;
}

bool ReviewModel::recordDecision(const QString &subject, const QString &verdict, const QString &note)
{
    model::Decision d;
    if (!mDocument || subject.isEmpty() || !verdictFromKey(verdict, &d.verdict))
        return false;
    d.subject = subject;
    d.note = note.trimmed();
    d.by = tr("Executive review");
    d.date = mDate.toString(Qt::ISODate);
    mDocument->undoStack()->push(new RecordDecision(mDocument, d));
    refresh();
    return true;
}

void ReviewModel::refreshNow()
{
    if (!mDocument)
        return;
    if (mWorker)
        mWorker->wait();
    mFindings = findings(mDocument->project(), mDocument->fileName(), true);
    mFindingsRevision = mDocument->revision();
    mFindingsProject = mDocument->project();
    rebuild();
}

void ReviewModel::startFindings()
{
    if (mWorker || !mDocument)
        return; // the one running reports first; its revision check starts the next
    auto result = std::make_shared<ReviewFindings>();
    const quint64 revision = mDocument->revision();
    auto described = std::make_shared<model::Project>(mDocument->project());
    // A copy: the worker must not read the model while undo commands change it.
    QThread *worker = QThread::create(
        [result, described, file = mDocument->fileName()] { *result = findings(*described, file, true); });
    mWorker = worker;
    mBusy = true;
    emit busyChanged();
    connect(worker, &QThread::finished, this, [this, worker, result, revision, described] {
        worker->deleteLater();
        mWorker = nullptr;
        mBusy = false;
        emit busyChanged();
        if (!mDocument)
            return;
        mFindings = *result;
        mFindingsRevision = revision;
        mFindingsProject = *described;
        rebuild();
        if (!findingsCurrent())
            startFindings();
    });
    worker->start(QThread::LowPriority);
}

void ReviewModel::rebuild()
{
    if (!mDocument)
        return;
    // Findings of an older revision still describe the runs; the pages show the live model.
    mPages = reviewPages(mDocument->project(), mFindings, mDate);
    mPagesRevision = mDocument->revision();
    paintImages();
    ++mRevision;
    emit pagesChanged();
}

void ReviewModel::paintImages()
{
    mPictures.clear();
    editor::ProcessScene scene;
    scene.setDocument(mDocument);
    for (const QString &id : reviewedProcesses(mDocument->project())) {
        scene.setProcess(id);
        if (mFindings.toBeResults)
            scene.setOverlay(editor::processResultsOverlay(mDocument->project(), *mFindings.toBeResults, id));
        else
            scene.setOverlay({});
        const QSizeF size = editor::ProcessPicture::pictureSize(&scene);
        if (size.isEmpty())
            continue;
        const double scale = PictureWidth / size.width();
        QImage image(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
            QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        editor::ProcessPicture::paint(&scene, &painter, QRectF(QPointF(0, 0), image.size()));
        painter.end();
        mPictures.insert(QStringLiteral("process/") + id, image);
    }
}

} // namespace oi::review
