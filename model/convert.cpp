// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/convert.h"

#include "model/projectio.h"
#include "model/validator.h"

#include <QCoreApplication>

namespace oi::model {

ConvertResult convertProject(const QString &input, const QString &output, Problems *problems, QString *error)
{
    if (formatForFileName(output) == FileFormat::Unknown) {
        if (error)
            *error = QCoreApplication::translate(
                "Convert", "%1: unknown output type; use a name ending in .oi.yaml or .oistudio.")
                         .arg(output);
        return ConvertResult::IoError;
    }
    std::unique_ptr<Project> project;
    Problems found = checkFile(input, &project);
    const bool errors = hasErrors(found);
    if (problems)
        problems->insert(problems->end(), found.begin(), found.end());
    if (!project) {
        // The file could not be read at all: missing, malformed, foreign or newer.
        if (error)
            *error = found.empty() ? input : found.front().toString();
        return ConvertResult::IoError;
    }
    if (errors)
        return ConvertResult::InputHasErrors;
    return writeProject(*project, output, error) ? ConvertResult::Ok : ConvertResult::IoError;
}

} // namespace oi::model
