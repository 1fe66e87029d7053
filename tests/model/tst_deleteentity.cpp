// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting an entity: refused while it is referred to (naming the referrers), and with unlink
// every reference goes, so the project validates without a dangling link.
#include "model/deleteentity.h"
#include "model/projectio.h"
#include "model/validator.h"

#include <QtTest>

using namespace oi::model;

class TestDeleteEntity : public QObject
{
    Q_OBJECT
    std::unique_ptr<Project> mSample;

    static int danglingLinks(const Project &p)
    {
        int n = 0;
        for (const Problem &pr : validate(p))
            n += pr.isError() && (pr.message.contains(QLatin1String(" has the id ")) || pr.message.contains(QLatin1String("is not a node")));
        return n;
    }

private slots:
    void initTestCase()
    {
        Problems problems;
        mSample = readProject(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mSample);
        QCOMPARE(danglingLinks(*mSample), 0);
    }

    void unlinkLeavesNoDanglingLink_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("strategy") << "strategy" << "first-contact";
        QTest::newRow("persona") << "persona" << "family";
        QTest::newRow("journey") << "journey" << "onboarding";
        QTest::newRow("role") << "role" << "service-agent";
        QTest::newRow("process") << "process" << "support";
        QTest::newRow("requirement") << "requirement" << "screen-pop";
        QTest::newRow("scenario") << "scenario" << "to-be";
    }

    void unlinkLeavesNoDanglingLink()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        IdKind k;
        QVERIFY(idKindFromName(kind, &k));
        Project p = *mSample;
        const References refs = referencesTo(p, k, id);
        QString error;
        if (refs.count > 0) {
            QVERIFY(!deleteEntity(p, k, id, false, &error));
            QVERIFY2(error.contains(refs.referrers.first()), qPrintable(error));
            QVERIFY(p == *mSample); // refused: nothing changed
        }
        QVERIFY2(deleteEntity(p, k, id, true, &error), qPrintable(error));
        QCOMPARE(danglingLinks(p), 0);
        QVERIFY(!deleteEntity(p, k, id, true, &error)); // gone
    }
};

QTEST_GUILESS_MAIN(TestDeleteEntity)
#include "tst_deleteentity.moc"
