// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace oi::model {

/**
 * One thing wrong with a document, said so that a consultant can find and fix it:
 * the file, the place (YAML line:column, or entity id and field) and a plain sentence.
 * Errors block simulation; warnings do not.
 */
struct Problem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file; // may be empty for an in-memory project
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString entity; // e.g. "process support/node triage"
    QString field; // e.g. "duration.mean"
    QString message; // translated, a plain sentence

    bool isError() const { return severity == Severity::Error; }
    /** "file:line:column: error: entity field: message" — the one-line form the CLI prints. */
    QString toString() const;
};

using Problems = std::vector<Problem>;

bool hasErrors(const Problems &problems);

} // namespace oi::model
