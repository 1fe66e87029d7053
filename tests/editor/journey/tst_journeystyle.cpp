// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeystyle.h"

#include <QApplication>
#include <QTest>

using namespace oi::editor;

class TestJourneyStyle : public QObject
{
    Q_OBJECT
private slots:
    void contrastRatioMatchesWcag()
    {
        QCOMPARE(JourneyStyle::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(JourneyStyle::contrastRatio(Qt::white, Qt::white), 1.0);
        // White on the old dark-mode amber: the reviewer's 2.1:1.
        QVERIFY(qAbs(JourneyStyle::contrastRatio(Qt::white, QColor(0xf0, 0xa0, 0x4b)) - 2.14) < 0.01);
    }

    void warningBadgeIsReadableInBothModes_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xee, 0xee, 0xee);
    }

    void warningBadgeIsReadableInBothModes()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        const JourneyStyle st = JourneyStyle::fromPalette(palette, QApplication::font());
        QCOMPARE(st.dark, base.lightnessF() < 0.5);
        // The metric badge: warningText on a warning fill; the metrics lane: warning text on a card.
        QVERIFY2(JourneyStyle::contrastRatio(st.warningText, st.warning) >= 4.5,
            qPrintable(QString::number(JourneyStyle::contrastRatio(st.warningText, st.warning))));
        QVERIFY2(JourneyStyle::contrastRatio(st.warning, st.cardFill) >= 4.5,
            qPrintable(QString::number(JourneyStyle::contrastRatio(st.warning, st.cardFill))));
    }
};

QTEST_MAIN(TestJourneyStyle)
#include "tst_journeystyle.moc"
