// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sets once for every project (Edit ▸ Preferences): language, theme, autosave, the
// simulation settings a new project starts with, how durations read, and export defaults. Kept in
// QSettings under the keys below, so the editors read the export defaults without the app's dialog.
#pragma once

#include "model/humanunits.h"

#include <QString>

namespace oi::editor {

enum class Theme { System, Light, Dark };

struct Preferences
{
    QString language; // "" follows the system; else "en", "de", "fr", "es"
    Theme theme = Theme::System;
    int autosaveSeconds = 60; // 0: never
    // A new project's simulation block, and the Simulation panel's precision.
    int replications = 10;
    double horizonDays = 5.0;
    double warmupDays = 0.5;
    quint64 seed = 1;
    double precision = 0.0; // 0: exactly the replications; else the relative half-width to reach
    model::DurationDisplay durations = model::DurationDisplay::Automatic;
    int pngDpi = 150;
    QString pdfPageSize = QStringLiteral("A4"); // or "Letter"
    bool showWelcome = true;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;

    /** The languages with a catalogue, as codes, English first. */
    static QStringList languages();
};

} // namespace oi::editor
