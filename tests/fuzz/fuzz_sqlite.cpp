// SPDX-License-Identifier: GPL-3.0-or-later
// The .oistudio reader on arbitrary bytes (the reader takes a file: each input is written to one
// scratch file): a project or errors, with the connection defensive and the schema untrusted; a
// project read with no error saves and reads back.
#include "fuzzcheck.h"

#include "model/sqlitestore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace oi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    static const QString file = scratch.filePath(QStringLiteral("fuzz.oistudio"));
    // A journal or WAL file of an earlier input would make this one's result depend on it.
    for (const char *side : { "-journal", "-wal", "-shm" })
        QFile::remove(file + QLatin1String(side));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fuzz::fail("cannot write the scratch file");
    }
    model::Problems problems;
    const auto project = model::readSqliteProject(file, &problems);
    if (!project) {
        if (!model::hasErrors(problems))
            fuzz::fail("a refused file has no error");
        return 0;
    }
    if (!model::hasErrors(problems))
        fuzz::checkSavesAndReadsBack(*project);
    return 0;
}
