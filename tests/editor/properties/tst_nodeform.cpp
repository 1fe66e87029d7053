// SPDX-License-Identifier: GPL-3.0-or-later
// The node form: a task's role and duration (its mean said as a duration), an exclusive gateway's
// shares that must add up to 100 % and can be scaled to it; each edit one undo step.
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/properties/entityproperties.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

class TestNodeForm : public QObject
{
    Q_OBJECT
    std::unique_ptr<Document> mDoc;
    std::unique_ptr<EntityProperties> mProps;

    template<typename W> W *field(const char *name) const
    {
        QWidget *form = mProps->findChild<QWidget *>(QStringLiteral("nodeForm"));
        return form ? form->findChild<W *>(QLatin1String(name)) : nullptr;
    }
    const model::Node *node(const char *ref) const
    {
        const QString r = QLatin1String(ref);
        return mDoc->project().process(r.section(u'/', 0, 0))->node(r.section(u'/', 1));
    }

private slots:
    void init()
    {
        model::Problems problems;
        mDoc = Document::load(
            QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mDoc);
        mProps = std::make_unique<EntityProperties>();
        mProps->setDocument(mDoc.get());
        mProps->show();
    }

    // From a node, the journey steps that set it off are one click away.
    void theCustomerStepsThatLeadHere()
    {
        mDoc->selection()->select(EntityKind::Node, QStringLiteral("onboarding/enter-order"));
        auto *steps = field<QLabel>("customerSteps");
        QVERIFY(steps);
        QVERIFY2(steps->text().contains(QLatin1String("href=\"step:place-order\"")), qPrintable(steps->text()));
        const model::Step *place = nullptr;
        for (const model::Journey &j : mDoc->project().journeys)
            for (const model::Step &st : j.steps)
                if (st.id == QLatin1String("place-order"))
                    place = &st;
        QVERIFY(place && steps->text().contains(place->title.toHtmlEscaped())); // its title, not its id
        QSignalSpy open(mProps.get(), &EntityProperties::openRequested);
        emit steps->linkActivated(QStringLiteral("step:place-order"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().value<EntityRef>().id, QStringLiteral("place-order"));
        QCOMPARE(mDoc->selection()->entities().first().kind, EntityKind::Step);
        mDoc->selection()->select(EntityKind::Node, QStringLiteral("support/route"));
        QVERIFY(field<QLabel>("customerSteps")->text().contains(QLatin1String("No journey step")));
    }

    void aTasksRoleAndDuration()
    {
        mDoc->selection()->select(EntityKind::Node, QStringLiteral("support/triage"));
        QVERIFY(mProps->showsEntity());
        auto *role = field<QComboBox>("nodeRole");
        QVERIFY(role && role->isVisible());
        QCOMPARE(role->currentData().toString(), QStringLiteral("service-agent"));
        QWidget *duration = field<QWidget>("duration");
        const QString mean = duration->findChild<QLabel *>(QStringLiteral("distributionMean"))->text();
        QVERIFY2(mean.contains(QLatin1String("8.3 min")), qPrintable(mean)); // (4 + 7 + 14) / 3
        const int dispatcher = role->findData(QStringLiteral("dispatcher"));
        role->setCurrentIndex(dispatcher);
        emit role->activated(dispatcher);
        QCOMPARE(node("support/triage")->role, QStringLiteral("dispatcher"));
        auto *longest = duration->findChild<QDoubleSpinBox *>(QStringLiteral("parameterC"));
        longest->setValue(20);
        QCOMPARE(node("support/triage")->duration.max, 20.0);
        QCOMPARE(mDoc->undoStack()->count(), 2);
        mDoc->undoStack()->undo();
        mDoc->undoStack()->undo();
        QCOMPARE(node("support/triage")->role, QStringLiteral("service-agent"));
        QCOMPARE(node("support/triage")->duration.max, 14.0);
        QCOMPARE(longest->value(), 14.0); // the form follows the undo
    }

    void branchSharesAddUpOrAreScaled()
    {
        mDoc->selection()->select(EntityKind::Node, QStringLiteral("support/route"));
        auto *branches = field<QTableWidget>("branches");
        QVERIFY(branches && branches->isVisible());
        QCOMPARE(branches->rowCount(), 3);
        QVERIFY(field<QLabel>("branchSum")->text().contains(QLatin1String("100 %.")));
        auto *first = qobject_cast<QDoubleSpinBox *>(branches->cellWidget(0, 2));
        first->setValue(80); // 80 + 25 + 15
        QVERIFY2(field<QLabel>("branchSum")->text().contains(QLatin1String("120.0 %")),
            qPrintable(field<QLabel>("branchSum")->text()));
        auto *normalise = field<QPushButton>("normalise");
        QVERIFY(normalise->isEnabled());
        normalise->click();
        double sum = 0;
        for (const model::Flow &f : mDoc->project().process(QStringLiteral("support"))->flows)
            if (f.from == QLatin1String("route"))
                sum += f.probability.value_or(0);
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        QCOMPARE(mDoc->undoStack()->count(), 2);
        // A branch's label, typed: one undo step, drawn on the diagram with its share.
        auto *label = qobject_cast<QLineEdit *>(branches->cellWidget(1, 1));
        QVERIFY(label);
        label->setFocus();
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("escalated"));
        QCOMPARE(
            mDoc->project().process(QStringLiteral("support"))->flow(QStringLiteral("route-backoffice-fix"))->label,
            QStringLiteral("escalated"));
        QCOMPARE(mDoc->undoStack()->count(), 3);
    }
};

QTEST_MAIN(TestNodeForm)
#include "tst_nodeform.moc"
