// SPDX-License-Identifier: GPL-3.0-or-later
// oi-fuzz-seeds OUT FILE.oi.yaml...: the binary seeds of the fuzz corpora, made from the
// repository's YAML projects at run time (so no database is committed): OUT/sqlite/NAME.oistudio
// (pages of 512 bytes, so mutations hit structure rather than padding), OUT/bpmn/NAME.bpmn and
// OUT/journeyjson/NAME-JOURNEY.json.
#include "model/bpmn/bpmnexport.h"
#include "model/journeyinterchange.h"
#include "model/projectio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

using namespace oi::model;

namespace {
bool write(const QString &fileName, const QByteArray &bytes)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool shrinkPages(const QString &fileName)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(fileName.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA page_size = 512; VACUUM;", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: oi-fuzz-seeds OUT FILE.oi.yaml...\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : { "sqlite", "bpmn", "journeyjson" })
        out.mkpath(QLatin1String(sub));
    int made = 0;
    for (int i = 2; i < argc; ++i) {
        const QString input = QString::fromLocal8Bit(argv[i]);
        Problems problems;
        const auto project = readProject(input, &problems);
        if (!project) {
            std::fprintf(stderr, "oi-fuzz-seeds: cannot read %s\n", qPrintable(input));
            return 1;
        }
        const QString base = QFileInfo(input).fileName().section(u'.', 0, 0);
        QString error;
        const QString db = out.filePath(QStringLiteral("sqlite/") + base + QStringLiteral(".oistudio"));
        if (!writeProject(*project, db, &error) || !shrinkPages(db)) {
            std::fprintf(stderr, "oi-fuzz-seeds: %s\n", qPrintable(error));
            return 1;
        }
        ++made;
        if (!project->processes.empty()) {
            const QByteArray xml = bpmn::processesToBpmn(*project, {}, &error);
            if (!xml.isEmpty() && write(out.filePath(QStringLiteral("bpmn/") + base + QStringLiteral(".bpmn")), xml))
                ++made;
        }
        for (const Journey &journey : project->journeys)
            if (write(out.filePath(QStringLiteral("journeyjson/%1-%2.json").arg(base, journey.id)),
                    journeyToJson(*project, journey)))
                ++made;
    }
    std::printf("oi-fuzz-seeds: %d seeds in %s\n", made, argv[1]);
    return 0;
}
