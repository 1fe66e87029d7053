// SPDX-License-Identifier: GPL-3.0-or-later
// At device pixel ratio 2 the studio draws the same window with twice the pixels: the layout is the
// one at ratio 1 (the picture scaled down matches it) and the detail is real (it is not the ratio-1
// picture blown up: text, SVG icons and the map are drawn at the finer resolution).
#include "support/isolatedsettings.h"

#include "app/gui/mainwindow/mainwindow.h"

#include <QImage>
#include <QPainter>
#include <QTest>

namespace {
QImage render(QWidget &window, qreal ratio)
{
    QImage image(window.size() * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    window.render(&image);
    image.setDevicePixelRatio(1);
    return image;
}

/** Mean absolute difference per channel, 0..255. */
double difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(qRed(pa[x]) - qRed(pb[x])) + std::abs(qGreen(pa[x]) - qGreen(pb[x]))
                + std::abs(qBlue(pa[x]) - qBlue(pb[x]));
    }
    return sum / (3.0 * a.width() * a.height());
}
} // namespace

class TestHighDpi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { oi::test::isolateSettings("tst_highdpi"); }

    void ratioTwoIsTheSameWindowInFinerPixels()
    {
        oi::app::MainWindow window;
        window.resize(1400, 900);
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        const QImage one = render(window, 1);
        const QImage two = render(window, 2);
        QCOMPARE(two.size(), one.size() * 2);
        const QImage down = two.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double sameLayout = difference(down, one);
        const QImage blownUp = one.scaled(two.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
        const double finerDetail = difference(two, blownUp);
        qInfo("ratio 2 scaled down against ratio 1: %.2f; ratio 2 against ratio 1 blown up: %.2f", sameLayout,
            finerDetail);
        QVERIFY2(sameLayout < 3, qPrintable(QString::number(sameLayout)));
        QVERIFY2(finerDetail > 2 * sameLayout, qPrintable(QString::number(finerDetail)));
    }
};

QTEST_MAIN(TestHighDpi)
#include "tst_highdpi.moc"
