// SPDX-License-Identifier: GPL-3.0-or-later
// Sizing from simulation (issue 15): with a run stored in the document, the specification states
// the peak load per process and the users per role as non-functional requirements, naming the run;
// without one it says there is none. Users on duty per role by hour follow the shifts the run's
// scenario staffs, in every format.
#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/runstore.h"
#include "model/simulationinput.h"
#include "model/spec/specwriters.h"

#include "simulation/simulator.h"

#include "specschemacheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;
using namespace oi::model;

namespace {

std::unique_ptr<Project> sample()
{
    Problems problems;
    return readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}

/** One short run of `scenario` (empty: the base model) stored in `dir`, read back as the document's runs. */
std::vector<RunRecord> storedRun(const Project &p, const QString &scenario, const QTemporaryDir &dir)
{
    QString error;
    std::optional<sim::SimulationInput> in = toSimulationInput(p, scenario, &error);
    if (!in)
        return {};
    in->settings.horizon = 2 * 1440;
    in->settings.warmup = 0;
    in->settings.replications = 1;
    in->settings.jobs = 1;
    const sim::Results results = sim::simulate(*in);
    const QString file = dir.filePath(scenario + QStringLiteral("run.oistudio"));
    RunRecord run;
    run.created = QStringLiteral("2026-12-01T10:00:00Z");
    run.scenario = scenario;
    run.settingsJson = QStringLiteral("{}");
    run.resultsJson = QString::fromUtf8(QJsonDocument(resultsToJson(results)).toJson(QJsonDocument::Compact));
    if (!results.ok || !writeProject(p, file, &error) || !appendRun(file, run, &error))
        return {};
    return listRuns(file, &error);
}

/** Staff of `role`'s own calendar in hour `h` (blocks of the sample start and end on the hour). */
int calendarStaff(const Role &role, int h)
{
    if (!role.shifts)
        return role.headcount;
    int staff = 0;
    for (const ShiftBlock &b : role.shifts->capacity)
        if (b.from <= h * 60.0 && h * 60.0 < b.to)
            staff += b.headcount;
    return staff;
}

const spec::OnDutyRow *rowOf(const spec::SizingView &v, const QString &role)
{
    for (const spec::OnDutyRow &r : v.onDuty)
        if (r.roleId == role)
            return &r;
    return nullptr;
}

} // namespace

class TestSpecSizing : public QObject
{
    Q_OBJECT
private slots:
    void fromTheLatestStoredRun()
    {
        Problems problems;
        auto p
            = readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(p);
        QCOMPARE(spec::buildSpec(*p, {}, {}).sizing.run, QString());
        QString error;
        std::optional<sim::SimulationInput> in = toSimulationInput(*p, QStringLiteral("to-be"), &error);
        QVERIFY2(in, qPrintable(error));
        in->settings.horizon = 3 * 1440;
        in->settings.warmup = 1440;
        in->settings.replications = 2;
        in->settings.jobs = 1;
        sim::Results results = sim::simulate(*in);
        QVERIFY2(results.ok, results.error.c_str());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sized.oistudio"));
        QVERIFY2(writeProject(*p, file, &error), qPrintable(error));
        RunRecord run;
        run.created = QStringLiteral("2026-12-01T10:00:00Z");
        run.scenario = QStringLiteral("to-be");
        run.settingsJson = QStringLiteral("{}");
        run.resultsJson = QString::fromUtf8(QJsonDocument(resultsToJson(results)).toJson(QJsonDocument::Compact));
        QVERIFY2(appendRun(file, run, &error), qPrintable(error));
        const std::vector<RunRecord> runs = listRuns(file, &error);
        QCOMPARE(runs.size(), std::size_t(1));
        const spec::SpecDocument doc = spec::buildSpec(*p, runs, {});
        QVERIFY2(doc.sizing.run.contains(QStringLiteral("To-be")), qPrintable(doc.sizing.run));
        const QString all = doc.sizing.requirements.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Help me now: size for")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("concurrent open cases")), qPrintable(all));
        // The to-be's four agents plus two, and one more for the morning peak.
        QVERIFY2(all.contains(QStringLiteral("Service agent: size for a peak of 7 on duty at once")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("The constraint is")), qPrintable(all));
        // Counts read right whatever they are: never "1 concurrent open cases".
        static const QRegularExpression onePlural(QStringLiteral("\\b1 [a-z ]*cases\\b"));
        QVERIFY2(!onePlural.match(all).hasMatch(), qPrintable(all));
        QVERIFY(spec::specToMarkdown(doc, *p).contains(QStringLiteral("concurrent open cases")));
    }

    void onDutyByHourFollowsTheRolesShifts()
    {
        const auto p = sample();
        QVERIFY(p);
        QTemporaryDir dir;
        const std::vector<RunRecord> runs = storedRun(*p, QString(), dir);
        QCOMPARE(runs.size(), std::size_t(1));
        const spec::SizingView v = spec::buildSizing(*p, runs);
        QCOMPARE(v.onDuty.size(), p->roles.size());
        for (const Role &role : p->roles) {
            const spec::OnDutyRow *row = rowOf(v, role.id);
            QVERIFY2(row, qPrintable(role.id));
            QCOMPARE(row->role, role.name);
            int peak = 0;
            for (int h = 0; h < 24; ++h) {
                QVERIFY2(row->onDuty[std::size_t(h)] == calendarStaff(role, h),
                    qPrintable(QStringLiteral("%1 at %2:00: %3").arg(role.id).arg(h).arg(row->onDuty[std::size_t(h)])));
                QVERIFY(row->utilisation[std::size_t(h)] >= 0 && row->utilisation[std::size_t(h)] <= 1);
                if (row->onDuty[std::size_t(h)] == 0)
                    QCOMPARE(row->utilisation[std::size_t(h)], 0.0);
                peak = std::max(peak, row->onDuty[std::size_t(h)]);
            }
            QCOMPARE(row->peak, peak);
            QCOMPARE(row->onDuty[std::size_t(row->peakHour)], peak);
            // The stated peak is the table's.
            QVERIFY2(v.requirements.join(u'\n').contains(
                         QStringLiteral("%1: size for a peak of %2 on duty at once").arg(role.name).arg(peak)),
                qPrintable(role.id));
        }
    }

    void onDutyByHourTakesTheScenariosStaffingWindow()
    {
        const auto p = sample();
        QVERIFY(p);
        const Scenario *toBe = p->scenario(QStringLiteral("to-be"));
        QVERIFY(toBe);
        const auto window = std::find_if(toBe->staffing.begin(), toBe->staffing.end(),
            [](const StaffingChange &c) { return c.add && c.role == QStringLiteral("service-agent"); });
        QVERIFY(window != toBe->staffing.end());
        QTemporaryDir dir;
        const spec::SizingView base = spec::buildSizing(*p, storedRun(*p, QString(), dir));
        const spec::SizingView redesign = spec::buildSizing(*p, storedRun(*p, toBe->id, dir));
        const spec::OnDutyRow *before = rowOf(base, window->role);
        const spec::OnDutyRow *after = rowOf(redesign, window->role);
        QVERIFY(before && after);
        int headcountChange = 0;
        for (const HeadcountOverride &h : toBe->headcount)
            if (h.role == window->role)
                headcountChange = h.headcount - p->role(window->role)->headcount;
        // Every hour moves by the headcount override; the window's hours get its extra staff too.
        for (int h = 0; h < 24; ++h) {
            const bool inWindow = h * 60.0 >= window->from && h * 60.0 < window->to;
            const int expected
                = std::max(0, before->onDuty[std::size_t(h)] + headcountChange) + (inWindow ? *window->add : 0);
            QVERIFY2(after->onDuty[std::size_t(h)] == expected,
                qPrintable(
                    QStringLiteral("%1:00: %2, expected %3").arg(h).arg(after->onDuty[std::size_t(h)]).arg(expected)));
        }
    }

    void onDutyByHourInEveryFormat()
    {
        const auto p = sample();
        QVERIFY(p);
        QTemporaryDir dir;
        const spec::SpecDocument doc = spec::buildSpec(*p, storedRun(*p, QStringLiteral("to-be"), dir), {});
        QVERIFY(!doc.sizing.onDuty.empty());
        const spec::OnDutyRow &first = doc.sizing.onDuty.front();
        QString cells;
        for (const int staff : first.onDuty)
            cells += QStringLiteral(" | ") + (staff > 0 ? QString::number(staff) : QStringLiteral("\u2013"));
        const QString md = spec::specToMarkdown(doc, *p);
        QVERIFY(md.contains(QStringLiteral("### Users on duty per role by hour")));
        QVERIFY2(md.contains(QStringLiteral("| ") + first.role + cells + QStringLiteral(" | **%1** |").arg(first.peak)),
            qPrintable(md));

        const QString html = spec::specToHtml(doc);
        QVERIFY(html.contains(QStringLiteral("Users on duty per role by hour")));
        QCOMPARE(html.count(QStringLiteral("<td class=\"role\">")), qsizetype(doc.sizing.onDuty.size()));
        QVERIFY(html.contains(QStringLiteral(">23</th>")));
        // The first role's row: 24 hours and the peak after its name.
        const qsizetype at = html.indexOf(QStringLiteral("<td class=\"role\">%1</td>").arg(first.role));
        QVERIFY(at >= 0);
        const QString htmlRow = html.mid(at, html.indexOf(QStringLiteral("</tr>"), at) - at);
        QCOMPARE(htmlRow.count(QStringLiteral("<td")), qsizetype(1 + 24 + 1));

        QFile file(QStringLiteral(OI_SOURCE_DIR "/docs/spec-schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject json = QJsonDocument::fromJson(spec::specToJson(doc)).object();
        QString why;
        QVERIFY2(conforms(json, schema, schema, QStringLiteral("$"), &why), qPrintable(why));
        const QJsonArray rows = json[QLatin1String("sizing")][QLatin1String("on_duty_by_hour")].toArray();
        QCOMPARE(rows.size(), qsizetype(doc.sizing.onDuty.size()));
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row[QLatin1String("role_id")].toString(), first.roleId);
        for (int h = 0; h < 24; ++h)
            QCOMPARE(row[QLatin1String("on_duty")].toArray()[h].toInt(), first.onDuty[std::size_t(h)]);
        // The schema refuses a table that is not a whole day.
        QJsonObject broken = json;
        QJsonObject sizing = broken[QLatin1String("sizing")].toObject();
        QJsonArray shortRows = rows;
        QJsonObject shortRow = row;
        QJsonArray hours = row[QLatin1String("on_duty")].toArray();
        hours.removeLast();
        shortRow.insert(QStringLiteral("on_duty"), hours);
        shortRows.replace(0, shortRow);
        sizing.insert(QStringLiteral("on_duty_by_hour"), shortRows);
        broken.insert(QStringLiteral("sizing"), sizing);
        QVERIFY(!conforms(broken, schema, schema, QStringLiteral("$"), &why));
    }
};

QTEST_GUILESS_MAIN(TestSpecSizing)
#include "tst_specsizing.moc"
