// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor specification in the formats with vector diagrams: one self-contained HTML file
// (inline SVG) or a paginated PDF (headers, footers with page numbers, contents, diagrams as
// vectors). The text formats are model/spec's; the diagrams are painted by the process editor.
#pragma once

#include "model/spec/specdocument.h"

#include <QString>
#include <QTextStream>

namespace oi::editor {
class Document;
}

namespace oi::app {

/** Writes `output` (.html or .pdf) for the document; false with `error` set. */
bool writeSpec(
    editor::Document &document, const model::spec::SpecOptions &options, const QString &output, QString *error);

/** `outsidein FILE --export spec OUT.html|OUT.pdf`: the exit code, 0 written, 1 with a sentence on `err`. */
int exportSpec(const QString &projectFile, const QString &output, QTextStream &err);

} // namespace oi::app
