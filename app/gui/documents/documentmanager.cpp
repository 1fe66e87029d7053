// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/documentmanager.h"

#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/projectlock.h"
#include "app/gui/documents/recentfiles.h"

#include "editor/document/document.h"
#include "editor/settings/preferences.h"
#include "model/humanunits.h"
#include "model/projectio.h"
#include "model/validator.h"
#include "model/yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

namespace oi::app {

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
    , mRecentFiles(new RecentFiles(this))
    , mAutosaver(new Autosaver(this))
    , mValidationTimer(new QTimer(this))
    , mValidationPool(new QThreadPool(this))
{
    mValidationTimer->setSingleShot(true);
    mValidationTimer->setInterval(kValidationDelayMs);
    connect(mValidationTimer, &QTimer::timeout, this, &DocumentManager::startValidation);
    mValidationPool->setMaxThreadCount(1);
    // A studio on another machine judges this one's lock by when it was last renewed.
    auto *renewal = new QTimer(this);
    connect(renewal, &QTimer::timeout, this, [this] {
        if (mLock)
            mLock->renew();
    });
    renewal->start(ProjectLock::kRenewSeconds * 1000);
}

DocumentManager::~DocumentManager()
{
    // A running validation reports to this object: let it finish before it goes.
    mValidationPool->waitForDone();
}

QString DocumentManager::samplePath()
{
    return QStringLiteral(":/samples/subscription-broadband.oi.yaml");
}

QList<DocumentManager::Template> DocumentManager::templates()
{
    QList<Template> result;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.oi.yaml") }, QDir::Files, QDir::Name)) {
        Template t;
        t.path = dir.filePath(name);
        // The model's own reader: a template names and describes itself as a project does.
        QFile file(t.path);
        model::Problems problems;
        if (file.open(QIODevice::ReadOnly)) {
            if (const auto project = model::projectFromYaml(file.readAll(), t.path, &problems)) {
                t.title = project->name;
                t.description = project->description;
            }
        }
        if (t.title.isEmpty())
            t.title = QFileInfo(name).completeBaseName();
        result.append(t);
    }
    return result;
}

namespace {
void fileProblem(model::Problems *problems, const QString &fileName, const QString &message)
{
    if (!problems)
        return;
    model::Problem p;
    p.file = fileName;
    p.message = message;
    problems->push_back(std::move(p));
}
} // namespace

std::unique_ptr<ProjectLock> DocumentManager::lockFor(const QString &fileName, QString *why)
{
    if (mLock && mLock->fileName() == QFileInfo(fileName).absoluteFilePath())
        return std::move(mLock);
    auto lock = std::make_unique<ProjectLock>();
    if (lock->acquire(fileName) == ProjectLock::Result::HeldElsewhere) {
        *why = tr("%1 is open in %2; only that instance saves to it.")
                   .arg(QFileInfo(fileName).fileName(), ProjectLock::holder(fileName));
        return nullptr;
    }
    return lock; // also when no lock can be made there: such a folder takes no saves anyway
}

QString DocumentManager::otherInstanceHolding(const QString &fileName) const
{
    if (mLock && mLock->fileName() == QFileInfo(fileName).absoluteFilePath())
        return {};
    return ProjectLock::holder(fileName);
}

bool DocumentManager::open(const QString &fileName, model::Problems *problems, Access access)
{
    std::unique_ptr<ProjectLock> lock;
    if (access == Access::Exclusive) {
        QString why;
        lock = lockFor(fileName, &why);
        if (!lock) {
            fileProblem(problems, fileName, why);
            return false;
        }
    }
    model::Problems loadProblems;
    auto sourceMap = std::make_unique<model::SourceMap>();
    auto project = model::readProject(fileName, &loadProblems, sourceMap.get());
    if (problems)
        *problems = loadProblems;
    if (!project) {
        if (lock && mDocument && lock->fileName() == QFileInfo(mDocument->fileName()).absoluteFilePath())
            mLock = std::move(lock); // the open document is this very file: it keeps its lock
        return false;
    }
    mRecentFiles->add(fileName);
    mLock = std::move(lock);
    mReadOnly = access == Access::ReadOnly;
    setDocument(std::make_unique<editor::Document>(std::move(project), fileName), std::move(loadProblems),
        std::move(sourceMap));
    return true;
}

bool DocumentManager::openRecovered(const QString &recovery, const QString &original, model::Problems *problems)
{
    QString why;
    auto lock = lockFor(original, &why);
    if (!lock) {
        fileProblem(problems, original, why);
        return false;
    }
    model::Problems loadProblems;
    auto project = model::readProject(recovery, &loadProblems);
    if (problems)
        *problems = loadProblems;
    if (!project)
        return false;
    mRecentFiles->add(original);
    mLock = std::move(lock);
    mReadOnly = false;
    auto document = std::make_unique<editor::Document>(std::move(project), original);
    document->undoStack()->resetClean(); // what it holds is not in the file yet
    setDocument(std::move(document), std::move(loadProblems));
    return true;
}

bool DocumentManager::openAsUntitled(const QString &resourcePath, model::Problems *problems)
{
    // Bundled files live in Qt resources; readers take real paths, so go through a temporary copy.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(resourcePath).fileName());
    if (!dir.isValid() || !QFile::copy(resourcePath, copy)) {
        if (problems) {
            model::Problem p;
            p.file = resourcePath;
            p.message = tr("The bundled file could not be read.");
            problems->push_back(p);
        }
        return false;
    }
    model::Problems loadProblems;
    auto project = model::readProject(copy, &loadProblems);
    for (model::Problem &p : loadProblems)
        p.file = resourcePath;
    if (problems)
        *problems = loadProblems;
    if (!project)
        return false;
    mLock.reset();
    mReadOnly = false;
    setDocument(std::make_unique<editor::Document>(std::move(project)), std::move(loadProblems));
    return true;
}

void DocumentManager::newProject()
{
    auto project = std::make_unique<model::Project>();
    project->name = tr("Untitled project");
    // A new project starts with the simulation settings the person chose (Edit ▸ Preferences).
    const editor::Preferences preferences = editor::Preferences::load();
    project->simulation.replications = preferences.replications;
    project->simulation.horizon = preferences.horizonDays * 1440 / model::minutesPer(project->timeUnit);
    project->simulation.warmup = preferences.warmupDays * 1440 / model::minutesPer(project->timeUnit);
    project->simulation.seed = preferences.seed;
    mLock.reset();
    mReadOnly = false;
    setDocument(std::make_unique<editor::Document>(std::move(project)), {});
}

bool DocumentManager::save(const QString &fileName, QString *error)
{
    if (!mDocument)
        return false;
    const QString previous = mDocument->fileName();
    const bool sameFile = QFileInfo(previous).absoluteFilePath() == QFileInfo(fileName).absoluteFilePath();
    if (mReadOnly && sameFile) {
        if (error)
            *error = tr("%1 is open read-only, because %2 has it open; save it under another name.")
                         .arg(QFileInfo(fileName).fileName(), ProjectLock::holder(fileName));
        return false;
    }
    // Only the instance holding a file's lock writes it, so two studios' saves never interleave.
    QString why;
    auto lock = lockFor(fileName, &why);
    if (!lock) {
        if (error)
            *error = why;
        return false;
    }
    if (!mDocument->save(fileName, error)) {
        if (sameFile)
            mLock = std::move(lock);
        return false;
    }
    // A read-only document's recovery copy and old name belong to the instance holding that file.
    const bool wasReadOnly = mReadOnly;
    mLock = std::move(lock);
    mReadOnly = false;
    // After Save As, the copy kept under the old name would be offered again one day: drop it too.
    if (!sameFile && !wasReadOnly)
        mAutosaver->discardFor(previous);
    // Line numbers now describe a file that was rewritten (or is SQLite): stop using them.
    mSourceMap.reset();
    mLoadProblems.clear();
    mAutosaver->discard();
    mAutosaver->setDocument(mDocument.get(), true);
    mAutosaver->discard();
    mRecentFiles->add(fileName);
    return true;
}

void DocumentManager::revalidate()
{
    mValidationTimer->stop();
    ++mValidationGeneration; // whatever runs now describes an older model
    publishProblems(mDocument ? model::validate(mDocument->project(), mDocument->fileName()) : model::Problems());
}

bool DocumentManager::isValidationPending() const
{
    return mValidationTimer->isActive() || mValidationsInFlight > 0;
}

void DocumentManager::startValidation()
{
    if (!mDocument)
        return;
    // The worker gets its own copy: the user goes on editing the document meanwhile.
    auto project = std::make_shared<const model::Project>(mDocument->project());
    const QString fileName = mDocument->fileName();
    const quint64 generation = ++mValidationGeneration;
    ++mValidationsInFlight;
    mValidationPool->start([this, project, fileName, generation] {
        model::Problems problems = model::validate(*project, fileName);
        QMetaObject::invokeMethod(
            this,
            [this, generation, problems = std::move(problems)]() mutable {
                finishValidation(generation, std::move(problems));
            },
            Qt::QueuedConnection);
    });
}

void DocumentManager::finishValidation(quint64 generation, model::Problems problems)
{
    --mValidationsInFlight;
    if (generation != mValidationGeneration)
        return; // an edit, another document or a direct revalidate() came since
    publishProblems(problems);
}

void DocumentManager::publishProblems(const model::Problems &validation)
{
    ++mValidations;
    mProblems = mLoadProblems;
    if (mDocument)
        model::mergeValidation(mProblems, validation, mSourceMap.get(), mDocument->fileName());
    emit problemsChanged();
}

void DocumentManager::setDocument(std::unique_ptr<editor::Document> document, model::Problems loadProblems,
    std::unique_ptr<model::SourceMap> sourceMap)
{
    if (mDocument)
        mAutosaver->discard();
    mDocument = std::move(document);
    mLoadProblems = std::move(loadProblems);
    mSourceMap = std::move(sourceMap);
    mAutosaver->setDocument(mDocument.get(), !mReadOnly);
    if (mDocument) {
        // Every edit, undo and redo restarts the wait; validation runs once typing pauses.
        connect(mDocument.get(), &editor::Document::changed, mValidationTimer, qOverload<>(&QTimer::start));
    }
    emit documentChanged(mDocument.get());
    revalidate();
}

} // namespace oi::app
