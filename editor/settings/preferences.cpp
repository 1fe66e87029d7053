// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/settings/preferences.h"

#include <QSettings>

namespace oi::editor {

namespace {
template<typename E> E clampEnum(int value, E last)
{
    return value >= 0 && value <= int(last) ? E(value) : E(0);
}
} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.language = s.value(QStringLiteral("ui/language"), p.language).toString();
    if (!languages().contains(p.language))
        p.language.clear();
    p.theme = clampEnum(s.value(QStringLiteral("ui/theme"), int(p.theme)).toInt(), Theme::Dark);
    p.autosaveSeconds = qBound(0, s.value(QStringLiteral("autosave/seconds"), p.autosaveSeconds).toInt(), 3600);
    p.replications = qBound(2, s.value(QStringLiteral("simulation/replications"), p.replications).toInt(), 1000);
    p.horizonDays = qBound(0.01, s.value(QStringLiteral("simulation/horizonDays"), p.horizonDays).toDouble(), 3650.0);
    p.warmupDays
        = qBound(0.0, s.value(QStringLiteral("simulation/warmupDays"), p.warmupDays).toDouble(), p.horizonDays);
    p.seed = s.value(QStringLiteral("simulation/seed"), p.seed).toULongLong();
    p.precision = qBound(0.0, s.value(QStringLiteral("simulation/precision"), p.precision).toDouble(), 0.5);
    p.durations
        = clampEnum(s.value(QStringLiteral("units/durations"), int(p.durations)).toInt(), model::DurationDisplay::Days);
    p.pngDpi = qBound(48, s.value(QStringLiteral("export/pngDpi"), p.pngDpi).toInt(), 600);
    p.pdfPageSize = s.value(QStringLiteral("export/pdfPageSize"), p.pdfPageSize).toString() == u"Letter"
        ? QStringLiteral("Letter")
        : QStringLiteral("A4");
    p.showWelcome = s.value(QStringLiteral("welcome/showAtStartup"), p.showWelcome).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/theme"), int(theme));
    s.setValue(QStringLiteral("autosave/seconds"), autosaveSeconds);
    s.setValue(QStringLiteral("simulation/replications"), replications);
    s.setValue(QStringLiteral("simulation/horizonDays"), horizonDays);
    s.setValue(QStringLiteral("simulation/warmupDays"), warmupDays);
    s.setValue(QStringLiteral("simulation/seed"), seed);
    s.setValue(QStringLiteral("simulation/precision"), precision);
    s.setValue(QStringLiteral("units/durations"), int(durations));
    s.setValue(QStringLiteral("export/pngDpi"), pngDpi);
    s.setValue(QStringLiteral("export/pdfPageSize"), pdfPageSize);
    s.setValue(QStringLiteral("welcome/showAtStartup"), showWelcome);
}

QStringList Preferences::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") };
}

} // namespace oi::editor
