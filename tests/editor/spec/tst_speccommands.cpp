// SPDX-License-Identifier: GPL-3.0-or-later
// The team's edits of the stored PoC scenarios, vendors and weights (issue 15): each is one undo
// step, undo and redo give back exactly what was there, and the views hear which list changed.
#include "editor/commands/changevalue.h"
#include "editor/document/document.h"
#include "editor/spec/speccommands.h"
#include "editor/spec/vendorcomparison.h"
#include "model/projectio.h"

#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;
using namespace oi::editor::spec;

namespace {

std::unique_ptr<model::Project> sample()
{
    model::Problems problems;
    return model::readProject(
        QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}

/** The project-level change events a document sends, as their property masks. */
struct Heard
{
    explicit Heard(Document *document)
    {
        mConnection = QObject::connect(document, &Document::changed, document, [this](const ChangeEvent &e) {
            if (e.type == ChangeEvent::EntitiesChanged) {
                const auto &ee = static_cast<const EntityChangeEvent &>(e);
                if (ee.kind == EntityKind::Project)
                    masks << ee.properties;
            } else
                others << e.type;
        });
    }
    ~Heard() { QObject::disconnect(mConnection); }
    Heard(const Heard &) = delete;
    Heard &operator=(const Heard &) = delete;
    QList<quint32> masks;
    QList<ChangeEvent::Type> others;
    QMetaObject::Connection mConnection;
};

/** Pushes `edit`, then checks one step was added, undo restores `before` exactly and redo `after`. */
template<typename Edit> void roundTrip(Document &doc, Edit edit, quint32 property)
{
    const model::Project before = doc.project();
    const int count = doc.undoStack()->count();
    Heard heard(&doc);
    QVERIFY(edit());
    const model::Project after = doc.project();
    QVERIFY(!(after == before));
    QCOMPARE(doc.undoStack()->count(), count + 1);
    QCOMPARE(heard.masks, QList<quint32> { property });
    QVERIFY(heard.others.isEmpty());
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.project() == after);
    QCOMPARE(heard.masks, (QList<quint32> { property, property, property }));
}

} // namespace

class TestSpecCommands : public QObject
{
    Q_OBJECT
private slots:
    void scenarioEditsAreOneUndoStepEach()
    {
        Document doc(sample());
        QVERIFY(doc.project().pocScenarios.size() >= 2);
        const QString first = doc.project().pocScenarios[0].id;
        const QString second = doc.project().pocScenarios[1].id;
        const quint32 poc = EntityProperty::ProjectPocScenarios;
        roundTrip(
            doc, [&] { return !addPocScenario(&doc, 1).isEmpty(); }, poc);
        QCOMPARE(doc.project().pocScenarios[1].steps.size(), std::size_t(1));
        roundTrip(
            doc, [&] { return movePocScenario(&doc, second, 0); }, poc);
        QCOMPARE(doc.project().pocScenarios[0].id, second);
        roundTrip(
            doc, [&] { return renamePocScenario(&doc, first, QStringLiteral("Order live on day one")); }, poc);
        QCOMPARE(doc.project().pocScenario(first)->title, QStringLiteral("Order live on day one"));
        roundTrip(
            doc, [&] { return setPocScenarioJourney(&doc, first, QString()); }, poc);
        roundTrip(
            doc, [&] { return setPocScenarioProcess(&doc, first, QString()); }, poc);
        roundTrip(
            doc, [&] { return removePocScenario(&doc, first); }, poc);
        QVERIFY(!doc.project().pocScenario(first));
    }

    void stepEditsAreOneUndoStepEach()
    {
        Document doc(sample());
        const model::PocScenario s = doc.project().pocScenarios[0];
        QVERIFY(s.steps.size() >= 2);
        const quint32 poc = EntityProperty::ProjectPocScenarios;
        roundTrip(
            doc, [&] { return addPocStep(&doc, s.id, 0); }, poc);
        QCOMPARE(doc.project().pocScenario(s.id)->steps.size(), s.steps.size() + 1);
        QCOMPARE(doc.project().pocScenario(s.id)->steps[0], model::PocStep {});
        roundTrip(
            doc, [&] { return removePocStep(&doc, s.id, 1); }, poc);
        roundTrip(
            doc, [&] { return movePocStep(&doc, s.id, 0, 1); }, poc);
        QCOMPARE(doc.project().pocScenario(s.id)->steps[0], s.steps[1]);
        QCOMPARE(doc.project().pocScenario(s.id)->steps[1], model::PocStep {}); // the added one, s.steps[0] removed
        const QString role = doc.project().roles.back().id;
        const QString requirement = doc.project().requirements.back().id;
        const model::Process &process = doc.project().processes.front();
        const QString task = process.id + u'/' + process.nodes[1].id;
        const std::pair<PocField, QString> fields[] = { { PocField::CustomerAction, QStringLiteral("Taps Pay") },
            { PocField::Role, role }, { PocField::Task, task }, { PocField::Requirement, requirement },
            { PocField::Data, QStringLiteral("Ten test customers") },
            { PocField::Expected, QStringLiteral("Payment confirmed in 2 s") } };
        for (const auto &[field, value] : fields)
            roundTrip(
                doc, [&] { return setPocStepField(&doc, s.id, 1, field, value); }, poc);
        const model::PocStep &edited = doc.project().pocScenario(s.id)->steps[1];
        QCOMPARE(edited.customerAction, QStringLiteral("Taps Pay"));
        QCOMPARE(edited.role, role);
        QCOMPARE(edited.task, task);
        QCOMPARE(edited.requirement, requirement);
        QCOMPARE(edited.data, QStringLiteral("Ten test customers"));
        QCOMPARE(edited.expected, QStringLiteral("Payment confirmed in 2 s"));
        roundTrip(
            doc, [&] { return setPocStepMinutes(&doc, s.id, 1, 25.0); }, poc);
        QCOMPARE(doc.project().pocScenario(s.id)->steps[1].minutes, std::optional<double>(25.0));
        roundTrip(
            doc, [&] { return setPocStepMinutes(&doc, s.id, 1, std::nullopt); }, poc);
        QVERIFY(!doc.project().pocScenario(s.id)->steps[1].minutes);
    }

    void aTaskBringsItsRoleToAStepWithNone()
    {
        Document doc(sample());
        const QString id = doc.project().pocScenarios[0].id;
        QVERIFY(addPocStep(&doc, id));
        const qsizetype last = qsizetype(doc.project().pocScenario(id)->steps.size()) - 1;
        const model::Process &process = doc.project().processes.front();
        const auto task = std::find_if(process.nodes.begin(), process.nodes.end(),
            [](const model::Node &n) { return n.type == model::NodeType::Task && !n.role.isEmpty(); });
        QVERIFY(task != process.nodes.end());
        const model::Project before = doc.project();
        QVERIFY(setPocStepField(&doc, id, last, PocField::Task, process.id + u'/' + task->id));
        QCOMPARE(doc.project().pocScenario(id)->steps[std::size_t(last)].role, task->role);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        // A role chosen already stays.
        const QString other = doc.project().roles.back().id;
        QVERIFY(other != task->role);
        QVERIFY(setPocStepField(&doc, id, last, PocField::Role, other));
        QVERIFY(setPocStepField(&doc, id, last, PocField::Task, process.id + u'/' + task->id));
        QCOMPARE(doc.project().pocScenario(id)->steps[std::size_t(last)].role, other);
    }

    void editsThatChangeNothingPushNothing()
    {
        Document doc(sample());
        const model::PocScenario &s = doc.project().pocScenarios[0];
        QVERIFY(!renamePocScenario(&doc, s.id, s.title));
        QVERIFY(!removePocScenario(&doc, QStringLiteral("no-such")));
        QVERIFY(!movePocScenario(&doc, s.id, 0));
        QVERIFY(!movePocStep(&doc, s.id, 0, qsizetype(s.steps.size())));
        QVERIFY(!setPocStepField(&doc, s.id, 99, PocField::Data, QStringLiteral("x")));
        QVERIFY(!setPocStepMinutes(&doc, s.id, 0, -5.0));
        QVERIFY(!setVendorScore(&doc, QStringLiteral("no-such"), doc.project().requirements[0].id, 2));
        QVERIFY(!setPriorityWeights(&doc, doc.project().priorityWeights));
        model::PriorityWeights tooHeavy;
        tooHeavy.must = 5000;
        QVERIFY(!setPriorityWeights(&doc, tooHeavy));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void typingInOneFieldIsOneUndoStep()
    {
        Document doc(sample());
        const QString id = doc.project().pocScenarios[0].id;
        const model::Project before = doc.project();
        const quint64 gesture = newGestureId();
        for (const QString &typed : { QStringLiteral("S"), QStringLiteral("Sh"), QStringLiteral("Show") })
            QVERIFY(setPocStepField(&doc, id, 0, PocField::Expected, typed, gesture));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(setPocStepField(&doc, id, 0, PocField::Data, QStringLiteral("d"), newGestureId()));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void vendorEditsAndTheComparison()
    {
        Document doc(sample());
        doc.projectForEdit().vendors.clear();
        const quint32 vendors = EntityProperty::ProjectVendors;
        QString acme, zeta;
        roundTrip(
            doc, [&] { return !(acme = addVendor(&doc, QStringLiteral("Acme CRM"))).isEmpty(); }, vendors);
        QCOMPARE(acme, QStringLiteral("acme-crm"));
        roundTrip(
            doc, [&] { return !(zeta = addVendor(&doc, QStringLiteral("Acme CRM"))).isEmpty(); }, vendors);
        QCOMPARE(zeta, QStringLiteral("acme-crm-2"));
        roundTrip(
            doc, [&] { return renameVendor(&doc, zeta, QStringLiteral("Zeta Cloud")); }, vendors);
        QCOMPARE(doc.project().vendor(zeta)->name, QStringLiteral("Zeta Cloud"));

        const model::Requirement *must = nullptr, *should = nullptr;
        for (const model::Requirement &q : doc.project().requirements) {
            if (!must && q.priority == model::Priority::Must)
                must = &q;
            if (!should && q.priority == model::Priority::Should)
                should = &q;
        }
        QVERIFY(must && should);
        const QString mustId = must->id, mustText = must->text, shouldId = should->id;
        roundTrip(
            doc, [&] { return setVendorScore(&doc, acme, mustId, 3); }, vendors);
        roundTrip(
            doc, [&] { return setVendorScore(&doc, acme, shouldId, 2); }, vendors);
        roundTrip(
            doc, [&] { return setVendorScore(&doc, zeta, shouldId, 3); }, vendors);
        QVERIFY(!setVendorScore(&doc, acme, mustId, 4));

        const model::PriorityWeights w = doc.project().priorityWeights;
        std::vector<VendorStanding> standings = vendorStandings(doc.project());
        QCOMPARE(standings.size(), std::size_t(2));
        QCOMPARE(standings[0].id, acme);
        QCOMPARE(standings[0].rank, 1);
        QCOMPARE(standings[0].weighted, 3 * w.must + 2 * w.should);
        QCOMPARE(standings[0].scored, 2);
        QCOMPARE(standings[1].weighted, 3 * w.should);

        // Zeta scores a Must 0: knocked out, by that Must's text, whatever its total.
        roundTrip(
            doc, [&] { return setVendorScore(&doc, zeta, mustId, 0); }, vendors);
        roundTrip(
            doc,
            [&] {
                return setPriorityWeights(&doc, { 1, 100, 1, 0 });
            },
            EntityProperty::ProjectPriorityWeights);
        standings = vendorStandings(doc.project());
        QCOMPARE(standings[0].id, acme);
        QCOMPARE(standings[1].id, zeta);
        QVERIFY(standings[1].weighted > standings[0].weighted);
        QCOMPARE(standings[1].rank, 0);
        QCOMPARE(standings[1].knockedOutBy, QStringList { mustText });

        // Not scored again: the knock-out goes.
        roundTrip(
            doc, [&] { return setVendorScore(&doc, zeta, mustId, std::nullopt); }, vendors);
        standings = vendorStandings(doc.project());
        QCOMPARE(standings[0].id, zeta);
        QVERIFY(standings[0].knockedOutBy.isEmpty());
        roundTrip(
            doc, [&] { return removeVendor(&doc, acme); }, vendors);
        QVERIFY(!doc.project().vendor(acme));
    }
};

QTEST_MAIN(TestSpecCommands)
#include "tst_speccommands.moc"
