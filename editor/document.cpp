// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "model/projectio.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUndoStack>

namespace oi::editor {

Document::Document(std::unique_ptr<model::Project> project, const QString &fileName, QObject *parent)
    : QObject(parent)
    , mProject(std::move(project))
    , mUndoStack(new QUndoStack(this))
    , mFileName(fileName)
{
    Q_ASSERT(mProject);
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

std::unique_ptr<Document> Document::load(const QString &fileName, model::Problems *problems)
{
    auto project = model::readProject(fileName, problems);
    if (!project)
        return nullptr;
    return std::make_unique<Document>(std::move(project), fileName);
}

bool Document::save(const QString &fileName, QString *error)
{
    mProject->modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (mProject->created.isEmpty())
        mProject->created = mProject->modified;
    if (!model::writeProject(*mProject, fileName, error))
        return false;
    if (fileName != mFileName) {
        mFileName = fileName;
        emit fileNameChanged(mFileName);
    }
    mUndoStack->setClean();
    emit saved();
    return true;
}

QString Document::displayName() const
{
    if (!mFileName.isEmpty())
        return QFileInfo(mFileName).fileName();
    return mProject->name.isEmpty() ? tr("Untitled") : mProject->name;
}

bool Document::isModified() const { return !mUndoStack->isClean(); }

} // namespace oi::editor
