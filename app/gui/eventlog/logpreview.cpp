// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/logpreview.h"

#include "model/eventlog/csvrecords.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace oi::app {

namespace {

// Bounds the preview whatever the file: a few hundred lines, never megabytes.
constexpr qint64 kMaxPreviewBytes = 512 * 1024;

QByteArray head(const QString &fileName, int lines)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text;
    for (int i = 0; i <= lines && !file.atEnd() && text.size() < kMaxPreviewBytes; ++i)
        text += file.readLine(kMaxPreviewBytes - text.size());
    return text;
}

} // namespace

bool isXesFile(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".xes"), Qt::CaseInsensitive))
        return true;
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) && file.peek(64).trimmed().startsWith("<?xml");
}

LogPreview previewLog(const QString &fileName, const model::eventlog::ReadOptions &options, int lines)
{
    LogPreview preview;
    preview.xes = isXesFile(fileName);
    QFile probe(fileName);
    if (!probe.open(QIODevice::ReadOnly)) {
        preview.report.error = QCoreApplication::translate("oi::app::LogPreview", "%1 cannot be read: %2")
                                   .arg(fileName, probe.errorString());
        return preview;
    }
    probe.close();
    QByteArray text = head(fileName, lines);
    if (!preview.xes) {
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        model::eventlog::CsvRecords records(&buffer, options.maxLineBytes);
        if (records.start() == model::eventlog::CsvRecords::Result::Record
            && records.next() == model::eventlog::CsvRecords::Result::Record)
            for (qsizetype i = 0; i < records.fieldCount(); ++i) {
                const std::string_view f = records.field(i);
                preview.columns << QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed();
            }
    }
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    model::eventlog::ReadOptions head = options;
    head.maxBadRows = std::max<qint64>(options.maxBadRows, lines); // the preview shows them all
    preview.log = model::eventlog::readEventLog(&buffer, fileName, head, &preview.report);
    // "case: Case ID": the reader's own keys (never translated) before the column's name.
    model::eventlog::ColumnMapping &m = preview.recognised;
    for (const QString &entry : preview.report.mapping) {
        const qsizetype colon = entry.indexOf(QLatin1String(": "));
        const QString key = entry.left(colon), column = entry.mid(colon + 2);
        QString *slot = key == QLatin1String("case") ? &m.caseId
            : key == QLatin1String("activity")       ? &m.activity
            : key == QLatin1String("time")           ? &m.time
            : key == QLatin1String("start")          ? &m.start
            : key == QLatin1String("resource")       ? &m.resource
            : key == QLatin1String("channel")        ? &m.channel
            : key == QLatin1String("customer")       ? &m.customer
            : key == QLatin1String("lifecycle")      ? &m.lifecycle
                                                     : nullptr;
        if (slot)
            *slot = column;
    }
    m.attributes = options.mapping.attributes;
    return preview;
}

} // namespace oi::app
