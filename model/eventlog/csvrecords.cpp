// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/csvrecords.h"

#include <array>
#include <cstring>

namespace oi::model::eventlog {

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvRecords::CsvRecords(QIODevice *device, qint64 maxRecordBytes)
    : mDevice(device)
    , mMax(maxRecordBytes)
{
}

bool CsvRecords::fill()
{
    if (mEof)
        return false;
    mConsumed += mPos;
    mBuffer.remove(0, mPos);
    mPos = 0;
    const qsizetype before = mBuffer.size();
    mBuffer.resize(before + kChunk);
    const qint64 got = mDevice->read(mBuffer.data() + before, kChunk);
    mBuffer.resize(before + std::max<qint64>(got, 0));
    if (got <= 0) {
        mEof = true;
        mReadError = got < 0;
        return false;
    }
    // Text has no NUL byte; a file with one is not CSV, whatever its name says.
    if (std::memchr(mBuffer.constData() + before, '\0', size_t(got)))
        mBinary = true;
    return true;
}

bool CsvRecords::atEnd()
{
    return mPos >= mBuffer.size() && !fill();
}

CsvRecords::Result CsvRecords::start()
{
    while (mBuffer.size() < 4 && fill()) { }
    if (mBinary)
        return Result::Binary;
    if (mBuffer.startsWith("\xFF\xFE") || mBuffer.startsWith("\xFE\xFF"))
        return Result::Utf16;
    if (mBuffer.startsWith("\xEF\xBB\xBF"))
        mPos = 3;
    // The delimiter is the one of , ; and tab that the header line has most of, outside quotes.
    while (mBuffer.indexOf('\n', mPos) < 0 && mBuffer.size() - mPos < mMax && fill()) { }
    std::array<int, 3> counts {};
    bool quoted = false;
    for (qsizetype i = mPos; i < mBuffer.size() && (quoted || mBuffer[i] != '\n'); ++i) {
        const char c = mBuffer[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == ',' || c == ';' || c == '\t'))
            ++counts[c == ',' ? 0 : c == ';' ? 1 : 2];
    }
    mDelimiter = counts[1] > counts[0] && counts[1] >= counts[2] ? ';' : counts[2] > counts[0] ? '\t' : ',';
    return Result::Record;
}

void CsvRecords::endField()
{
    mFields.emplace_back(mFieldBegin, mRecord.size());
    mFieldBegin = mRecord.size();
}

CsvRecords::Result CsvRecords::next()
{
    mRecord.clear();
    mFields.clear();
    mFieldBegin = 0;
    mRecordLine = mLine;
    bool quoted = false;
    bool fieldWasQuoted = false;
    std::array<bool, 256> special {};
    for (const char c : { mDelimiter, '"', '\n', '\r' })
        special[static_cast<unsigned char>(c)] = true;
    for (;;) {
        if (mBinary)
            return Result::Binary;
        if (qint64(mRecord.size()) > mMax)
            return Result::TooLong;
        if (atEnd()) {
            if (mReadError)
                return Result::ReadError;
            if (quoted)
                return Result::Unclosed;
            if (mRecord.empty() && mFields.empty() && !fieldWasQuoted)
                return Result::End;
            endField();
            return Result::Record;
        }
        if (quoted) {
            const char *from = mBuffer.constData() + mPos;
            const void *q = std::memchr(from, '"', size_t(mBuffer.size() - mPos));
            const qsizetype run = q ? static_cast<const char *>(q) - from : mBuffer.size() - mPos;
            for (qsizetype i = 0; i < run; ++i)
                mLine += from[i] == '\n' ? 1 : 0;
            mRecord.append(from, size_t(run));
            mPos += run;
            if (!q)
                continue;
            ++mPos; // the quote
            if (atEnd()) {
                quoted = false;
                continue;
            }
            if (mBuffer[mPos] == '"') {
                mRecord.push_back('"');
                ++mPos;
            } else {
                quoted = false;
            }
            continue;
        }
        // Unquoted: copy up to the next character that means something.
        const char *from = mBuffer.constData() + mPos;
        const qsizetype left = mBuffer.size() - mPos;
        qsizetype run = 0;
        while (run < left && !special[static_cast<unsigned char>(from[run])])
            ++run;
        mRecord.append(from, size_t(run));
        mPos += run;
        if (mPos >= mBuffer.size())
            continue;
        const char c = mBuffer[mPos++];
        if (c == mDelimiter) {
            endField();
            fieldWasQuoted = false;
        } else if (c == '"') {
            if (mRecord.size() == mFieldBegin && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else {
                mRecord.push_back('"'); // a stray quote inside a field is kept as text
            }
        } else if (c == '\n') {
            ++mLine;
            if (mRecord.empty() && mFields.empty() && !fieldWasQuoted) {
                mRecordLine = mLine; // a blank line
                continue;
            }
            endField();
            return Result::Record;
        }
        // '\r' outside quotes belongs to a line break and is dropped.
    }
}

} // namespace oi::model::eventlog
