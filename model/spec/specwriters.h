// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor specification's text formats: Markdown with Mermaid flowcharts for wikis, JSON for
// vendor tools (docs/spec-schema.json), the CSV scoring sheet for spreadsheets, and self-contained
// HTML. Every piece of user text is escaped for the format it lands in.
#pragma once

#include "model/project.h"
#include "model/spec/specdocument.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <functional>

namespace oi::model::spec {

QString specToMarkdown(const SpecDocument &doc, const Project &project);

QByteArray specToJson(const SpecDocument &doc);

/**
 * The scoring sheet: requirement × vendor, UTF-8 with a BOM; a cell starting with = + - @ (or a tab
 * or carriage return) gets a leading ' so no spreadsheet runs it as a formula.
 */
QByteArray scoringSheetCsv(const SpecDocument &doc);

/**
 * Reads a filled-in scoring sheet back into the project's vendors (columns after "Weight" are
 * vendors, by name; a vendor not yet in the project is added). False with `error` naming the row
 * and column of the first cell that is not empty or a whole number 0-3, or an unknown requirement.
 */
bool importScoringSheet(const QByteArray &csv, Project &project, QString *error);

/** An id for a vendor named `name` ("acme-crm", "acme-crm-2") that neither `project` nor `taken` uses. */
QString vendorId(const QString &name, const Project &project, const QSet<QString> &taken = {});

/**
 * `diagram(processId)` gives an inline <svg> (or nothing); the HTML holds no script, fetches nothing.
 * `tocPages`, when given, are the page numbers of the sections in contents order (for print).
 */
QString specToHtml(const SpecDocument &doc, const std::function<QString(const QString &)> &diagram = {},
    const QList<int> &tocPages = {});

/** Mermaid flowchart of one process, labels escaped for Mermaid. */
QString processToMermaid(const Process &process, const Project &project);

/** The text with < > & " ' as entities; for HTML and XHTML alike. */
QString htmlEscaped(const QString &text);

} // namespace oi::model::spec
