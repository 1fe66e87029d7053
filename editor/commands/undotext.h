// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace oi::editor {

/**
 * "Delete Step" for one, "Delete 3 Steps" for more: reads well in English without a .qm file,
 * while the `many` text stays a %n numerus string for languages with several plural forms.
 * Mark both strings with QT_TRANSLATE_NOOP at the call site.
 */
inline QString countedText(const char *context, const char *one, const char *many, qsizetype n)
{
    return n == 1 ? QCoreApplication::translate(context, one)
                  : QCoreApplication::translate(context, many, nullptr, int(n));
}

} // namespace oi::editor
