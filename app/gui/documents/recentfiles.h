// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace oi::app {

/** The most-recently-used project list, kept in QSettings ("recentFiles"), newest first. */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return mFiles; }
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();

signals:
    void changed();

private:
    void store();
    QStringList mFiles;
};

} // namespace oi::app
