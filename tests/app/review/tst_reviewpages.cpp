// SPDX-License-Identifier: GPL-3.0-or-later
// The review's page models for the sample: the right strategies, role changes and KPIs, in people's
// words; and a project with no results (or nothing at all) presents cleanly.
#include "app/review/reviewfindings.h"
#include "app/review/reviewpages.h"

#include "model/projectio.h"
#include "model/resultsjson.h"
#include "model/runstore.h"
#include "model/simulationinput.h"

#include "simulation/simulator.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <QRegularExpression>
#include <QTest>

using namespace oi;

namespace {
std::unique_ptr<model::Project> sample()
{
    model::Problems problems;
    auto project = model::readProject(
        QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
    return project;
}

QStringList kinds(const QVariantList &pages)
{
    QStringList k;
    for (const QVariant &p : pages)
        k.append(p.toMap().value(QStringLiteral("kind")).toString());
    return k;
}

QVariantMap pageOfKind(const QVariantList &pages, const QString &kind)
{
    for (const QVariant &p : pages)
        if (p.toMap().value(QStringLiteral("kind")) == kind)
            return p.toMap();
    return {};
}

/** Every string in a page, however deep (to check that no id leaks onto the screen). */
void strings(const QVariant &v, QStringList *out)
{
    if (v.typeId() == QMetaType::QString)
        out->append(v.toString());
    else if (v.typeId() == QMetaType::QVariantMap)
        for (auto it = v.toMap().cbegin(); it != v.toMap().cend(); ++it) {
            if (it.key() != u"kind" && it.key() != u"subject" && it.key() != u"process" && it.key() != u"changeKey"
                && it.key() != u"verdict")
                strings(it.value(), out);
        }
    else if (v.canConvert<QVariantList>() && v.typeId() != QMetaType::QString)
        for (const QVariant &e : v.toList())
            strings(e, out);
}
} // namespace

class TestReviewPages : public QObject
{
    Q_OBJECT
private slots:
    void sampleWithoutResults()
    {
        auto project = sample();
        QVERIFY(project);
        const review::ReviewFindings none = review::findings(*project, {}, false);
        QCOMPARE(none.asIs, QStringLiteral("as-is"));
        QCOMPARE(none.toBe, QStringLiteral("to-be"));
        const QVariantList pages = review::reviewPages(*project, none, QDate(2026, 12, 1));
        const QStringList k = kinds(pages);
        QCOMPARE(k.first(), QStringLiteral("title"));
        QCOMPARE(k.count(QStringLiteral("strategy")), 3);
        QCOMPARE(k.count(QStringLiteral("journey")), int(project->journeys.size()));
        QVERIFY(k.count(QStringLiteral("roles")) >= 1);
        QCOMPARE(k.count(QStringLiteral("process")), 4); // the to-be variant stands in for its original
        QCOMPARE(k.count(QStringLiteral("simulation")), 1);
        QCOMPARE(k.count(QStringLiteral("technology")), 1);
        QCOMPARE(k.last(), QStringLiteral("trace"));

        const QVariantMap title = pages.first().toMap();
        QCOMPARE(title.value(QStringLiteral("client")).toString(), QStringLiteral("FibreNet Regional Broadband"));
        QVERIFY(!title.value(QStringLiteral("customer")).toString().isEmpty());

        const QVariantMap strategy = pages.at(1).toMap();
        QCOMPARE(strategy.value(QStringLiteral("title")).toString(),
            QStringLiteral("Resolve it while the customer is still with us"));
        for (const QVariant &g : strategy.value(QStringLiteral("goals")).toList()) {
            QVERIFY(!g.toMap().value(QStringLiteral("target")).toString().isEmpty());
            QVERIFY(g.toMap().value(QStringLiteral("value")).toString().isEmpty()); // not simulated
        }
        const QVariantMap simulation = pageOfKind(pages, QStringLiteral("simulation"));
        QVERIFY(simulation.value(QStringLiteral("rows")).toList().isEmpty());
        QVERIFY(simulation.value(QStringLiteral("note")).toString().startsWith(QStringLiteral("Not simulated")));

        QCOMPARE(review::reviewedProcesses(*project),
            QStringList({ QStringLiteral("onboarding-to-be"), QStringLiteral("support"), QStringLiteral("renewal"),
                QStringLiteral("self-service") }));
    }

    void roleChanges()
    {
        auto project = sample();
        const QVariantList pages = review::rolePages(*project);
        QStringList names;
        QVariantMap sales;
        for (const QVariant &p : pages)
            for (const QVariant &r : p.toMap().value(QStringLiteral("roles")).toList()) {
                names.append(r.toMap().value(QStringLiteral("name")).toString());
                if (r.toMap().value(QStringLiteral("subject")).toString() == u"role/sales-rep")
                    sales = r.toMap();
                QVERIFY(p.toMap().value(QStringLiteral("roles")).toList().size() <= 3);
            }
        for (const model::Role &r : project->roles)
            if (r.change != model::ChangeKind::Unchanged)
                QVERIFY2(names.contains(r.name), qPrintable(r.name));
        // The sales adviser takes order entry over from the order clerk.
        QVERIFY(!sales.isEmpty());
        bool entersOrders = false;
        for (const QVariant &g : sales.value(QStringLiteral("gains")).toList())
            entersOrders = entersOrders
                || (g.toMap().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Enter and validate"))
                    && g.toMap().value(QStringLiteral("other")).toString().contains(QStringLiteral("Order")));
        QVERIFY(entersOrders);
        QVERIFY(sales.value(QStringLiteral("headcount")).toString().contains(QStringLiteral("people")));
    }

    void simulatedSample()
    {
        auto project = sample();
        const review::ReviewFindings f = review::findings(*project, {}, true);
        QVERIFY(f.asIsResults && f.toBeResults);
        QVERIFY(f.simulated);
        QVERIFY(f.advice);
        const QVariantList pages = review::reviewPages(*project, f, QDate(2026, 12, 1));
        int measured = 0;
        for (const QVariant &p : pages) {
            if (p.toMap().value(QStringLiteral("kind")).toString() != u"strategy")
                continue;
            for (const QVariant &g : p.toMap().value(QStringLiteral("goals")).toList())
                if (!g.toMap().value(QStringLiteral("value")).toString().isEmpty()) {
                    ++measured;
                    QVERIFY(!g.toMap().value(QStringLiteral("verdictText")).toString().isEmpty());
                    // with its interval and its unit
                    QVERIFY2(g.toMap().value(QStringLiteral("value")).toString().contains(u'±'),
                        qPrintable(g.toMap().value(QStringLiteral("value")).toString()));
                }
        }
        QCOMPARE(measured, 4); // the sample's four goals with a measure
        const QVariantMap simulation = pageOfKind(pages, QStringLiteral("simulation"));
        const QVariantList rows = simulation.value(QStringLiteral("rows")).toList();
        QVERIFY(!rows.isEmpty());
        // Every figure with its unit: a duration unit or a percentage.
        static const QRegularExpression unit(QStringLiteral("(s|min|h|day|days|%)( |$)"));
        for (const QVariant &r : rows) {
            QVERIFY2(r.toMap().value(QStringLiteral("asIs")).toString().contains(unit),
                qPrintable(r.toMap().value(QStringLiteral("asIs")).toString()));
            QVERIFY(r.toMap().value(QStringLiteral("toBe")).toString().contains(u'±'));
        }
        QVERIFY(simulation.value(QStringLiteral("constraint")).toString().contains(QStringLiteral("Provisioning")));
        QVERIFY(!simulation.value(QStringLiteral("recommendation")).toString().isEmpty());
        QVERIFY(!simulation.value(QStringLiteral("net")).toString().isEmpty());
        const QVariantMap process = pageOfKind(pages, QStringLiteral("process"));
        QVERIFY(process.value(QStringLiteral("constraint")).toString().startsWith(QStringLiteral("Constraint:")));

        // Names, never ids, on every page.
        QStringList text;
        for (const QVariant &p : pages)
            strings(p, &text);
        for (const QString &id : { QStringLiteral("sales-rep"), QStringLiteral("onboarding-to-be"),
                 QStringLiteral("backoffice-specialist"), QStringLiteral("field-offline") })
            for (const QString &s : text)
                QVERIFY2(!s.contains(id), qPrintable(s));
    }

    void technologyConstraintsStandOut()
    {
        auto project = sample();
        const QVariantMap tech = review::technologyPage(*project);
        const QVariantList constraints = tech.value(QStringLiteral("constraints")).toList();
        QVERIFY(!constraints.isEmpty());
        QCOMPARE(constraints.first().toMap().value(QStringLiteral("text")).toString(),
            QStringLiteral("Field reps work offline with full data and functionality."));
        int musts = int(constraints.size());
        for (const QVariant &g : tech.value(QStringLiteral("groups")).toList())
            musts += int(g.toMap().value(QStringLiteral("requirements")).toList().size());
        int expected = 0;
        for (const model::Requirement &r : project->requirements)
            expected += r.priority == model::Priority::Must;
        QCOMPARE(musts, expected);
    }

    void traceChains()
    {
        auto project = sample();
        const QVariantList chains = review::tracePage(*project).value(QStringLiteral("chains")).toList();
        QCOMPARE(chains.size(), qsizetype(project->strategies.size()));
        QVERIFY(chains.first().toMap().value(QStringLiteral("roles")).toString().contains(QStringLiteral("agent")));
    }

    void usesTheLatestStoredRuns()
    {
        auto project = sample();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("runs.oistudio"));
        QString error;
        QVERIFY2(model::writeProject(*project, file, &error), qPrintable(error));
        for (const QString &scenario : { QStringLiteral("as-is"), QStringLiteral("to-be") }) {
            auto input = model::toSimulationInput(*project, scenario, &error);
            QVERIFY2(input, qPrintable(error));
            input->settings.replications = 3; // a run the review did not make: its replications tell
            sim::Results results = sim::simulate(*input);
            results.scenario = scenario.toStdString();
            model::RunRecord run;
            run.created = QStringLiteral("2026-12-01T10:00:00Z");
            run.scenario = scenario;
            run.settingsJson = QStringLiteral("{}");
            run.resultsJson = QString::fromUtf8(QJsonDocument(model::resultsToJson(results)).toJson());
            QVERIFY2(model::appendRun(file, run, &error), qPrintable(error));
        }
        const review::ReviewFindings f = review::findings(*project, file, true);
        QVERIFY(f.asIsResults && f.toBeResults);
        QVERIFY(!f.simulated);
        QCOMPARE(f.toBeResults->replications, 3);
        const QVariantMap simulation
            = pageOfKind(review::reviewPages(*project, f, QDate(2026, 12, 1)), QStringLiteral("simulation"));
        QVERIFY(simulation.value(QStringLiteral("note")).toString().contains(QStringLiteral("stored run")));
        QVERIFY(!simulation.value(QStringLiteral("rows")).toList().isEmpty());
    }

    void emptyProjectPresentsCleanly()
    {
        model::Project empty;
        const review::ReviewFindings f = review::findings(empty, {}, true);
        QVERIFY(!f.toBeResults);
        const QVariantList pages = review::reviewPages(empty, f, QDate(2026, 12, 1));
        QCOMPARE(kinds(pages), QStringList({ QStringLiteral("title"), QStringLiteral("simulation") }));
        QVERIFY(!pages.first().toMap().value(QStringLiteral("title")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewPages)
#include "tst_reviewpages.moc"
