// SPDX-License-Identifier: GPL-3.0-or-later
// What every harness asserts besides "no crash, no leak, no hang": whatever a reader accepts is a
// project the studio can save and read again. A broken promise aborts, which libFuzzer reports
// as a crash with the input that caused it.
#pragma once

#include "model/problem.h"
#include "model/project.h"
#include "model/validator.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace oi::fuzz {

[[noreturn]] inline void fail(const char *what, const model::Problems &problems = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    for (const model::Problem &p : problems)
        std::fprintf(stderr, "  %s\n", qPrintable(p.toString()));
    std::abort();
}

/** Validates `project` and checks its YAML text reads back with no error (what Save then Open does). */
inline void checkSavesAndReadsBack(const model::Project &project)
{
    (void)model::validate(project);
    const QByteArray text = model::projectToYaml(project);
    model::Problems problems;
    const auto back = model::projectFromYaml(text, QStringLiteral("again.oi.yaml"), &problems);
    if (!back || model::hasErrors(problems))
        fail("an accepted project does not read back from its own YAML", problems);
}

} // namespace oi::fuzz
