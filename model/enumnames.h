// SPDX-License-Identifier: GPL-3.0-or-later
// The spelling of every enum in files (YAML keys and SQLite columns share it), kept in one table
// per enum so the reader, the writer, the database and the documentation cannot drift apart.
#pragma once

#include "model/distribution.h"
#include "model/project.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace oi::model {

QString toString(TimeUnit v);
QString toString(Channel v);
QString toString(Evidence v);
QString toString(Office v);
QString toString(ChangeKind v);
QString toString(NodeType v);
QString toString(RequirementKind v);
QString toString(Priority v);
QString toString(DistKind v); // DistKind::None gives an empty string
QString toString(Kpi v);
QString toString(Statistic v);
QString toString(Comparator v);
QString toString(Decision::Verdict v);

/** Parses a file spelling; nullopt for anything else (the caller reports it with allowed names). */
template<typename Enum> std::optional<Enum> enumFromString(const QString &text);

/** Every valid spelling of `Enum`, in declaration order (for error messages and docs). */
template<typename Enum> QStringList enumNames();

} // namespace oi::model
