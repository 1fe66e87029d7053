// SPDX-License-Identifier: GPL-3.0-or-later
// Selecting anything in the chain highlights everything linked to it: the journey map outlines
// the steps, the role map the role cards; selecting a step itself leaves the map's outlines off.
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"
#include "editor/journey/journeyscene.h"
#include "editor/roles/rolemapscene.h"

#include <QTest>

using namespace oi;
using namespace oi::editor;

class TestSelectionChain : public QObject
{
    Q_OBJECT
    std::unique_ptr<Document> mDoc;

private slots:
    void init()
    {
        model::Problems problems;
        mDoc = Document::load(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mDoc);
    }

    void followsTheSelectionIntoEveryView()
    {
        JourneyScene journey(mDoc.get());
        RoleMapScene roles;
        roles.setDocument(mDoc.get());
        QVERIFY(journey.chainSteps().isEmpty());

        mDoc->selection()->select(EntityKind::Strategy, QStringLiteral("first-contact"));
        const model::Chain chain = selectionChain(*mDoc);
        QCOMPARE(chain, model::chainOf(mDoc->project(), QStringLiteral("strategy"), QStringLiteral("first-contact")));
        QVERIFY(!chain.steps.isEmpty() && !chain.roles.isEmpty());
        QCOMPARE(journey.chainSteps(), QSet<QString>(chain.steps.begin(), chain.steps.end()));
        QVERIFY(roles.inChain(QStringLiteral("service-agent")));
        QVERIFY(!roles.inChain(QStringLiteral("retention-specialist")));

        // A node stands for its process.
        mDoc->selection()->select(EntityKind::Node, QStringLiteral("renewal/retention-call"));
        QVERIFY(roles.inChain(QStringLiteral("retention-specialist")));
        QVERIFY(journey.chainSteps().contains(QStringLiteral("retention-call")));

        mDoc->selection()->select(EntityKind::Step, QStringLiteral("request-help"));
        QVERIFY(journey.chainSteps().isEmpty()); // the step is selected, not outlined
        QVERIFY(roles.inChain(QStringLiteral("service-agent")));

        mDoc->selection()->set({});
        QVERIFY(isEmpty(selectionChain(*mDoc)));
        QVERIFY(!roles.inChain(QStringLiteral("service-agent")));
    }
};

QTEST_MAIN(TestSelectionChain)
#include "tst_selectionchain.moc"
