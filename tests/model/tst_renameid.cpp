// SPDX-License-Identifier: GPL-3.0-or-later
// Renaming an id follows every reference: the renamed project validates exactly as before and
// no reference to the old id is left; refused renames change nothing.
#include "model/projectio.h"
#include "model/renameid.h"
#include "model/validator.h"
#include "model/yamlwriter.h"

#include <QTest>

using namespace oi::model;

namespace {
QStringList messages(const Project &p)
{
    QStringList result;
    for (const Problem &problem : validate(p, QString()))
        result << problem.message;
    return result;
}
} // namespace

class TestRenameId : public QObject
{
    Q_OBJECT
    std::unique_ptr<Project> mSample;

private slots:
    void initTestCase()
    {
        Problems problems;
        mSample = readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mSample);
    }

    void followsEveryReference_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("gone"); // text that no longer appears in the YAML
        QTest::addColumn<int>("references");
        // service-agent: 2 step front roles, node role, lane, headcount override, and more
        QTest::newRow("role") << "role" << "service-agent" << "concierge" << "service-agent" << -1;
        QTest::newRow("process") << "process" << "support" << "help-desk" << "support/" << -1;
        // Flow ids made from node ids stay: they are ids of their own, not references.
        QTest::newRow("node") << "node" << "support/triage" << "diagnose-fix" << "support/triage" << -1;
        QTest::newRow("node, full new id") << "node" << "support/triage" << "support/first-fix" << "to: triage" << -1;
        QTest::newRow("step") << "step" << "request-help" << "ask-for-help" << "request-help" << -1;
        QTest::newRow("requirement") << "requirement" << "screen-pop" << "caller-context" << "screen-pop," << -1;
        QTest::newRow("strategy") << "strategy" << "first-contact" << "fix-first-time" << "strategy: first-contact" << -1;
        QTest::newRow("persona") << "persona" << "family" << "household" << "persona: family" << 1;
        // The executives' question on the to-be (decisions) names it.
        QTest::newRow("scenario") << "scenario" << "to-be" << "redesign" << "id: to-be" << 1;
        QTest::newRow("stage") << "stage" << "onboarding/choose" << "pick" << "stage: choose" << -1;
    }

    void followsEveryReference()
    {
        QFETCH(QString, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, gone);
        QFETCH(int, references);
        IdKind k;
        QVERIFY(idKindFromName(kind, &k));
        Project p = *mSample;
        const QStringList before = messages(p);
        if (kind == QLatin1String("stage")) {
            // The sample's first stage id, whatever it is called.
            from = p.journeys.front().id + u'/' + p.journeys.front().stages.front().id;
            gone = QStringLiteral("stage: ") + p.journeys.front().stages.front().id + u'\n';
        }
        QString error;
        const int n = renameId(p, k, from, to, &error);
        QVERIFY2(n >= 0, qPrintable(error));
        if (references >= 0)
            QCOMPARE(n, references);
        else
            QVERIFY2(n > 0, "the sample refers to it");
        QCOMPARE(messages(p), before);
        const QString yaml = QString::fromUtf8(projectToYaml(p));
        QVERIFY2(!yaml.contains(gone), qPrintable(gone));
        QVERIFY(!(p == *mSample));
    }

    void roleReferencesAllMove()
    {
        Project p = *mSample;
        QVERIFY(renameId(p, IdKind::Role, QStringLiteral("service-agent"), QStringLiteral("concierge"), nullptr) > 0);
        QVERIFY(p.role(QStringLiteral("concierge")));
        QVERIFY(!p.role(QStringLiteral("service-agent")));
        const Process *support = p.process(QStringLiteral("support"));
        QVERIFY(support->laneRoles().contains(QStringLiteral("concierge")));
        QCOMPARE(support->node(QStringLiteral("triage"))->role, QStringLiteral("concierge"));
        const Scenario *toBe = p.scenario(QStringLiteral("to-be"));
        QVERIFY(std::any_of(toBe->headcount.begin(), toBe->headcount.end(),
            [](const HeadcountOverride &h) { return h.role == QLatin1String("concierge"); }));
    }

    void nodeReferencesAllMove()
    {
        Project p = *mSample;
        QVERIFY(renameId(p, IdKind::Node, QStringLiteral("support/triage"), QStringLiteral("fix"), nullptr) > 0);
        const Process *support = p.process(QStringLiteral("support"));
        QVERIFY(support->node(QStringLiteral("fix")));
        for (const Flow &f : support->flows)
            QVERIFY(f.from != QLatin1String("triage") && f.to != QLatin1String("triage"));
        const Scenario *toBe = p.scenario(QStringLiteral("to-be"));
        QVERIFY(std::any_of(toBe->durations.begin(), toBe->durations.end(),
            [](const DurationOverride &d) { return d.node == QLatin1String("support/fix"); }));
    }

    void refusesWhatWouldBreakTheProject_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("taken") << int(IdKind::Role) << "service-agent" << "dispatcher" << "already taken";
        QTest::newRow("unknown") << int(IdKind::Role) << "nobody" << "x" << "nothing with the id";
        QTest::newRow("empty") << int(IdKind::Process) << "support" << "" << "empty";
        QTest::newRow("space") << int(IdKind::Step) << "diagnose" << "find out" << "no spaces";
        QTest::newRow("slash") << int(IdKind::Requirement) << "screen-pop" << "a/b" << "no spaces and no";
        QTest::newRow("other process") << int(IdKind::Node) << "support/triage" << "onboarding/x" << "renamed, not moved";
        QTest::newRow("same") << int(IdKind::Role) << "dispatcher" << "dispatcher" << "already has";
    }

    void refusesWhatWouldBreakTheProject()
    {
        QFETCH(int, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        Project p = *mSample;
        QString error;
        QCOMPARE(renameId(p, IdKind(kind), from, to, &error), -1);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(p == *mSample);
    }
};

QTEST_MAIN(TestRenameId)
#include "tst_renameid.moc"
