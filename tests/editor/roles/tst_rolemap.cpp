// SPDX-License-Identifier: GPL-3.0-or-later
// The role map measured as drawn on the sample: cards never overlap, chips and texts stay inside
// their card, every moved responsibility is exactly one arrow that runs between the columns, text
// contrast is at least 4.5:1; and dragging a role or a responsibility is one undo step.
#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "editor/roles/rolemapitems.h"
#include "editor/roles/rolemapscene.h"

#include <QTest>
#include <QUndoStack>

using namespace oi;
using namespace oi::editor;

namespace {

double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int movedResponsibilities(const model::Project &p)
{
    int n = 0;
    for (const model::Responsibility &x : p.responsibilities)
        if (!x.asIs.isEmpty() && !x.toBe.isEmpty() && x.asIs != x.toBe)
            ++n;
    return n;
}

} // namespace

class TestRoleMap : public QObject
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

    void sideBySideIsCleanOnTheSample()
    {
        RoleMapScene scene;
        scene.setDocument(mDoc.get());
        const RoleMapLayout &l = scene.layout();
        const model::Project &p = mDoc->project();
        QVERIFY(!l.cards.empty());
        for (std::size_t i = 0; i < l.cards.size(); ++i) {
            const RoleCardLayout &c = l.cards[i];
            for (std::size_t j = i + 1; j < l.cards.size(); ++j)
                QVERIFY2(!c.rect.intersects(l.cards[j].rect), qPrintable(c.role + u' ' + l.cards[j].role));
            for (const QRectF &r : { c.departmentRect, c.nameRect, c.factsRect, c.badgeRect, c.worksRect })
                QVERIFY2(c.rect.contains(r), qPrintable(c.role));
            QVERIFY(!c.departmentRect.intersects(c.badgeRect));
            for (const RoleChipLayout &chip : c.chips)
                QVERIFY2(c.rect.contains(chip.rect) && !chip.rect.intersects(c.worksRect), qPrintable(chip.text));
            // The card's band is the role's office.
            const model::Role *role = p.role(c.role);
            QCOMPARE(l.officeAt(c.rect.center()), std::optional(role->office));
        }
        // Every move is one arrow, and every arrow runs in the gap between the columns.
        QCOMPARE(int(l.arrows.size()), movedResponsibilities(p));
        QVERIFY(movedResponsibilities(p) >= 4);
        const double gapLeft = l.columns.front().rect.right(), gapRight = l.columns.back().rect.left();
        for (const RoleArrowLayout &a : l.arrows) {
            QVERIFY(a.from.x() >= gapLeft - RoleMapMetrics::BandPadding - 1 && a.to.x() <= gapRight + RoleMapMetrics::BandPadding + 1);
            QVERIFY(l.card(a.fromRole, RoleMapSide::AsIs)->rect.right() <= a.from.x() + 0.5);
        }
        int arrowItems = 0;
        for (QGraphicsItem *item : scene.items())
            arrowItems += dynamic_cast<ResponsibilityArrowItem *>(item) != nullptr;
        QCOMPARE(arrowItems, int(l.arrows.size()));
        // Each side shows the roles that exist on it.
        for (const model::Role &r : p.roles) {
            QCOMPARE(l.card(r.id, RoleMapSide::AsIs) != nullptr, r.change != model::ChangeKind::New);
            QCOMPARE(l.card(r.id, RoleMapSide::ToBe) != nullptr, r.change != model::ChangeKind::Retired);
        }
    }

    void singleSidesHaveNoArrows()
    {
        RoleMapScene scene;
        scene.setDocument(mDoc.get());
        scene.setMode(RoleMapMode::AsIs);
        QVERIFY(scene.layout().arrows.empty());
        QCOMPARE(scene.layout().columns.size(), std::size_t(1));
        for (const RoleCardLayout &c : scene.layout().cards)
            QCOMPARE(c.side, RoleMapSide::AsIs);
        scene.setMode(RoleMapMode::ToBe);
        QVERIFY(scene.layout().card(QStringLiteral("retention-specialist"), RoleMapSide::ToBe));
    }

    void textHasContrast()
    {
        const RoleMapStyle s = RoleMapStyle::standard();
        QVERIFY(contrast(s.text, s.cardFill) >= 4.5);
        QVERIFY(contrast(s.muted, s.cardFill) >= 4.5);
        QVERIFY(contrast(s.text, s.chipFill) >= 4.5);
        QVERIFY(contrast(s.arrow, s.chipFill) >= 4.5); // the "from …" notes
        QVERIFY(contrast(s.bandText, s.band) >= 4.5);
        for (model::ChangeKind k : { model::ChangeKind::Unchanged, model::ChangeKind::Moved, model::ChangeKind::New,
                 model::ChangeKind::Merged, model::ChangeKind::Retired })
            QVERIFY2(contrast(Qt::white, RoleMapStyle::changeColour(k)) >= 4.5, qPrintable(QString::number(int(k))));
    }

    void draggingARoleChangesItsOffice()
    {
        RoleMapScene scene;
        scene.setDocument(mDoc.get());
        const QString role = QStringLiteral("dispatcher");
        QCOMPARE(mDoc->project().role(role)->office, model::Office::Back);
        const RoleBandLayout &front = scene.layout().bands.front();
        QVERIFY(scene.dropRole(role, front.rect.center()));
        QCOMPARE(mDoc->project().role(role)->office, model::Office::Front);
        QCOMPARE(mDoc->undoStack()->count(), 1);
        mDoc->undoStack()->undo();
        QCOMPARE(mDoc->project().role(role)->office, model::Office::Back);
        scene.rebuild();
        // Dropped back into its own band: nothing to undo.
        QVERIFY(!scene.dropRole(role, scene.layout().card(role, RoleMapSide::ToBe)->rect.center()));
    }

    void draggingAResponsibilityMovesIt()
    {
        RoleMapScene scene;
        scene.setDocument(mDoc.get());
        const QString id = QStringLiteral("field-calendar"); // kept by the dispatcher
        const RoleCardLayout *target = scene.layout().card(QStringLiteral("service-agent"), RoleMapSide::ToBe);
        const int arrows = int(scene.layout().arrows.size());
        QVERIFY(scene.dropResponsibility(id, RoleMapSide::ToBe, target->rect.center()));
        QCOMPARE(mDoc->project().responsibility(id)->toBe, QStringLiteral("service-agent"));
        QCOMPARE(mDoc->project().responsibility(id)->asIs, QStringLiteral("dispatcher"));
        scene.rebuild();
        QCOMPARE(int(scene.layout().arrows.size()), arrows + 1); // now a move, drawn as one more arrow
        mDoc->undoStack()->undo();
        QCOMPARE(mDoc->project().responsibility(id)->toBe, QStringLiteral("dispatcher"));
        // Onto nothing: nothing changes.
        QVERIFY(!scene.dropResponsibility(id, RoleMapSide::ToBe, QPointF(-50, -50)));
    }
};

QTEST_MAIN(TestRoleMap)
#include "tst_rolemap.moc"
