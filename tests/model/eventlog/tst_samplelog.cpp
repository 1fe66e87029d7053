// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled example log (resources/samples/support-requests-log.csv, made from the sample's
// support process by resources/samples/tools/make-support-log.py) belongs to the sample project:
// the normal ranges the sample stores on its behavioural metrics are what the log gives, its
// draft's headcounts are the sample's staffing, and the draft validates and simulates.
#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"
#include "model/projectio.h"
#include "model/simulationinput.h"
#include "model/validator.h"
#include "simulation/simulator.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace oi::model;
using namespace oi::model::eventlog;

namespace {

const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
const QString kLog = QStringLiteral(OI_SOURCE_DIR "/resources/samples/support-requests-log.csv");
const QString kUsage = QStringLiteral("Data used in 30 days (GB)");

/** Where a metric of the sample's journey "Help me now" comes from in the log. */
struct Source
{
    const char *step; // the sample's step id
    const char *metric; // the sample metric's name
    const char *activity; // the log's activity
    QString derived; // the draft metric's name
    const char *unit; // the draft metric's unit (an attribute has none; the sample names it)
};

const Source kSources[] = {
    { "notice-outage", "Data used in 30 days", "Help requested", kUsage, "" },
    { "diagnose", "Wait for an agent", "Diagnose and fix", QStringLiteral("Time since the step before"), "min" },
    { "confirm-fix", "Contacts per case", "Diagnose and fix", QStringLiteral("Times per case"), "" },
};

struct Imported
{
    EventLog log;
    ReadReport report;
    Draft draft;
};

/** The bundled log; `completionsOnly`: without its Start Timestamp column, as many systems export. */
Imported importSampleLog(bool completionsOnly = false)
{
    Imported i;
    ReadOptions options;
    options.mapping.attributes = QStringList { kUsage };
    QFile file(kLog);
    if (!file.open(QIODevice::ReadOnly))
        return i;
    QByteArray text = file.readAll();
    if (completionsOnly) {
        QList<QByteArray> lines = text.split('\n');
        for (QByteArray &line : lines) {
            QList<QByteArray> fields = line.split(';');
            if (fields.size() > 2)
                fields.removeAt(2);
            line = fields.join(';');
        }
        text = lines.join('\n');
    }
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    i.log = readEventLog(&buffer, kLog, options, &i.report);
    if (i.report.ok()) {
        DraftOptions draft;
        draft.completingActivities = QStringList { QStringLiteral("Customer back online") };
        i.draft = draftFromLog(i.log, draft); // 5th to 95th percentile, the default
    }
    return i;
}

const StepMetric *derived(const Imported &i, const Source &source)
{
    for (const StepMetric &m : i.draft.metrics)
        if (i.log.activities[m.activity] == QLatin1String(source.activity) && m.metric.name == source.derived)
            return &m;
    return nullptr;
}

/** The most people `role` has on duty at once in the sample (its shifts, else its headcount). */
int peakOnDuty(const Role &role)
{
    if (!role.shifts)
        return role.headcount;
    int most = 0;
    for (const ShiftBlock &b : role.shifts->capacity)
        most = std::max(most, b.headcount);
    return most;
}

} // namespace

class TestSampleLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Problems problems;
        mSample = readProject(kSample, &problems);
        QVERIFY(mSample);
        mImported = importSampleLog();
        QVERIFY2(mImported.report.ok(), qPrintable(mImported.report.error));
        QCOMPARE(mImported.report.badRows, 0);
    }

    void theSamplesNormalRangesAreTheLogs()
    {
        // Tolerance: half a percent of the stored range's width (the sample rounds as people read: 1 min),
        // exact for a range of width 0. Low, high and the value (the median) are checked.
        const Journey *journey = mSample->journey(QStringLiteral("help-me-now"));
        QVERIFY(journey);
        for (const Source &source : kSources) {
            const Step *step = nullptr;
            for (const Step &s : journey->steps)
                step = s.id == QLatin1String(source.step) ? &s : step;
            QVERIFY2(step, source.step);
            const auto stored = std::find_if(step->metrics.begin(), step->metrics.end(),
                [&](const Metric &m) { return m.name == QLatin1String(source.metric); });
            QVERIFY2(stored != step->metrics.end(), source.metric);
            QVERIFY(stored->low && stored->high && stored->value);
            const StepMetric *fromLog = derived(mImported, source);
            QVERIFY2(fromLog, source.metric);
            QVERIFY(fromLog->cases >= 100);
            QCOMPARE(fromLog->metric.unit, QLatin1String(source.unit));
            if (!fromLog->metric.unit.isEmpty())
                QCOMPARE(stored->unit, fromLog->metric.unit);
            const double tolerance = 0.005 * (*stored->high - *stored->low) + 1e-9;
            const auto near = [&](double log, double sample) { return std::abs(log - sample) <= tolerance; };
            QVERIFY2(near(*fromLog->metric.low, *stored->low) && near(*fromLog->metric.high, *stored->high)
                    && near(*fromLog->metric.value, *stored->value),
                qPrintable(QStringLiteral("%1: the log gives %2 to %3 (median %4), the sample stores %5 to %6 (%7)")
                               .arg(QLatin1String(source.metric))
                               .arg(*fromLog->metric.low)
                               .arg(*fromLog->metric.high)
                               .arg(*fromLog->metric.value)
                               .arg(*stored->low)
                               .arg(*stored->high)
                               .arg(*stored->value)));
            // Cases outside the range are the signals the metric's labels name.
            QVERIFY(!fromLog->outside.empty());
            for (const MetricSignal &s : fromLog->outside)
                QVERIFY(s.above ? !stored->signalAbove.isEmpty() : !stored->signalBelow.isEmpty());
        }
    }

    void everyMetricWithSignalsComesFromTheLog()
    {
        // A metric whose leaving its range means something is behavioural: its range must be the log's.
        int checked = 0;
        for (const Journey &j : mSample->journeys)
            for (const Step &s : j.steps)
                for (const Metric &m : s.metrics) {
                    if (m.signalBelow.isEmpty() && m.signalAbove.isEmpty())
                        continue;
                    const bool known = std::any_of(std::begin(kSources), std::end(kSources), [&](const Source &x) {
                        return j.id == QLatin1String("help-me-now") && s.id == QLatin1String(x.step)
                            && m.name == QLatin1String(x.metric);
                    });
                    QVERIFY2(known, qPrintable(m.name));
                    ++checked;
                }
        QCOMPARE(checked, int(std::size(kSources)));
    }

    void theDraftsHeadcountsAreTheSamplesStaffing()
    {
        QCOMPARE(mImported.draft.staffing.basis, StaffingEstimate::Basis::Concurrency);
        compareHeadcounts(mImported);
    }

    void soFromCompletionTimesAlone()
    {
        // The sample's shifts change at 08:00 and 18:00 (four day agents, two in the evening): the
        // people at work in one clock hour made six agents; at work at once, they are four.
        const Imported completions = importSampleLog(true);
        QVERIFY2(completions.report.ok(), qPrintable(completions.report.error));
        QVERIFY(!completions.log.hasStartTimes);
        QCOMPARE(completions.draft.staffing.basis, StaffingEstimate::Basis::Completions);
        compareHeadcounts(completions);
    }

    void theDraftValidatesAndSimulates()
    {
        const Project &project = mImported.draft.project;
        for (const Problem &p : validate(project))
            QVERIFY2(!p.isError(), qPrintable(p.toString()));
        // The morning peak of the sample's arrivals is seen: rates by hour of the day.
        QCOMPARE(mImported.draft.arrivals.basis, ArrivalFit::Basis::HourOfDay);
        Project shorter = project;
        shorter.simulation.replications = 2;
        shorter.simulation.horizon = 2880;
        shorter.simulation.warmup = 0;
        QString error;
        const auto input = toSimulationInput(shorter, QString(), &error);
        QVERIFY2(input, qPrintable(error));
        const oi::sim::Results results = oi::sim::simulate(*input);
        QVERIFY2(results.error.empty(), results.error.c_str());
    }

private:
    void compareHeadcounts(const Imported &imported)
    {
        // Each drafted role against the sample role that does the same task in the support process:
        // the service agents and the back office are all busy at the morning peak, so exactly the
        // sample's most on duty at once; the dispatcher is one; the field technicians are never all
        // out at once here, so at most the sample's ten and at least eight.
        const Process *support = mSample->process(QStringLiteral("support"));
        QVERIFY(support);
        const Process &drafted = imported.draft.project.processes.front();
        int compared = 0;
        for (const Node &n : drafted.nodes) {
            const auto same = std::find_if(support->nodes.begin(), support->nodes.end(),
                [&](const Node &s) { return s.type == NodeType::Task && s.name == n.name; });
            if (n.type != NodeType::Task || same == support->nodes.end())
                continue;
            const Role *estimated = imported.draft.project.role(n.role);
            const Role *sample = mSample->role(same->role);
            QVERIFY(estimated && sample);
            const int truth = peakOnDuty(*sample);
            if (same->role == QLatin1String("field-tech"))
                QVERIFY2(estimated->headcount <= truth && estimated->headcount >= truth - 2, qPrintable(n.name));
            else
                QVERIFY2(estimated->headcount == truth,
                    qPrintable(
                        QStringLiteral("%1: %2, the sample %3").arg(n.name).arg(estimated->headcount).arg(truth)));
            ++compared;
        }
        QCOMPARE(compared, 4); // the four tasks
    }

    std::unique_ptr<Project> mSample;
    Imported mImported;
};

QTEST_MAIN(TestSampleLog)
#include "tst_samplelog.moc"
