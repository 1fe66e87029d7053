// SPDX-License-Identifier: GPL-3.0-or-later
// The constraint advisor on models whose answers are known: a two-station line (M/M/1 at 90 %
// before an M/M/2 at 45 %) where one more server at the first cuts the wait by what the Erlang C
// formulas say and one more at the second buys next to nothing; a clerk whose only waiting is
// overnight, classified as coverage with the night as its window; the cost of a person for a week
// exactly; and the ranking by the business case.
#include "model/advisor.h"
#include "model/validator.h"

#include <QTest>

#include <cmath>

using namespace oi;
using namespace oi::model;

namespace {

Node node(const char *id, NodeType type, const char *role = "", Distribution duration = {})
{
    Node n;
    n.id = QLatin1String(id);
    n.name = QLatin1String(id);
    n.type = type;
    n.role = QLatin1String(role);
    n.duration = duration;
    return n;
}

Role role(const char *id, int headcount, double costPerHour)
{
    Role r;
    r.id = QLatin1String(id);
    r.name = QStringLiteral("Role %1").arg(QLatin1String(id)).toUpper();
    r.headcount = headcount;
    r.costPerHour = costPerHour;
    return r;
}

Flow flow(const char *from, const char *to)
{
    return { QStringLiteral("%1-%2").arg(QLatin1String(from), QLatin1String(to)), QLatin1String(from),
        QLatin1String(to), std::nullopt, QString(), {}, std::nullopt };
}

// Hours; customers every 1/0.9 h on average, each served 1 h (exponential) at A, then at B.
Project line()
{
    Project p;
    p.name = QStringLiteral("Line");
    p.timeUnit = TimeUnit::Hour;
    p.simulation = { 60000, 2000, 6, 11 };
    p.roles = { role("a", 1, 60), role("b", 2, 60) };
    Process pr;
    pr.id = QStringLiteral("line");
    pr.name = QStringLiteral("The line");
    Node in = node("in", NodeType::Start);
    in.arrivals = Distribution::exponential(1 / 0.9);
    pr.nodes = { in, node("ta", NodeType::Task, "a", Distribution::exponential(1)),
        node("tb", NodeType::Task, "b", Distribution::exponential(1)), node("out", NodeType::End) };
    pr.flows = { flow("in", "ta"), flow("ta", "tb"), flow("tb", "out") };
    p.processes = { pr };
    Scenario s;
    s.id = QStringLiteral("today");
    s.name = QStringLiteral("Today");
    p.scenarios = { s };
    return p;
}

const AdviceOption *option(const Advice &a, const QString &change)
{
    for (const AdviceOption &o : a.options)
        if (o.change == change)
            return &o;
    return nullptr;
}

} // namespace

class TestAdvisor : public QObject
{
    Q_OBJECT
private slots:
    void theLineFollowsErlangC()
    {
        const Project p = line();
        AdviceSettings settings;
        settings.maxStaff = 1;
        const Advice a = advise(p, QStringLiteral("today"), settings);
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.constraint.role, QStringLiteral("a"));
        QCOMPARE(a.constraint.node, QStringLiteral("line/ta"));
        QVERIFY(!a.constraint.coverage);
        QVERIFY(a.constraint.window.isEmpty()); // the same all day
        // M/M/1 at 0.9: Wq = 0.9 / (1 - 0.9) = 9 h; as M/M/2: Wq = C(2, 0.9) / (2 - 0.9) = 0.254 h.
        const AdviceOption *more = option(a, QStringLiteral("+1 a"));
        QVERIFY(more);
        QVERIFY(more->significant);
        const double expected = 9.0 - 0.2793 / 1.1;
        QVERIFY2(std::abs(more->gain - expected) < 0.2 * expected, qPrintable(QString::number(more->gain)));
        // A person costs 60 an hour, 168 hours a week.
        QVERIFY2(std::abs(more->cost - 60.0 * 168) < 1e-6 * 60 * 168, qPrintable(QString::number(more->cost)));
        QVERIFY(more->sentence.contains(QStringLiteral("ROLE A")));
        QVERIFY(!more->sentence.contains(QStringLiteral("line/ta")));
        // The other station: next to nothing for the same money.
        const AdviceOption *elsewhere = option(a, QStringLiteral("+1 b"));
        QVERIFY(elsewhere);
        QVERIFY(elsewhere->gain < 0.05 * more->gain);
        // Ranked by the business case, best first.
        for (std::size_t i = 1; i < a.options.size(); ++i)
            QVERIFY(a.options[i - 1].net >= a.options[i].net - 0.5);
        // Each remedy is a scenario ready to add.
        QCOMPARE(more->scenario.staffing.size(), std::size_t(1));
        QCOMPARE(more->scenario.staffing.front().add, std::optional<int>(1));
    }

    void overnightWaitingIsCoverage()
    {
        Project p = line();
        p.processes.front().nodes[0].arrivals = Distribution::fixed(24); // one a day, at midnight
        p.processes.front().nodes[1].duration = Distribution::fixed(0.5);
        p.processes.front().nodes[2].duration = Distribution::fixed(0.5);
        p.roles[0].shifts = ShiftCalendar { 24, { { 2, 10, 1 } } };
        p.simulation = { 24 * 30, 0, 3, 5 };
        const Advice a = advise(p, QStringLiteral("today"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.constraint.role, QStringLiteral("a"));
        QVERIFY(a.constraint.coverage);
        QCOMPARE(a.constraint.window, QStringLiteral("00:00\u201302:00"));
        QVERIFY(a.summary.contains(QStringLiteral("nobody")));
        // A shift over those hours takes the wait away entirely.
        const AdviceOption *shift = option(a, QStringLiteral("+1 a 00:00-02:00"));
        QVERIFY(shift);
        QVERIFY2(std::abs(shift->gain - 2.0) < 1e-6, qPrintable(QString::number(shift->gain)));
        QVERIFY(shift->sentence.startsWith(QStringLiteral("A shift 00:00\u201302:00")));
    }

    // A morning peak at the single clerk: the remedies bind in the peak, and moving a fifth of the
    // peak's customers to the quiet hours keeps the day's demand.
    void aPeakIsRemediedInItsHours()
    {
        Project p = line();
        p.roles[1].headcount = 5;
        Node &in = p.processes.front().nodes[0];
        in.arrivals = {};
        in.rateCalendar = RateCalendar { 24, { { 0, 8, 0.3 }, { 8, 12, 0.95 }, { 12, 24, 0.3 } } };
        p.simulation = { 24 * 400, 48, 6, 9 };
        const Advice a = advise(p, QStringLiteral("today"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.constraint.role, QStringLiteral("a"));
        QVERIFY(!a.constraint.coverage);
        // By time of day, each window is a run of hours with one constraint: neighbours differ.
        QVERIFY(!a.windows.empty());
        for (std::size_t w = 1; w < a.windows.size(); ++w)
            QVERIFY2(a.windows[w].role != a.windows[w - 1].role, qPrintable(a.windows[w].window));
        // The clerk is busiest from the peak's start until its queue is worked off.
        QVERIFY2(a.constraint.windowFrom >= 8 && a.constraint.windowFrom < 12 && a.constraint.windowTo <= 16,
            qPrintable(a.constraint.window));
        const AdviceOption *smooth = nullptr;
        for (const AdviceOption &o : a.options)
            if (o.change.startsWith(QStringLiteral("smooth 20% line ")))
                smooth = &o;
        QVERIFY(smooth);
        QVERIFY2(smooth->gain > -smooth->ci95, qPrintable(smooth->sentence)); // never worse
        QVERIFY(smooth->change.endsWith(QStringLiteral(" 08:00-12:00")));
        // The day's demand is the same: 0.8 of the peak, the rest of it spread over the other hours.
        double day = 0, changed = 0;
        for (const RateBlock &b : in.rateCalendar->rates)
            day += b.perTimeUnit * (b.to - b.from);
        for (const RateBlock &b : in.rateCalendar->rates)
            for (const ArrivalChange &c : smooth->scenario.arrivals)
                changed
                    += b.perTimeUnit * c.multiplier * std::max(0.0, std::min(b.to, *c.to) - std::max(b.from, *c.from));
        QVERIFY2(std::abs(changed - day) < 1e-9 * day, qPrintable(QStringLiteral("%1 vs %2").arg(changed).arg(day)));
        // The idle station's staff are cross-trained onto the clerk at the peak only.
        const AdviceOption *cross = nullptr;
        for (const AdviceOption &o : a.options)
            if (o.change.startsWith(QStringLiteral("cross-train ")))
                cross = &o;
        QVERIFY(cross);
        QCOMPARE(cross->scenario.addCrossTraining.size(), std::size_t(1));
        const CrossTraining &skill = cross->scenario.addCrossTraining.front().second;
        QVERIFY(skill.from && skill.to);
        QCOMPARE(*skill.from, a.constraint.windowFrom);
        QCOMPARE(*skill.to, a.constraint.windowTo);
        QVERIFY2(cross->sentence.contains(a.constraint.window), qPrintable(cross->sentence));
        QVERIFY(!hasErrors(validate([&] {
            Project q = p;
            q.scenarios.push_back(cross->scenario);
            return q;
        }())));
    }

    void refusesWhatItCannotAdviseOn()
    {
        const Advice a = advise(line(), QStringLiteral("nowhere"));
        QVERIFY(!a.ok);
        QVERIFY(a.error.contains(QStringLiteral("nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
