// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/document.h"

#include "editor/document/selection.h"
#include "model/projectio.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace oi::editor {

Document::Document(std::unique_ptr<model::Project> project, const QString &fileName, QObject *parent)
    : QObject(parent)
    , mProject(std::move(project))
    , mUndoStack(new QUndoStack(this))
    , mSelection(new Selection(this))
    , mFileName(fileName)
{
    Q_ASSERT(mProject);
    connect(mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
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
    return true;
}

QString Document::displayName() const
{
    if (!mFileName.isEmpty())
        return QFileInfo(mFileName).fileName();
    return mProject->name.isEmpty() ? tr("Untitled") : mProject->name;
}

bool Document::isModified() const
{
    return !mUndoStack->isClean();
}

model::Journey *Document::journeyForEdit(const QString &journeyId)
{
    return mProject->journey(journeyId);
}

model::Step *Document::stepForEdit(const QString &stepId, model::Journey **journey)
{
    for (model::Journey &j : mProject->journeys) {
        for (model::Step &s : j.steps) {
            if (s.id == stepId) {
                if (journey)
                    *journey = &j;
                return &s;
            }
        }
    }
    return nullptr;
}

namespace {
// Trailing "-<n>" is stripped so duplicating "pay-2" gives "pay-3", not "pay-2-2".
QString stemOf(const QString &base)
{
    const qsizetype dash = base.lastIndexOf(u'-');
    if (dash > 0) {
        bool ok = false;
        base.mid(dash + 1).toInt(&ok);
        if (ok)
            return base.left(dash);
    }
    return base.isEmpty() ? QStringLiteral("step") : base;
}

template<typename Taken> QString uniqueId(const QString &base, Taken taken)
{
    if (!base.isEmpty() && !taken(base))
        return base;
    const QString stem = stemOf(base);
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}
} // namespace

QString Document::uniqueStepId(const QString &base, const QSet<QString> &reserved) const
{
    return uniqueId(base, [&](const QString &id) { return reserved.contains(id) || mProject->step(id) != nullptr; });
}

QString Document::uniqueStageId(const model::Journey &journey, const QString &base) const
{
    return uniqueId(base, [&journey](const QString &id) {
        return std::any_of(
            journey.stages.begin(), journey.stages.end(), [&id](const model::Stage &s) { return s.id == id; });
    });
}

QString Document::uniqueJourneyId(const QString &base) const
{
    return uniqueId(base, [this](const QString &id) { return mProject->journey(id) != nullptr; });
}

} // namespace oi::editor
