// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one of the built executables as a user or a script would, for tests of their contracts.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace oi::test {

struct ProgramRun
{
    int code = -1; // -1: did not finish in time
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

/** How the program sees the machine: as CI does (offscreen), or as a server with no display at all. */
enum class Display { Offscreen, None };

/** Where the programs a test runs keep settings, recent files and autosaves: never the user's own. */
inline QString programHome()
{
    static QTemporaryDir home;
    return home.path();
}

inline ProgramRun runProgram(const QString &program, const QStringList &args, Display display = Display::Offscreen)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display == Display::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    for (const char *place : { "CONFIG", "DATA", "CACHE", "STATE" })
        env.insert(QStringLiteral("XDG_%1_HOME").arg(QLatin1String(place)),
            programHome() + QLatin1Char('/') + QLatin1String(place).toString().toLower());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace oi::test
