// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace oi::model;

namespace {

QByteArray baseText()
{
    QFile f(QStringLiteral(OI_TEST_DATA "/validator-base.oi.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open validator-base.oi.yaml");
    return f.readAll();
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

Problems checkText(const QByteArray &text)
{
    static QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.oi.yaml"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write the test file");
    f.close();
    return checkFile(file);
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void baseIsClean()
    {
        const Problems problems = checkText(baseText());
        QVERIFY2(problems.empty(), qPrintable(dump(problems)));
    }

    // One row per class of problem: a text edit that breaks the base project in exactly one way.
    void detects_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");  // expected YAML line, 0 = do not check

        auto row = [](const char *name, const char *find, const char *replace, bool error,
                      const char *entity, const char *field, const char *fragment, int line = 0) {
            QTest::newRow(name) << QString::fromUtf8(find) << QString::fromUtf8(replace) << error
                                << QString::fromUtf8(entity) << QString::fromUtf8(field)
                                << QString::fromUtf8(fragment) << line;
        };
        // ids
        row("duplicate role id", "  - id: tech\n", "  - id: agent\n", true, "role agent", "id", "used by another role", 46);
        row("duplicate node id", "{id: log, type: task", "{id: fix, type: task", true, "process help/node fix", "id", "used by another node");
        row("duplicate step id", "      - id: call\n", "      - id: call\n        title: x\n      - id: call\n", true, "step call", "id", "used by another step");
        row("missing project name", "  name: Validator base\n", "  name: ''\n", true, "project", "name", "needs a name");
        row("missing requirement text", "    text: The agent sees", "    acceptance: The agent sees", true, "requirement screen-pop", "text", "needs its text");
        // dangling links
        row("step to unknown role", "front_roles: [agent]", "front_roles: [agnet]", true, "step call", "front_roles[0]", "no role has the id \u201cagnet\u201d", 30);
        row("step to unknown process", "processes: [help/triage]", "processes: [hepl]", true, "step call", "processes[0]", "neither a process");
        row("step to unknown node", "processes: [help/triage]", "processes: [help/nope]", true, "step call", "processes[0]", "neither a process");
        row("step to unknown requirement", "requirements: [screen-pop]", "requirements: [offline]", true, "step call", "requirements[0]", "no requirement has the id");
        row("step to unknown stage", "        stage: ask\n", "        stage: asking\n", true, "step call", "stage", "has no stage");
        row("requirement to unknown step", "    steps: [call]", "    steps: [phone]", true, "requirement screen-pop", "steps[0]", "no step has the id");
        row("requirement to unknown node", "    nodes: [help/triage]", "    nodes: [help]", true, "requirement screen-pop", "nodes[0]", "not a node of a process");
        row("role to unknown strategy", "    change: moved\n    strategy: serve", "    change: moved\n    strategy: sell", true, "role agent", "strategy", "no strategy has the id");
        row("role cross-trained for unknown role", "{role: tech, priority: 2}", "{role: techie, priority: 2}", true, "role agent", "cross_trained[0].role", "no role has the id");
        row("node to unknown role", "{id: fix, type: task, role: tech,", "{id: fix, type: task, role: tek,", true, "process help/node fix", "role", "no role has the id", 61);
        row("journey to unknown persona", "    persona: parent", "    persona: student", true, "journey support", "persona", "no persona has the id");
        row("scenario to unknown role", "headcount: {agent: 4}", "headcount: {agents: 4}", true, "scenario to-be", "headcount.agents", "no role has the id");
        row("scenario to unknown node", "durations: {help/fix: 0.8}", "durations: {help/fixx: 0.8}", true, "scenario to-be", "durations.help/fixx", "not a node of a process");
        row("flow to unknown node", "{from: log, to: join}", "{from: log, to: joint}", true, "process help/flow #8", "to", "no node of this process");
        row("lane to unknown role", "lanes: [agent, tech]", "lanes: [agent, techs]", true, "process help", "lanes", "no role has the id");
        // required per node type
        row("task without role", "{id: log, type: task, role: agent,", "{id: log, type: task,", true, "process help/node log", "role", "needs the role");
        row("task without duration", "{id: log, type: task, role: agent, duration: {dist: fixed, value: 1}}", "{id: log, type: task, role: agent}", true, "process help/node log", "duration", "needs a duration");
        row("arrivals always zero", "arrivals: {dist: exponential, mean: 2}", "arrivals: {dist: fixed, value: 0}", true, "process help/node in", "arrivals", "without end");
        row("start without arrivals", "arrivals: {dist: exponential, mean: 2}, ", "", true, "process help/node in", "arrivals", "needs arrivals");
        // contradictions
        row("retired role keeps to-be work", "    name: Technician\n    office: back\n", "    name: Technician\n    office: back\n    change: retired\n    responsibilities_to_be: [Fix faults]\n", false, "responsibility fix-faults", "to_be", "is retired, so it takes on no to-be responsibilities");
        // the outside-in chain (model v2)
        row("need nobody serves", "    name: Busy parent\n", "    name: Busy parent\n    needs: [Help at night]\n", false, "persona parent", "needs[0]", "no journey step serves");
        row("serves an unknown need", "        requirements: [screen-pop]\n", "        requirements: [screen-pop]\n        serves: [ghost]\n", true, "step call", "serves[0]", "no persona has the need");
        row("pain severity out of range", "        requirements: [screen-pop]\n", "        requirements: [screen-pop]\n        pain_points: [{text: Slow, severity: 5}]\n", true, "step call", "pain_points[0].severity", "not 5");
        row("responsibility for an unknown role", "processes:\n", "responsibilities:\n  - {id: answer, text: Answer, to_be: ghost}\nprocesses:\n", true, "responsibility answer", "to_be", "no role has the id");
        row("negative cost", "    cross_trained: [{role: tech, priority: 2}]\n", "    cross_trained: [{role: tech, priority: 2}]\n    cost_per_hour: -5\n", true, "role agent", "cost_per_hour", "cannot be negative");
        row("two flows with one id", "      - {from: in, to: triage}\n      - {from: triage, to: route}\n", "      - {id: x, from: in, to: triage}\n      - {id: x, from: triage, to: route}\n", true, "process help/flow x", "id", "used by another flow");
        row("node in an unknown lane", "{id: in, type: start,", "{id: in, type: start, lane: ghost,", true, "process help/node in", "lane", "no lane");
        // out of range
        row("negative headcount", "    headcount: 2\n", "    headcount: -2\n", true, "role tech", "headcount", "cannot be negative");
        row("negative shift headcount", "{from: 0, to: 480, headcount: 1}", "{from: 0, to: 480, headcount: -1}", true, "role agent", "shifts.capacity[0].headcount", "cannot be negative");
        row("shift outside period", "{from: 480, to: 1440, headcount: 4}", "{from: 480, to: 1500, headcount: 4}", true, "role agent", "shifts.capacity[1]", "from < to");
        row("overlapping shift blocks", "{from: 480, to: 1440, headcount: 4}", "{from: 400, to: 1440, headcount: 4}", true, "role agent", "shifts.capacity[1]", "overlaps block 0");
        row("emotion too low", "emotion: -1", "emotion: -3", true, "step call", "emotion", "between -2 and +2", 26);
        row("emotion to-be too high", "emotion_to_be: 1", "emotion_to_be: 5", true, "step call", "emotion_to_be", "between -2 and +2");
        row("metric range inverted", "low: 0, high: 5", "low: 9, high: 5", true, "step call", "metrics[0].high", "low is above high");
        row("probability above one", "{from: route, to: split, probability: 0.3}", "{from: route, to: split, probability: 1.3}", true, "process help/flow #3", "probability", "between 0 and 1");
        row("xor not summing to one", "{from: route, to: done, probability: 0.7}", "{from: route, to: done, probability: 0.6}", true, "process help/node route", "flows", "add up to 0.9");
        row("xor probability missing", "{from: route, to: done, probability: 0.7}", "{from: route, to: done}", true, "process help/node route", "flows", "needs a probability");
        row("negative mean", "{dist: exponential, mean: 2}", "{dist: exponential, mean: -2}", true, "process help/node in", "arrivals.mean", "greater than zero");
        row("uniform min above max", "{dist: uniform, min: 5, max: 15}", "{dist: uniform, min: 25, max: 15}", true, "process help/node fix", "duration.max", "not be smaller than min");
        row("triangular mode outside", "min: 1, mode: 2, max: 5", "min: 1, mode: 7, max: 5", true, "process help/node triage", "duration.mode", "min \u2264 mode \u2264 max");
        row("negative fixed", "{dist: fixed, value: 1}", "{dist: fixed, value: -1}", true, "process help/node log", "duration.value", "cannot be negative");
        row("erlang k zero", "{dist: fixed, value: 1}", "{dist: erlang, k: 0, mean: 1}", true, "process help/node log", "duration.k", "at least 1");
        row("empirical weights mismatch", "{dist: fixed, value: 1}", "{dist: empirical, values: [1, 2], weights: [1]}", true, "process help/node log", "duration.weights", "one weight per value");
        row("gamma zero sd", "{dist: fixed, value: 1}", "{dist: gamma, mean: 1, sd: 0}", true, "process help/node log", "duration.sd", "greater than zero");
        row("negative arrival multiplier", "arrival_multiplier: 1.1", "arrival_multiplier: -1", true, "scenario to-be", "arrival_multiplier", "cannot be negative");
        row("zero duration factor", "{help/fix: 0.8}", "{help/fix: 0}", true, "scenario to-be", "durations.help/fix", "greater than zero");
        row("warm-up past horizon", "warmup: 60", "warmup: 900", true, "project", "simulation.warmup", "shorter than the horizon");
        // staffing and plausibility
        row("used role without staff", "        - {from: 0, to: 480, headcount: 1}\n        - {from: 480, to: 1440, headcount: 4}\n",
            "        - {from: 0, to: 1440, headcount: 0}\n", true, "role agent", "headcount",
            "role \u201cagent\u201d has no staff but tasks help/triage, help/log need it");
        row("used role with headcount 0", "    cross_trained: [{role: tech, priority: 2}]\n  - id: tech\n    name: Technician\n    office: back\n    strategy: serve\n    headcount: 2\n",
            "  - id: tech\n    name: Technician\n    office: back\n    strategy: serve\n    headcount: 0\n", true, "role tech", "headcount",
            "role \u201ctech\u201d has no staff but task help/fix needs it");
        row("scenario empties a used role", "    headcount: {agent: 4}\n    arrival_multiplier: 1.1\n    durations: {help/fix: 0.8}\n    cross_training: true\n",
            "    headcount: {agent: 4, tech: 0}\n    arrival_multiplier: 1.1\n    durations: {help/fix: 0.8}\n    cross_training: false\n",
            true, "scenario to-be", "headcount.tech", "role \u201ctech\u201d has no staff but task help/fix needs it");
        row("implausible headcount", "    headcount: 2\n", "    headcount: 200000\n", true, "role tech", "headcount", "implausible headcount 200000; at most 100000");
        row("implausible shift headcount", "{from: 0, to: 480, headcount: 1}", "{from: 0, to: 480, headcount: 1000000}", true, "role agent", "shifts.capacity[0].headcount", "implausible headcount");
        row("implausible scenario headcount", "headcount: {agent: 4}", "headcount: {agent: 400000}", true, "scenario to-be", "headcount.agent", "implausible headcount");
        row("zero arrival multiplier", "arrival_multiplier: 1.1", "arrival_multiplier: 0", true, "scenario to-be", "arrival_multiplier", "must be greater than zero");
        row("task with two ways out", "      - {from: log, to: join}\n", "      - {from: log, to: join}\n      - {from: log, to: done}\n", true, "process help/node log", "flows", "has 2 outgoing flows, but only a gateway");
        // process graphs
        row("no start", "{id: in, type: start, arrivals: {dist: exponential, mean: 2}, patience: {dist: exponential, mean: 30}}", "{id: in, type: timer, duration: {dist: fixed, value: 1}}", true, "process help", "nodes", "no start node");
        row("no end", "{id: done, type: end}", "{id: done, type: task, role: agent, duration: {dist: fixed, value: 1}}", true, "process help", "nodes", "no end node");
        row("unreachable node", "      - {id: done, type: end}\n", "      - {id: done, type: end}\n      - {id: lost, type: task, role: agent, duration: {dist: fixed, value: 1}}\n      - {id: lost2, type: end}\n", true, "process help/node lost", "", "no flow from a start node");
        row("dead end", "      - {from: log, to: join}\n", "", true, "process help/node log", "flows", "no outgoing flow");
        row("loop with no way out", "{from: check, to: triage, probability: 0.1}\n      - {from: check, to: done, probability: 0.9}", "{from: check, to: fix, probability: 1}\n      - {from: check, to: done, probability: 0}", true, "process help/node check", "flows", "loop with no way out");
        row("and-join that never fires", "{from: route, to: split, probability: 0.3}", "{from: route, to: fix, probability: 0.15}\n      - {from: route, to: log, probability: 0.15}", true, "process help/node join", "type", "can never fire");
        row("start with incoming flow", "{from: check, to: triage, probability: 0.1}", "{from: check, to: in, probability: 0.1}", true, "process help/node in", "flows", "cannot have incoming");
        // warnings
        row("orphan role", "  - id: tech\n", "  - id: spare\n    name: Spare\n  - id: tech\n", false, "role spare", "strategy", "no strategy explains", 0);
        row("orphan step", "        processes: [help/triage]\n", "", false, "step call", "processes", "linked to no process", 22);
        row("orphan requirement", "scenarios:\n", "  - {id: extra, text: Something nobody asked for}\nscenarios:\n", false, "requirement extra", "steps", "no step needs", 0);
        row("probability off xor", "{from: in, to: triage}", "{from: in, to: triage, probability: 1}", false, "process help/flow #1", "probability", "only flows leaving an xor");
    }

    void detects()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(bool, isError);
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        QString text = QString::fromUtf8(baseText());
        QVERIFY2(text.count(find) == 1, qPrintable(QStringLiteral("edit target not unique: ") + find));
        text.replace(find, replace);
        const Problems problems = checkText(text.toUtf8());
        const Problem *match = nullptr;
        for (const Problem &p : problems)
            if (p.entity == entity && p.field == field && p.message.contains(fragment))
                match = &p;
        QVERIFY2(match, qPrintable(QStringLiteral("expected \"%1 %2: ...%3\" in:\n%4")
                                       .arg(entity, field, fragment, dump(problems))));
        QCOMPARE(match->isError(), isError);
        QVERIFY2(match->file.endsWith(QLatin1String("case.oi.yaml")), qPrintable(match->toString()));
        if (line > 0)
            QVERIFY2(match->line == line, qPrintable(match->toString()));
        QCOMPARE(hasErrors(problems), isError);
    }

    // A role without staff is fine while a staffed role is cross-trained for its work, as in the
    // simulator; a scenario that switches cross-training off leaves the task with nobody.
    void crossTrainedHelpStaffsARole()
    {
        QString text = QString::fromUtf8(baseText());
        const QString tech = QStringLiteral("    strategy: serve\n    headcount: 2\n");
        QCOMPARE(text.count(tech), 1);
        text.replace(tech, QStringLiteral("    strategy: serve\n    headcount: 0\n"));
        Problems problems = checkText(text.toUtf8());
        QVERIFY2(!hasErrors(problems), qPrintable(dump(problems)));

        const QString on = QStringLiteral("    cross_training: true\n");
        QCOMPARE(text.count(on), 1);
        text.replace(on, QStringLiteral("    cross_training: false\n"));
        problems = checkText(text.toUtf8());
        QVERIFY2(problems.size() == 1, qPrintable(dump(problems)));
        QCOMPARE(problems[0].entity, QStringLiteral("scenario to-be"));
        QCOMPARE(problems[0].field, QStringLiteral("cross_training"));
        QVERIFY2(problems[0].message.contains(QStringLiteral("role \u201ctech\u201d has no staff but task help/fix needs it")),
                 qPrintable(problems[0].toString()));
        QVERIFY(problems[0].isError());
    }

    void numbersInMessagesAreShortest()
    {
        QString text = QString::fromUtf8(baseText());
        const QString flow = QStringLiteral("{from: route, to: split, probability: 0.3}");
        QCOMPARE(text.count(flow), 1);
        text.replace(flow, QStringLiteral("{from: route, to: split, probability: 1.0000001}"));
        const Problems problems = checkText(text.toUtf8());
        QStringList messages;
        for (const Problem &p : problems)
            messages << p.message;
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("between 0 and 1, not 1.0000001.")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("add up to 1.7000001, not 1.")), qPrintable(all));
    }

    void nestedSplitsFeedingOneJoinCanFire()
    {
        QString text = QString::fromUtf8(baseText());
        const QString flows = QStringLiteral("      - {from: split, to: log}\n");
        const QString nodes = QStringLiteral("      - {id: join, type: and-join}\n");
        QCOMPARE(text.count(flows), 1);
        QCOMPARE(text.count(nodes), 1);
        text.replace(flows, QStringLiteral("      - {from: split, to: split2}\n      - {from: split2, to: log}\n"
                                           "      - {from: split2, to: notify}\n      - {from: notify, to: join}\n"));
        text.replace(nodes, nodes + QStringLiteral("      - {id: split2, type: and-split}\n"
                                                   "      - {id: notify, type: task, role: agent, duration: {dist: fixed, value: 1}}\n"));
        const Problems problems = checkText(text.toUtf8());
        QVERIFY2(problems.empty(), qPrintable(dump(problems)));
    }

    void inMemoryProjectNamesEntityAndField()
    {
        Project p;
        p.name = QStringLiteral("Mem");
        Role r;
        r.id = QStringLiteral("a");
        r.name = QStringLiteral("A");
        r.headcount = -1;
        p.roles.push_back(r);
        const Problems problems = validate(p);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].toString(),
                 QStringLiteral("<project>: error: role a headcount: headcount cannot be negative (-1)."));
    }

    void readerProblemsAreNotRepeated()
    {
        QString text = QString::fromUtf8(baseText());
        text.replace(QStringLiteral("    headcount: 2\n"), QStringLiteral("    headcount: two\n"));
        const Problems problems = checkText(text.toUtf8());
        int mentions = 0;
        for (const Problem &p : problems)
            mentions += p.entity == QLatin1String("role tech") && p.field == QLatin1String("headcount");
        QCOMPARE(mentions, 1);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
