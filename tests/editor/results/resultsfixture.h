// SPDX-License-Identifier: GPL-3.0-or-later
// The known run the results tests read: the bundled sample's as-is scenario, 3 replications of
// 3 days (the first a warm-up), seed 2026, written by `outsidein-cli simulate
// resources/samples/subscription-broadband.oi.yaml --scenario as-is --replications 3 --horizon 4320
// --format json` and stored compact in tests/data/results/sample-as-is.json.
#pragma once

#include "model/projectio.h"
#include "model/resultsjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <memory>

namespace oi::test {

inline std::shared_ptr<const model::Project> sampleProject()
{
    model::Problems problems;
    std::shared_ptr<const model::Project> project = model::readProject(
        QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
    return project;
}

inline std::shared_ptr<const sim::Results> sampleResults()
{
    QFile file(QStringLiteral(OI_TEST_DATA "/results/sample-as-is.json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto results = std::make_shared<sim::Results>();
    QString error;
    if (!model::resultsFromJson(QJsonDocument::fromJson(file.readAll()).object(), results.get(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    results->ok = true;
    return results;
}

} // namespace oi::test
