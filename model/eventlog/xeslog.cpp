// SPDX-License-Identifier: GPL-3.0-or-later
// An XES log (IEEE 1849): traces of events whose attributes use the standard extensions —
// concept (names), time (timestamps), lifecycle (transitions) and org (resources). Read as a
// stream; a DTD is refused, since one can pull in other files or expand entities without end.
#include "model/eventlog/eventlogtext.h"
#include "model/eventlog/logbuilder.h"
#include "model/eventlog/logreaders.h"
#include "model/eventlog/timestamps.h"

#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace oi::model::eventlog {

namespace {

constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxTraceEvents = 1'000'000;

bool isAttribute(QStringView name)
{
    static const QStringList kTypes { QStringLiteral("string"), QStringLiteral("date"), QStringLiteral("int"),
        QStringLiteral("float"), QStringLiteral("boolean"), QStringLiteral("id") };
    return kTypes.contains(name);
}

// What an event's attributes are read into: the keys a draft uses, then the numeric attributes.
enum Slot { Activity, Time, LifecycleSlot, Resource, ChannelSlot, Start, SlotCount };

struct PendingEvent
{
    std::vector<QString> values;
    qint64 line = 0;
};

class XesReader
{
public:
    XesReader(QIODevice *device, const ReadOptions &options, ReadReport *report)
        : mReader(device)
        , mOptions(options)
        , mReport(report)
        , mBuilder(options, report, key(options.mapping.activity, "concept:name"))
    {
        const ColumnMapping &m = options.mapping;
        mKeys = { key(m.activity, "concept:name"), key(m.time, "time:timestamp"),
            key(m.lifecycle, "lifecycle:transition"), key(m.resource, "org:resource"), key(m.channel, "channel"),
            m.start };
        mKeys.insert(mKeys.end(), m.attributes.begin(), m.attributes.end());
        mCaseKey = key(m.caseId, "concept:name");
        mCustomerKey = key(m.customer, "customer");
        mEventGlobals.resize(mKeys.size());
        mBuilder.setAttributeNames(m.attributes);
        mValues.resize(size_t(m.attributes.size()));
        if (!options.timeFormat.isEmpty())
            if (const auto f = TimeFormat::fromText(options.timeFormat))
                mFormat = *f;
    }

    EventLog read(const ReadControl &control, QIODevice *device);

private:
    static QString key(const QString &mapped, const char *standard)
    {
        return mapped.isEmpty() ? QString::fromLatin1(standard) : mapped;
    }
    QString fail(const QString &message)
    {
        return EventLogText::tr("line %1: %2").arg(mReader.lineNumber()).arg(message);
    }
    /** The key with its declared prefix replaced by the standard one (an extension may be declared as "c"). */
    QString standardKey(QStringView raw) const
    {
        const qsizetype colon = raw.indexOf(u':');
        if (colon <= 0 || !mRenamed)
            return raw.toString();
        const auto it = mPrefixes.constFind(raw.left(colon).toString());
        return it == mPrefixes.cend() ? raw.toString() : *it + raw.mid(colon);
    }
    int slotOf(QStringView k) const
    {
        for (size_t i = 0; i < mKeys.size(); ++i)
            if (!mKeys[i].isEmpty() && k == mKeys[i])
                return int(i);
        return -1;
    }
    QByteArray value(const PendingEvent &e, int slot) const
    {
        const QString &v = e.values[size_t(slot)];
        return (v.isNull() ? mEventGlobals[size_t(slot)] : v).trimmed().toUtf8();
    }
    bool addTrace();

    QXmlStreamReader mReader;
    const ReadOptions &mOptions;
    ReadReport *mReport;
    LogBuilder mBuilder;
    TimeFormat mFormat { TimeFormat::Kind::Iso };
    std::vector<QString> mKeys; // by slot
    QString mCaseKey, mCustomerKey;
    QHash<QString, QString> mPrefixes; // declared prefix -> standard prefix
    bool mRenamed = false; // some declared prefix is not the standard one
    std::vector<QString> mEventGlobals; // by slot
    QString mCaseGlobal;
    QString mCaseId, mCustomer;
    std::vector<PendingEvent> mEvents;
    std::vector<double> mValues;
    qint64 mTraces = 0;
    std::optional<int> mOffset;
};

bool XesReader::addTrace()
{
    ++mTraces;
    QString caseId = mCaseId.isNull() ? mCaseGlobal : mCaseId;
    if (caseId.isEmpty())
        caseId = EventLogText::tr("trace %1").arg(mTraces);
    const QByteArray caseBytes = caseId.toUtf8();
    const QByteArray customer = mCustomer.toUtf8();
    auto view = [](const QByteArray &b) { return std::string_view(b.constData(), size_t(b.size())); };
    for (PendingEvent &e : mEvents) {
        ++mReport->rows;
        const QByteArray activity = value(e, Activity);
        if (activity.isEmpty()) {
            if (!mBuilder.bad(e.line, mKeys[Activity], EventLogText::tr("the event has no activity name.")))
                return false;
            continue;
        }
        const QByteArray time = value(e, Time);
        const auto t = mFormat.parse(view(time));
        if (!t) {
            if (!mBuilder.bad(e.line, mKeys[Time],
                    time.isEmpty() ? EventLogText::tr("the event has no time.")
                                   : EventLogText::tr("'%1' is not a date in the format %2.")
                                         .arg(QString::fromUtf8(time.left(80)), mFormat.name())))
                return false;
            continue;
        }
        if (!mOffset)
            mOffset = mOptions.utcOffsetMinutes ? *mOptions.utcOffsetMinutes : t->offsetMinutes.value_or(0);
        LogBuilder::Row row;
        row.line = e.line;
        row.caseId = view(caseBytes);
        row.activity = view(activity);
        row.end = t->instant(*mOffset);
        const QByteArray resource = value(e, Resource), channel = value(e, ChannelSlot),
                         lifecycle = value(e, LifecycleSlot);
        row.resource = view(resource);
        row.channel = view(channel);
        row.customer = view(customer);
        row.lifecycle = lifecycleFromText(view(lifecycle));
        if (!mKeys[Start].isEmpty())
            if (const auto s = mFormat.parse(view(value(e, Start))))
                row.start = std::min(s->instant(*mOffset), row.end);
        bool numbers = true;
        for (size_t i = 0; i < mValues.size() && numbers; ++i) {
            const QByteArray text = value(e, int(SlotCount + i));
            numbers = parseNumber(view(text), &mValues[i]);
            if (!numbers
                && !mBuilder.bad(e.line, mKeys[SlotCount + i],
                    EventLogText::tr("'%1' is not a number.").arg(QString::fromUtf8(text.left(80)))))
                return false;
        }
        if (!numbers)
            continue;
        row.attributes = mValues.data();
        if (!mBuilder.add(row))
            return false;
    }
    mEvents.clear();
    mCaseId = QString();
    mCustomer = QString();
    return true;
}

EventLog XesReader::read(const ReadControl &control, QIODevice *device)
{
    enum class In { Nothing, Global, Trace, Event };
    In in = In::Nothing;
    bool traceGlobals = false;
    int depth = 0;
    int skipBelow = -1; // inside an attribute's own attributes (meta-attributes) or a list
    const qint64 total = device->size();
    qint64 seen = 0;
    while (!mReader.atEnd()) {
        const QXmlStreamReader::TokenType token = mReader.readNext();
        if (token == QXmlStreamReader::DTD) {
            mReport->error = fail(EventLogText::tr("the file declares a document type (<!DOCTYPE>). XES logs never "
                                                   "need one, and a DTD can pull in other files or expand "
                                                   "entities without end, so the file is refused."));
            return {};
        }
        if (token == QXmlStreamReader::EntityReference) {
            mReport->error = fail(EventLogText::tr("the file uses the entity &%1;, which is not one of XML's own; "
                                                   "the file is refused.")
                                      .arg(mReader.name().toString()));
            return {};
        }
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (skipBelow >= 0 && depth >= skipBelow)
                continue;
            skipBelow = -1;
            const QStringView name = mReader.name();
            if (name == QLatin1String("event") && in == In::Event)
                in = In::Trace;
            else if (name == QLatin1String("trace") && in == In::Trace) {
                in = In::Nothing;
                if (!addTrace())
                    return {};
            } else if (name == QLatin1String("global"))
                in = In::Nothing;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > kMaxDepth) {
            mReport->error
                = fail(EventLogText::tr("elements nest deeper than %1 levels; such files are refused.").arg(kMaxDepth));
            return {};
        }
        if (skipBelow >= 0)
            continue;
        const QStringView name = mReader.name();
        const QXmlStreamAttributes attributes = mReader.attributes();
        if (depth == 1) {
            if (name != QLatin1String("log")) {
                mReport->error = fail(EventLogText::tr("the file is XML but not an XES log: its root is <%1>, not "
                                                       "<log>.")
                                          .arg(name.toString()));
                return {};
            }
            continue;
        }
        if (depth == 2 && name == QLatin1String("extension")) {
            static const QHash<QString, QString> kStandard { { QStringLiteral("concept"), QStringLiteral("concept") },
                { QStringLiteral("time"), QStringLiteral("time") },
                { QStringLiteral("lifecycle"), QStringLiteral("lifecycle") },
                { QStringLiteral("organizational"), QStringLiteral("org") } };
            const QString standard = kStandard.value(attributes.value(QLatin1String("name")).toString().toLower());
            const QString prefix = attributes.value(QLatin1String("prefix")).toString();
            if (!standard.isEmpty() && !prefix.isEmpty()) {
                mPrefixes.insert(prefix, standard);
                mRenamed = mRenamed || prefix != standard;
            }
            continue;
        }
        if (depth == 2 && name == QLatin1String("global")) {
            in = In::Global;
            traceGlobals = attributes.value(QLatin1String("scope")) == QLatin1String("trace");
            continue;
        }
        if (depth == 2 && name == QLatin1String("trace")) {
            in = In::Trace;
            continue;
        }
        if (depth == 3 && name == QLatin1String("event") && in == In::Trace) {
            if (qsizetype(mEvents.size()) >= kMaxTraceEvents) {
                mReport->error = fail(
                    EventLogText::tr("a trace has more than %1 events; such logs are refused.").arg(kMaxTraceEvents));
                return {};
            }
            in = In::Event;
            mEvents.push_back({ std::vector<QString>(mKeys.size()), mReader.lineNumber() });
            if ((++seen & 0xFFF) == 0) {
                if (control.cancel && control.cancel->load()) {
                    mReport->cancelled = true;
                    return {};
                }
                if (control.progress)
                    control.progress(device->pos(), total);
            }
            continue;
        }
        // An attribute: kept when it belongs to what is being read; what it holds itself is passed over.
        skipBelow = depth;
        if (!isAttribute(name))
            continue;
        // Most logs use the standard prefixes: the key is then compared where it lies, unallocated.
        const QStringView raw = attributes.value(QLatin1String("key"));
        const QString renamed = mRenamed ? standardKey(raw) : QString();
        const QStringView k = mRenamed ? QStringView(renamed) : raw;
        const bool forEvent = (in == In::Event && depth == 4) || (in == In::Global && depth == 3 && !traceGlobals);
        const bool forTrace = (in == In::Trace && depth == 3) || (in == In::Global && depth == 3 && traceGlobals);
        if (forEvent) {
            if (const int slot = slotOf(k); slot >= 0)
                (in == In::Event ? mEvents.back().values[size_t(slot)] : mEventGlobals[size_t(slot)])
                    = attributes.value(QLatin1String("value")).toString();
        } else if (forTrace && k == mCaseKey) {
            (in == In::Trace ? mCaseId : mCaseGlobal) = attributes.value(QLatin1String("value")).toString();
        } else if (forTrace && k == mCustomerKey) {
            mCustomer = attributes.value(QLatin1String("value")).toString();
        }
    }
    if (mReader.hasError()) {
        mReport->error = EventLogText::tr("line %1, column %2: the file is not well-formed XML: %3")
                             .arg(mReader.lineNumber())
                             .arg(mReader.columnNumber())
                             .arg(mReader.errorString());
        return {};
    }
    if (control.progress)
        control.progress(total, total);
    EventLog log = mBuilder.finish();
    log.utcOffsetMinutes = mOffset.value_or(0);
    return log;
}

} // namespace

EventLog readXesLog(QIODevice *device, const ReadOptions &options, ReadReport *report, const ReadControl &control)
{
    report->format = QStringLiteral("XES");
    if (!options.timeFormat.isEmpty() && !TimeFormat::fromText(options.timeFormat)) {
        report->error = EventLogText::tr("'%1' is not a date-time format.").arg(options.timeFormat);
        return {};
    }
    XesReader reader(device, options, report);
    EventLog log = reader.read(control, device);
    if (report->ok())
        report->timeFormat = options.timeFormat.isEmpty() ? QStringLiteral("ISO 8601") : options.timeFormat;
    return log;
}

} // namespace oi::model::eventlog
