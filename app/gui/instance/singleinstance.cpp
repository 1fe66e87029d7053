// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/instance/singleinstance.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/mainwindow/mainwindow.h"

#include "editor/document/document.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace oi::app {

namespace {
constexpr qint64 kMaxMessage = 1 << 20; // a megabyte of paths is far more than any double-click sends
}

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , mKey(key)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // Per user (sockets of other users are not ours to take), short enough for a socket path.
    const QByteArray user = qgetenv("USER").isEmpty() ? qgetenv("USERNAME") : qgetenv("USER");
    return QStringLiteral("outsidein-studio-")
        + QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha1).toHex().left(12));
}

namespace {
/** Sends one message and waits for the answer "ok". */
bool send(const QString &key, const QJsonObject &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running studio answers once it has the message; a hung one must not keep this start waiting.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}
} // namespace

bool SingleInstance::forward(const QString &key, const QStringList &files, int timeoutMs)
{
    return send(key, { { QStringLiteral("files"), QJsonArray::fromStringList(files) } }, timeoutMs);
}

bool SingleInstance::listen()
{
    // Another studio answering owns the name. (Qt would replace its socket file without a word,
    // as it makes user-only sockets by renaming one over the name.) Nobody answering: a socket left
    // by a studio that crashed, free to take.
    if (send(mKey, { { QStringLiteral("ping"), true } }, 500))
        return false;
    QLocalServer::removeServer(mKey);
    mServer = new QLocalServer(this);
    mServer->setSocketOptions(QLocalServer::UserAccessOption);
    if (!mServer->listen(mKey))
        return false;
    connect(mServer, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = mServer->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            socket->write("ok\n");
            socket->flush();
            if (message.value(QStringLiteral("ping")).toBool())
                return;
            QStringList files;
            for (const QJsonValue &v : message.value(QStringLiteral("files")).toArray())
                if (v.isString())
                    files.append(v.toString());
            emit filesReceived(files);
        });
    }
}

MainWindow *openHandedOver(MainWindow *window, const QStringList &files)
{
    MainWindow *shown = window;
    for (const QString &file : files) {
        const editor::Document *doc = shown->documentManager()->document();
        // Only an untouched new project gives way; the sample or a template being read stays open.
        const bool blank = !doc
            || (doc->fileName().isEmpty() && !doc->isModified() && doc->project().journeys.empty()
                && doc->project().roles.empty() && doc->project().processes.empty());
        if (!blank) {
            auto *another = new MainWindow;
            another->setAttribute(Qt::WA_DeleteOnClose);
            another->show();
            shown = another;
        }
        shown->openFile(file);
    }
    shown->setWindowState((shown->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    shown->show();
    shown->raise();
    shown->activateWindow();
    return shown;
}

} // namespace oi::app
