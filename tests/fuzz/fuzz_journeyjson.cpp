// SPDX-License-Identifier: GPL-3.0-or-later
// The journey JSON importer (docs/journey-json.md) on arbitrary bytes: a journey or an error
// naming the place, and an accepted journey exports and imports again.
#include "fuzzcheck.h"

#include "model/journeyinterchange.h"

using namespace oi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    std::optional<model::Persona> persona;
    const auto journey = model::journeyFromJson(json, &error, &persona);
    if (!journey) {
        if (error.isEmpty())
            fuzz::fail("a refused journey has no error");
        return 0;
    }
    model::Project project;
    if (persona)
        project.personas.push_back(*persona);
    project.journeys.push_back(*journey);
    const auto again = model::journeyFromJson(model::journeyToJson(project, *journey), &error);
    if (!again)
        fuzz::fail(qPrintable(QStringLiteral("an accepted journey does not import again: ") + error));
    fuzz::checkSavesAndReadsBack(project);
    return 0;
}
