// SPDX-License-Identifier: GPL-3.0-or-later
// Every exported picture of the role map matches what the screen shows (the picture-comparison
// harness, as for the journey map): PNG at 96, 150 and 300 dpi, SVG, and PDF rendered back with
// pdftoppm, whose text is read back too.
#include "support/picturecompare.h"

#include "editor/document/document.h"
#include "editor/roles/rolemappicture.h"
#include "editor/roles/rolemapview.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;
using namespace oi::editor;

namespace {
constexpr double kMaxMeanDifference = 5.0;
constexpr double kMaxDifferingShare = 0.02;
} // namespace

class TestRoleMapRendering : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<Document> mDoc;
    std::unique_ptr<RoleMapView> mView;
    QImage mScreen;

    RoleMapScene *scene() const { return mView->mapScene(); }

    QImage mapOf(const QImage &picture, qreal scale, QPointF origin = {}) const
    {
        const QPointF at = origin + QPointF(0, RoleMapPicture::TitleHeight) * scale;
        const QSizeF size = scene()->sceneRect().size() * scale;
        return picture.copy(qRound(at.x()), qRound(at.y()), qRound(size.width()), qRound(size.height()));
    }

    void expectMatch(const QImage &map, const char *what)
    {
        const test::PictureDifference d = test::comparePictures(mScreen, map);
        if (qEnvironmentVariableIsSet("OI_DUMP_PICTURES")) {
            mScreen.save(QStringLiteral("/tmp/rcmp-screen.png"));
            map.save(QStringLiteral("/tmp/rcmp-%1.png").arg(QString::fromLatin1(what).replace(u' ', u'-')));
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
        mView = std::make_unique<RoleMapView>();
        mView->setDocument(mDoc.get());
        const QSizeF size = scene()->sceneRect().size();
        mView->resize(int(size.width()) + 60, int(size.height()) + 60);
        mView->show();
        QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
        const QRect onScreen(mView->mapFromScene(scene()->sceneRect().topLeft()),
            QSize(qRound(size.width()), qRound(size.height())));
        QVERIFY2(mView->viewport()->rect().contains(onScreen), "the whole map is on screen");
        mScreen = mView->viewport()->grab(onScreen).toImage();
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
        const QString file = mDir.filePath(QStringLiteral("roles-%1.png").arg(dpi));
        QString error;
        QVERIFY2(RoleMapPicture::exportFile(scene(), file, dpi, &error), qPrintable(error));
        expectMatch(mapOf(QImage(file), dpi / 96.0), QTest::currentDataTag());
    }

    void svgMatchesTheScreen()
    {
        const QString file = mDir.filePath(QStringLiteral("roles.svg"));
        QString error;
        QVERIFY2(RoleMapPicture::exportFile(scene(), file, 96, &error), qPrintable(error));
        QSvgRenderer svg(file);
        QVERIFY(svg.isValid());
        const QSizeF size = RoleMapPicture::pictureSize(scene()) * 2;
        QImage picture(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        svg.render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        expectMatch(mapOf(picture, 2), "SVG");
    }

    void pdfMatchesTheScreenAndCarriesItsText()
    {
        const QString file = mDir.filePath(QStringLiteral("roles.pdf"));
        QString error;
        QVERIFY2(RoleMapPicture::exportFile(scene(), file, 96, &error), qPrintable(error));
        // Rendered back at twice the screen's size, so rasterising the PDF's text adds no blur of its own.
        constexpr int dpi = 300;
        const QImage page = test::pdfPage(file, dpi, &error);
        QVERIFY2(!page.isNull(), qPrintable(error));
        QVERIFY(page.height() > page.width()); // a tall map goes on a portrait page
        const qreal pxPerMm = dpi / 25.4;
        const QRectF printable(10 * pxPerMm, 10 * pxPerMm, page.width() - 20 * pxPerMm, page.height() - 20 * pxPerMm);
        const QSizeF picture = RoleMapPicture::pictureSize(scene());
        const qreal scale = std::min(printable.width() / picture.width(), printable.height() / picture.height());
        const QPointF origin(printable.left() + (printable.width() - picture.width() * scale) / 2,
            printable.top() + (printable.height() - picture.height() * scale) / 2);
        expectMatch(mapOf(page, scale, origin), "PDF");
        const QString text = test::pdfText(file, &error).simplified();
        for (const QString &word : { QStringLiteral("To-be organisation"), QStringLiteral("Service agent"),
                 QStringLiteral("Back office") })
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" is not in the PDF's text")));
    }

    void unknownFormatIsRefused()
    {
        QString error;
        QVERIFY(!RoleMapPicture::exportFile(scene(), mDir.filePath(QStringLiteral("roles.bmp")), 96, &error));
        QVERIFY(error.contains(QLatin1String("png, svg or pdf")));
    }
};

QTEST_MAIN(TestRoleMapRendering)
#include "tst_rolemaprendering.moc"
