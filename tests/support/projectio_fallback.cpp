// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into editor tests only while model/ has no projectio.cpp yet (see
// tests/editor/CMakeLists.txt): Document references the file API, which these tests never call.
#include "model/projectio.h"

namespace oi::model {

std::unique_ptr<Project> readProject(const QString &fileName, Problems *problems)
{
    if (problems) {
        Problem p;
        p.file = fileName;
        p.message = QStringLiteral("project files cannot be read in this test build");
        problems->push_back(p);
    }
    return nullptr;
}

bool writeProject(const Project &, const QString &, QString *error)
{
    if (error)
        *error = QStringLiteral("project files cannot be written in this test build");
    return false;
}

} // namespace oi::model
