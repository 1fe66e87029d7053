// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace oi::app {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
    mFiles = QSettings().value(kKey).toStringList();
    // A file deleted or on an unplugged drive since last time is not worth a menu entry.
    mFiles.erase(std::remove_if(mFiles.begin(), mFiles.end(), [](const QString &f) { return !QFileInfo::exists(f); }),
        mFiles.end());
}

void RecentFiles::add(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    mFiles.removeAll(path);
    mFiles.prepend(path);
    while (mFiles.size() > MaxFiles)
        mFiles.removeLast();
    store();
}

void RecentFiles::remove(const QString &fileName)
{
    if (mFiles.removeAll(QFileInfo(fileName).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    mFiles.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(kKey, mFiles);
    emit changed();
}

} // namespace oi::app
