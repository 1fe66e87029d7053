// SPDX-License-Identifier: GPL-3.0-or-later
// CSV records (RFC 4180) read from a device in chunks: quoted fields may hold delimiters, quotes
// ("") and line breaks; a record longer than the cap stops the reading, so a binary file or a
// quote never closed cannot fill the memory. Bytes stay bytes (UTF-8); callers decode what they keep.
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oi::model::eventlog {

class CsvRecords
{
public:
    enum class Result { Record, End, TooLong, Unclosed, Binary, Utf16, ReadError };

    CsvRecords(QIODevice *device, qint64 maxRecordBytes);

    /** Skips a UTF-8 byte order mark and picks the delimiter (, ; or tab) from the first line. */
    Result start();
    char delimiter() const { return mDelimiter; }

    /** The next non-blank record; its fields stay valid until the next call. */
    Result next();
    /** The line the last record (or the failure) began on, 1-based. */
    qint64 line() const { return mRecordLine; }
    qsizetype fieldCount() const { return qsizetype(mFields.size()); }
    std::string_view field(qsizetype i) const
    {
        const auto [from, to] = mFields[size_t(i)];
        return std::string_view(mRecord).substr(from, to - from);
    }
    qint64 bytesRead() const { return mConsumed + mPos; }

private:
    bool fill();
    bool atEnd();
    void endField();

    QIODevice *mDevice;
    qint64 mMax;
    QByteArray mBuffer;
    qsizetype mPos = 0;
    qint64 mConsumed = 0; // bytes dropped from the front of mBuffer
    bool mEof = false;
    bool mBinary = false;
    bool mReadError = false;
    char mDelimiter = ',';
    std::string mRecord;
    std::vector<std::pair<size_t, size_t>> mFields;
    size_t mFieldBegin = 0;
    qint64 mLine = 1;
    qint64 mRecordLine = 1;
};

} // namespace oi::model::eventlog
