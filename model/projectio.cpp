// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/projectio.h"

#include "model/atomicwrite.h"
#include "model/sqlitestore.h"
#include "model/yamllimits.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include <QCoreApplication>
#include <QFile>

namespace oi::model {

namespace {
// A class scope so lupdate files these strings under "ProjectIo".
struct ProjectIo
{
    Q_DECLARE_TR_FUNCTIONS(ProjectIo)
};

void fileError(Problems *problems, const QString &fileName, const QString &message)
{
    if (!problems)
        return;
    Problem p;
    p.file = fileName;
    p.message = message;
    problems->push_back(std::move(p));
}
} // namespace

FileFormat formatForFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")))
        return FileFormat::Yaml;
    if (lower.endsWith(QLatin1String(".oistudio")))
        return FileFormat::Sqlite;
    return FileFormat::Unknown;
}

std::unique_ptr<Project> readProject(const QString &fileName, Problems *problems)
{
    return readProject(fileName, problems, nullptr);
}

std::unique_ptr<Project> readProject(const QString &fileName, Problems *problems, SourceMap *sourceMap)
{
    switch (formatForFileName(fileName)) {
    case FileFormat::Yaml: {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            fileError(problems, fileName, ProjectIo::tr("cannot open the file: %1.").arg(file.errorString()));
            return nullptr;
        }
        // Never read more than a project file can be into memory.
        if (file.size() > yamlLimits().fileBytes) {
            fileError(problems, fileName,
                ProjectIo::tr("the file is %1 MB; project files are read up to %2 MB.")
                    .arg(file.size() >> 20)
                    .arg(yamlLimits().fileBytes >> 20));
            return nullptr;
        }
        return projectFromYaml(file.read(yamlLimits().fileBytes + 1), fileName, problems, sourceMap);
    }
    case FileFormat::Sqlite: return readSqliteProject(fileName, problems);
    case FileFormat::Unknown: break;
    }
    fileError(problems, fileName,
        ProjectIo::tr("unknown file type; use a name ending in .oi.yaml, .yaml, .yml or .oistudio."));
    return nullptr;
}

bool writeProject(const Project &project, const QString &fileName, QString *error)
{
    switch (formatForFileName(fileName)) {
    case FileFormat::Yaml: {
        return writeFileAtomically(fileName, projectToYaml(project), error);
    }
    case FileFormat::Sqlite: return writeSqliteProject(project, fileName, error);
    case FileFormat::Unknown: break;
    }
    if (error)
        *error = ProjectIo::tr("Cannot save %1: unknown file type; use a name ending in .oi.yaml or "
                               ".oistudio.")
                     .arg(fileName);
    return false;
}

} // namespace oi::model
