// SPDX-License-Identifier: GPL-3.0-or-later
// The .oi.yaml reader on arbitrary text: a project or located errors, within the limits of
// model/yamllimits.h, and a project read with no error saves and reads back.
#include "fuzzcheck.h"

using namespace oi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    model::Problems problems;
    const auto project = model::projectFromYaml(text, QStringLiteral("fuzz.oi.yaml"), &problems);
    if (!project) {
        if (!model::hasErrors(problems))
            fuzz::fail("a refused file has no error");
        return 0;
    }
    // With errors, values were left at their defaults: the file only round-trips when it had none.
    if (!model::hasErrors(problems))
        fuzz::checkSavesAndReadsBack(*project);
    return 0;
}
