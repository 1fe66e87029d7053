// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/xmlnames.h"

namespace oi::model::bpmn::xmlnames {

// XML 1.0 cannot hold control characters (other than tab and line breaks) or lone surrogates,
// not even escaped; a name pasted from elsewhere may carry them.
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            continue;
        } else if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r') {
            out += c;
        }
    }
    return out;
}

namespace {
bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

} // namespace

// An XML id (NCName) as near to `text` as possible: ASCII letters, digits, '-', '_' and '.'.
QString ncname(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += (isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.') ? c : u'_';
    if (out.isEmpty() || !isNameStart(out.front()))
        out.prepend(u'_');
    return out;
}

} // namespace oi::model::bpmn::xmlnames
