// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyclipboard.h"

#include "model/journeyinterchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace oi::editor::JourneyClipboard {

QMimeData *toMimeData(const std::vector<model::Step> &steps)
{
    QJsonArray array;
    QStringList text;
    for (const model::Step &step : steps) {
        array.append(model::stepToJson(step));
        text.append(step.title);
    }
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("outsidein-steps") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("steps"), array } };
    auto *mime = new QMimeData;
    mime->setData(MimeType, QJsonDocument(root).toJson(QJsonDocument::Compact));
    mime->setText(text.join(u'\n'));
    return mime;
}

bool canRead(const QMimeData *mime)
{
    return mime && mime->hasFormat(MimeType);
}

std::vector<model::Step> fromMimeData(const QMimeData *mime, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::vector<model::Step> {};
    };
    if (!canRead(mime))
        return fail(QCoreApplication::translate("JourneyClipboard", "The clipboard holds no journey steps."));
    const QJsonDocument doc = QJsonDocument::fromJson(mime->data(MimeType));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("outsidein-steps")
        || root.value(QLatin1String("version")).toInt() != 1)
        return fail(
            QCoreApplication::translate("JourneyClipboard", "The clipboard's steps come from an unknown version."));
    std::vector<model::Step> steps;
    const QJsonArray array = root.value(QLatin1String("steps")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        model::Step step;
        QString message;
        if (!model::stepFromJson(array.at(i).toObject(), QStringLiteral("steps[%1]").arg(i), &step, &message))
            return fail(QCoreApplication::translate("JourneyClipboard", "Clipboard: %1").arg(message));
        steps.push_back(std::move(step));
    }
    return steps;
}

} // namespace oi::editor::JourneyClipboard
