// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStandardPaths>

namespace oi::test {

/**
 * Keeps a test's QSettings, autosave copies and recent files out of the user's real ones:
 * Qt's test mode redirects the standard locations, and a per-test application name keeps
 * tests that run in parallel apart.
 */
inline void isolateSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OutsideInStudioTests"));
    QCoreApplication::setApplicationName(QLatin1String(testName));
}

} // namespace oi::test
