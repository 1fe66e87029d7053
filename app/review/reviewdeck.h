// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace oi::editor {
class Document;
}

namespace oi::review {

/**
 * The review as a PDF deck: one landscape 16:9 page per screen, each screen rendered at print
 * resolution (about 220 dpi). Uses the stored runs, or simulates when there are none. False with
 * `error` when the file cannot be written.
 */
bool writeDeck(editor::Document *document, const QString &fileName, QString *error);

/** `outsidein FILE --export deck OUT.pdf`: 0 written, 1 with a sentence on `err`. */
int exportDeck(const QString &projectFile, const QString &output, QTextStream &err);

} // namespace oi::review
