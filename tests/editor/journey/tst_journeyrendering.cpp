// SPDX-License-Identifier: GPL-3.0-or-later
// Every exported picture of the journey map matches what the screen shows: PNG at 96, 150 and
// 300 dpi, SVG and PDF (rendered back with pdftoppm) are scaled to the screen's size and compared
// pixel by pixel, and the PDF's text is read back with pdftotext. A DPI-dependent layout (text laid
// out for one resolution and painted at another) fails here.
#include "support/picturecompare.h"

#include "editor/document/document.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeypicture.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeyview.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;
using namespace oi::editor;

namespace {
// Close: antialiasing and font rasterisation differ between resolutions, layout must not.
constexpr double kMaxMeanDifference = 5.0; // fixed: at most 3.9 (PDF); points-sized text: 6.3 to 30
constexpr double kMaxDifferingShare = 0.02; // fixed: at most 1.1 %; points-sized text: 4 to 16 %
} // namespace

class TestJourneyRendering : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<Document> mDoc;
    std::unique_ptr<JourneyView> mView;
    QImage mScreen; // the map as the canvas paints it at 100 %

    JourneyScene *scene() const { return mView->scene(); }

    /** The map part of an exported picture drawn `scale` times larger than scene units. */
    QImage mapOf(const QImage &picture, qreal scale, QPointF origin = {}) const
    {
        const QRectF map = JourneyPicture::mapRect(scene());
        const QPointF at = origin + map.topLeft() * scale;
        const QSizeF size = map.size() * scale;
        return picture.copy(qRound(at.x()), qRound(at.y()), qRound(size.width()), qRound(size.height()));
    }

    void expectMatch(const QImage &map, const char *what)
    {
        const test::PictureDifference d = test::comparePictures(mScreen, map);
        if (qEnvironmentVariableIsSet("OI_DUMP_PICTURES")) {
            mScreen.save(QStringLiteral("/tmp/cmp-screen.png"));
            map.save(QStringLiteral("/tmp/cmp-%1.png").arg(QString::fromLatin1(what).replace(u' ', u'-')));
        }
        qInfo("%s: %s", what, qPrintable(d.describe()));
        QVERIFY2(d.meanDifference <= kMaxMeanDifference && d.differingShare <= kMaxDifferingShare,
            qPrintable(QStringLiteral("%1 does not match the screen: %2").arg(QLatin1String(what), d.describe())));
    }

private slots:
    void initTestCase()
    {
        model::Problems problems;
        mDoc = Document::load(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mDoc);
        mView = std::make_unique<JourneyView>(mDoc.get());
        const QSizeF size = scene()->sceneRect().size();
        mView->resize(int(size.width()) + 120, int(size.height()) + 200);
        mView->show();
        mView->resetZoom();
        QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
        QWidget *viewport = mView->canvas()->viewport();
        mView->canvas()->ensureVisible(scene()->sceneRect(), 0, 0);
        const QRect onScreen(mView->canvas()->mapFromScene(scene()->sceneRect().topLeft()),
            QSize(qRound(size.width()), qRound(size.height())));
        QVERIFY2(viewport->rect().contains(onScreen), "the whole map is on screen");
        mScreen = viewport->grab(onScreen).toImage();
        QCOMPARE(mScreen.size(), onScreen.size());
    }

    void pngMatchesTheScreenAtEveryResolution_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("96 dpi") << 96;
        QTest::newRow("150 dpi") << 150;
        QTest::newRow("300 dpi") << 300;
    }

    void pngMatchesTheScreenAtEveryResolution()
    {
        QFETCH(int, dpi);
        const QString file = mDir.filePath(QStringLiteral("map-%1.png").arg(dpi));
        QString error;
        QVERIFY2(JourneyPicture::exportPng(scene(), file, dpi, &error), qPrintable(error));
        const QImage picture(file);
        expectMatch(mapOf(picture, dpi / 96.0), QTest::currentDataTag());
    }

    void svgMatchesTheScreen()
    {
        const QString file = mDir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(JourneyPicture::exportSvg(scene(), file, &error), qPrintable(error));
        QSvgRenderer svg(file);
        QVERIFY(svg.isValid());
        const QSizeF size = JourneyPicture::pictureSize(scene()) * 2;
        QImage picture(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        svg.render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        expectMatch(mapOf(picture, 2), "SVG");
    }

    void pdfMatchesTheScreenAndCarriesItsText()
    {
        const QString file = mDir.filePath(QStringLiteral("map.pdf"));
        QString error;
        QVERIFY2(JourneyPicture::exportPdf(scene(), file, &error), qPrintable(error));
        constexpr int dpi = 150;
        const QImage page = test::pdfPage(file, dpi, &error);
        QVERIFY2(!page.isNull(), qPrintable(error));
        // A3 landscape with 10 mm margins; the picture is fitted into the printable area, centred.
        const qreal pxPerMm = dpi / 25.4;
        const QRectF printable(10 * pxPerMm, 10 * pxPerMm, page.width() - 20 * pxPerMm, page.height() - 20 * pxPerMm);
        const QSizeF picture = JourneyPicture::pictureSize(scene());
        const qreal scale = std::min(printable.width() / picture.width(), printable.height() / picture.height());
        const QPointF origin(printable.left() + (printable.width() - picture.width() * scale) / 2,
            printable.top() + (printable.height() - picture.height() * scale) / 2);
        expectMatch(mapOf(page, scale, origin), "PDF");

        const QString text = test::pdfText(file, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        const model::Journey &journey = *scene()->journey();
        for (const QString &word : { journey.name, journey.stages.front().name, QStringLiteral("Compares plans") })
            QVERIFY2(text.simplified().contains(word), qPrintable(word + QStringLiteral(" is not in the PDF's text")));
    }

    void everyPictureCarriesATitleBlock()
    {
        const QString file = mDir.filePath(QStringLiteral("titled.pdf"));
        QString error;
        QVERIFY2(JourneyPicture::exportPdf(scene(), file, &error), qPrintable(error));
        const QString text = test::pdfText(file, &error).simplified();
        const model::Project &p = mDoc->project();
        const model::Journey &j = *scene()->journey();
        for (const QString &expected : { j.name, p.persona(j.persona)->name, p.client, p.name, QStringLiteral("requirement"),
                 QStringLiteral("pain point") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" is not in the title block")));
        QVERIFY(JourneyPicture::mapRect(scene()).top() > 0);
    }
};

QTEST_MAIN(TestJourneyRendering)
#include "tst_journeyrendering.moc"
