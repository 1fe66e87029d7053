// SPDX-License-Identifier: GPL-3.0-or-later
// A double-click on a second project while the studio runs opens it in the running studio, not in a
// second process that would fight the first over settings and autosave. The first start listens on a
// local socket named per user; a later start hands over its files ({"files": [absolute paths]}, one
// JSON line, answered "ok") and exits.
#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QLocalServer;
QT_END_NAMESPACE

namespace oi::app {

class MainWindow;

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** The socket name for this user's studios. */
    static QString defaultKey();
    /** Hands `files` to a studio listening on `key`; true once it has taken them (an empty list
     * asks it to come to the front). False, quickly, when none runs. Blocking: call before exec(). */
    static bool forward(const QString &key, const QStringList &files, int timeoutMs = 2000);
    /** Starts listening; false when another listens already or the socket cannot be made. */
    bool listen();
    QString key() const { return mKey; }

signals:
    void filesReceived(const QStringList &files);

private:
    void accept();
    QString mKey;
    QLocalServer *mServer = nullptr;
};

/**
 * Opens files handed over by a later start: in `window` when it holds an untitled project with no
 * changes, else each in a new window of this studio. Returns the window that shows the last file.
 */
MainWindow *openHandedOver(MainWindow *window, const QStringList &files);

} // namespace oi::app
