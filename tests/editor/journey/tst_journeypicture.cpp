// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/document.h"
#include "editor/journey/journeypicture.h"
#include "editor/journey/journeyscene.h"

#include "model/journeyinterchange.h"

#include "support/journeybuilder.h"

#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace oi;
using namespace oi::editor;

class TestJourneyPicture : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> document()
    {
        auto p = test::sampleProject();
        p->journeys[0].steps[0].title = QStringLiteral("Pay <now> & \"later\"");
        return std::make_unique<Document>(std::move(p));
    }
    QTemporaryDir mDir;

private slots:
    void svgParsesAndEscapesText()
    {
        auto doc = document();
        JourneyScene scene(doc.get());
        const QString file = mDir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(JourneyPicture::exportSvg(&scene, file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QXmlStreamReader xml(svg);
        QString text;
        int elements = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                ++elements;
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 50);
        QVERIFY(text.contains(QStringLiteral("Pay <now> &")));
        QVERIFY(text.contains(QStringLiteral("Place order")));
        QVERIFY(svg.contains("&lt;now&gt; &amp;"));
    }

    void pngHasTheChosenResolution_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("96") << 96;
        QTest::newRow("192") << 192;
    }

    void pngHasTheChosenResolution()
    {
        QFETCH(int, dpi);
        auto doc = document();
        JourneyScene scene(doc.get());
        const QString file = mDir.filePath(QStringLiteral("map%1.png").arg(dpi));
        QString error;
        QVERIFY2(JourneyPicture::exportPng(&scene, file, dpi, &error), qPrintable(error));
        const QImage image(file);
        QVERIFY(!image.isNull());
        // The map and its title block, at `dpi` pixels per inch of scene units.
        const QSizeF picture = JourneyPicture::pictureSize(&scene);
        QVERIFY(picture.height() > scene.sceneRect().height());
        QCOMPARE(image.width(), int(std::ceil(picture.width() * dpi / 96.0)));
        QCOMPARE(image.height(), int(std::ceil(picture.height() * dpi / 96.0)));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Not a blank canvas: the stage header colour appears.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void refusesBadInputWithAClearError()
    {
        auto doc = document();
        JourneyScene scene(doc.get());
        QString error;
        QVERIFY(!JourneyPicture::exportPng(&scene, mDir.filePath(QStringLiteral("x.png")), 5000, &error));
        QVERIFY(error.contains(QStringLiteral("5000 dpi")));
        QVERIFY(!JourneyPicture::exportFile(&scene, mDir.filePath(QStringLiteral("x.doc")), 96, &error));
        QVERIFY(error.contains(QStringLiteral("unknown export format \"doc\"")));
        const QString missing = mDir.filePath(QStringLiteral("no/such/dir/x.png"));
        QVERIFY(!JourneyPicture::exportPng(&scene, missing, 96, &error));
        QVERIFY(error.startsWith(missing));
    }

    void pdfIsWritten()
    {
        auto doc = document();
        JourneyScene scene(doc.get());
        const QString file = mDir.filePath(QStringLiteral("map.pdf"));
        QString error;
        QVERIFY2(JourneyPicture::exportPdf(&scene, file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
        // One landscape page: the media box is wider than tall.
        f.seek(0);
        const QByteArray pdf = f.readAll();
        const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0 0 ([\\d.]+) ([\\d.]+)"));
        const auto match = box.match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        QVERIFY(match.captured(1).toDouble() > match.captured(2).toDouble());
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    }

    void textFormatsRoundTrip()
    {
        auto doc = document();
        JourneyScene scene(doc.get());
        QString error;
        const QString json = mDir.filePath(QStringLiteral("j.json"));
        QVERIFY2(JourneyPicture::exportFile(&scene, json, 96, &error), qPrintable(error));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto back = model::journeyFromJson(f.readAll(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == doc->project().journeys[0]);
        const QString mmd = mDir.filePath(QStringLiteral("j.mmd"));
        QVERIFY2(JourneyPicture::exportFile(&scene, mmd, 96, &error), qPrintable(error));
        QFile m(mmd);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QVERIFY(m.readAll().startsWith("journey\n    title New customer onboarding\n"));
    }
};

QTEST_MAIN(TestJourneyPicture)
#include "tst_journeypicture.moc"
