// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/autosaver.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace oi::app {

Autosaver::Autosaver(QObject *parent)
    : QObject(parent)
    , mUntitledKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&mTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            emit autosaveFailed(error);
    });
    setInterval(mIntervalSeconds);
}

void Autosaver::setDocument(editor::Document *document, bool ownsFile)
{
    mDocument = document;
    mOwnsFile = ownsFile;
}

QString Autosaver::currentRecoveryPath() const
{
    return recoveryPathFor(mOwnsFile ? mDocument->fileName() : QString());
}

void Autosaver::setInterval(int seconds)
{
    mIntervalSeconds = seconds;
    if (seconds > 0)
        mTimer.start(seconds * 1000);
    else
        mTimer.stop();
}

QString Autosaver::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
}

QString Autosaver::recoveryPathFor(const QString &fileName) const
{
    const QString key = fileName.isEmpty() ? mUntitledKey : QFileInfo(fileName).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString base = fileName.isEmpty() ? QStringLiteral("untitled") : QFileInfo(fileName).completeBaseName();
    return recoveryFolder() + u'/' + base + u'-' + QString::fromLatin1(hash) + QStringLiteral(".oi.yaml");
}

QString Autosaver::recoverableCopyOf(const QString &fileName) const
{
    const QFileInfo copy(recoveryPathFor(fileName));
    const QFileInfo original(fileName);
    if (copy.exists() && (!original.exists() || copy.lastModified() > original.lastModified()))
        return copy.absoluteFilePath();
    return {};
}

bool Autosaver::saveNow(QString *error)
{
    if (!mDocument || !mDocument->isModified())
        return true;
    if (!QDir().mkpath(recoveryFolder())) {
        if (error)
            *error = tr("Cannot create the autosave folder %1.").arg(recoveryFolder());
        return false;
    }
    return model::writeProject(mDocument->project(), currentRecoveryPath(), error);
}

void Autosaver::discard()
{
    if (mDocument)
        QFile::remove(currentRecoveryPath());
}

void Autosaver::discardFor(const QString &fileName)
{
    QFile::remove(recoveryPathFor(fileName));
}

} // namespace oi::app
