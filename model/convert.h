// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QString>

namespace oi::model {

enum class ConvertResult { Ok, InputHasErrors, IoError };

/**
 * Reads `input`, validates it and, only when it has no errors, writes it to `output` (format by
 * extension, e.g. .oi.yaml <-> .oistudio). `problems` receives everything found (warnings too);
 * `error` the reason for an IoError (unreadable input, unknown output type, failed write).
 */
ConvertResult convertProject(const QString &input, const QString &output, Problems *problems, QString *error);

} // namespace oi::model
