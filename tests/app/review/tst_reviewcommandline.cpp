// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein FILE --export deck OUT.pdf` with no display, and `--review --screenshot OUT.png
// --size WxH`: the first page of the review, as the product's own binary makes them.
#include "support/isolatedsettings.h"
#include "support/runprogram.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

test::ProgramRun studio(const QStringList &args)
{
    return test::runProgram(QStringLiteral(OI_GUI_PATH), args, test::Display::None);
}
} // namespace

class TestReviewCommandLine : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void initTestCase() { test::isolateSettings("tst_reviewcommandline"); }

    void exportsTheDeckWithNoDisplay()
    {
        const QString pdf = mDir.filePath(QStringLiteral("deck.pdf"));
        const test::ProgramRun r = studio({ kSample, QStringLiteral("--export"), QStringLiteral("deck"), pdf });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/MediaBox [0 0 960.000000 540.000000]")); // 13.33 × 7.5 in, landscape
    }

    void refusesADeckThatIsNotAPdf()
    {
        const test::ProgramRun r = studio(
            { kSample, QStringLiteral("--export"), QStringLiteral("deck"), mDir.filePath(QStringLiteral("deck.png")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("PDF")), qPrintable(r.errText()));
    }

    void screenshotsTheFirstPage()
    {
        const QString png = mDir.filePath(QStringLiteral("review.png"));
        const test::ProgramRun r = studio({ kSample, QStringLiteral("--review"), QStringLiteral("--screenshot"), png,
            QStringLiteral("--size"), QStringLiteral("1280x720") });
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 720));
        // Not blank: the title page has dark text on the light background.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 100;
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    }
};

QTEST_GUILESS_MAIN(TestReviewCommandLine)
#include "tst_reviewcommandline.moc"
