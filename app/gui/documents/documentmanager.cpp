// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/documentmanager.h"

#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/recentfiles.h"

#include "editor/document/document.h"
#include "model/projectio.h"
#include "model/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

namespace oi::app {

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
    , mRecentFiles(new RecentFiles(this))
    , mAutosaver(new Autosaver(this))
{
}

DocumentManager::~DocumentManager() = default;

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
        QFile file(t.path);
        if (file.open(QIODevice::ReadOnly)) {
            // Templates describe themselves in their first comment line and name themselves in project.name.
            const QString text = QString::fromUtf8(file.readAll());
            const QStringList lines = text.split(u'\n');
            if (!lines.isEmpty() && lines.first().startsWith(u'#'))
                t.description = lines.first().mid(1).trimmed();
            for (const QString &line : lines) {
                const QString trimmed = line.trimmed();
                if (trimmed.startsWith(QLatin1String("name:"))) {
                    t.title = trimmed.mid(5).trimmed();
                    break;
                }
            }
        }
        if (t.title.isEmpty())
            t.title = QFileInfo(name).completeBaseName();
        result.append(t);
    }
    return result;
}

bool DocumentManager::open(const QString &fileName, model::Problems *problems)
{
    model::Problems loadProblems;
    auto sourceMap = std::make_unique<model::SourceMap>();
    auto project = model::readProject(fileName, &loadProblems, sourceMap.get());
    if (problems)
        *problems = loadProblems;
    if (!project)
        return false;
    mRecentFiles->add(fileName);
    setDocument(std::make_unique<editor::Document>(std::move(project), fileName), std::move(loadProblems),
        std::move(sourceMap));
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
    setDocument(std::make_unique<editor::Document>(std::move(project)), std::move(loadProblems));
    return true;
}

void DocumentManager::newProject()
{
    auto project = std::make_unique<model::Project>();
    project->name = tr("Untitled project");
    setDocument(std::make_unique<editor::Document>(std::move(project)), {});
}

bool DocumentManager::save(const QString &fileName, QString *error)
{
    if (!mDocument)
        return false;
    if (!mDocument->save(fileName, error))
        return false;
    // Line numbers now describe a file that was rewritten (or is SQLite): stop using them.
    mSourceMap.reset();
    mLoadProblems.clear();
    mAutosaver->discard();
    mRecentFiles->add(fileName);
    return true;
}

void DocumentManager::revalidate()
{
    mProblems = mLoadProblems;
    if (mDocument)
        model::mergeValidation(mProblems, model::validate(mDocument->project(), mDocument->fileName()),
            mSourceMap.get(), mDocument->fileName());
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
    mAutosaver->setDocument(mDocument.get());
    if (mDocument)
        connect(mDocument->undoStack(), &QUndoStack::indexChanged, this, &DocumentManager::revalidate);
    emit documentChanged(mDocument.get());
    revalidate();
}

} // namespace oi::app
