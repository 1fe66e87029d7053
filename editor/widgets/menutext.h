// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace oi::editor {

/**
 * A person's text (a name, a file name, a lane title) as a menu or button label: "&" is shown
 * as itself instead of being taken as the mnemonic ("Touchpoints & channels", "R&D").
 */
inline QString menuText(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

/** At most `length` characters of `text`, ending in "…" when cut (the full text goes in a tooltip). */
inline QString shortened(const QString &text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + u'…';
}

} // namespace oi::editor
