// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectio.h"

#include "sqlitestore.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace oi::model {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProjectIo", text); }

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

std::unique_ptr<Project> readProject(const QString &fileName, Problems *problems,
                                     SourceMap *sourceMap)
{
    switch (formatForFileName(fileName)) {
    case FileFormat::Yaml: {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            fileError(problems, fileName,
                      tr("cannot open the file: %1.").arg(file.errorString()));
            return nullptr;
        }
        return projectFromYaml(file.readAll(), fileName, problems, sourceMap);
    }
    case FileFormat::Sqlite:
        return readSqliteProject(fileName, problems);
    case FileFormat::Unknown:
        break;
    }
    fileError(problems, fileName,
              tr("unknown file type; use a name ending in .oi.yaml, .yaml, .yml or .oistudio."));
    return nullptr;
}

bool writeProject(const Project &project, const QString &fileName, QString *error)
{
    switch (formatForFileName(fileName)) {
    case FileFormat::Yaml: {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2.").arg(fileName, file.errorString());
            return false;
        }
        const QByteArray text = projectToYaml(project);
        if (file.write(text) != text.size() || !file.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2.").arg(fileName, file.errorString());
            return false;
        }
        return true;
    }
    case FileFormat::Sqlite:
        return writeSqliteProject(project, fileName, error);
    case FileFormat::Unknown:
        break;
    }
    if (error)
        *error = tr("Cannot save %1: unknown file type; use a name ending in .oi.yaml or "
                    ".oistudio.").arg(fileName);
    return false;
}

} // namespace oi::model
