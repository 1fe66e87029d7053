// SPDX-License-Identifier: GPL-3.0-or-later
// The picture-comparison harness: every picture the studio exports (journey map now; process
// diagram, role map, charts, deck and spec later) is compared with what the screen shows, so a
// device- or DPI-dependent rendering cannot pass again.
#pragma once

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

namespace oi::test {

/** How far two pictures are apart once scaled to the same size. */
struct PictureDifference
{
    double meanDifference = 255; // mean absolute difference per channel, 0..255
    double differingShare = 1; // share of pixels where some channel differs by more than 64
    QString describe() const
    {
        return QStringLiteral("mean difference %1/255, %2 % of pixels differ strongly")
            .arg(meanDifference, 0, 'f', 2)
            .arg(differingShare * 100, 0, 'f', 2);
    }
};

/**
 * Compares `picture` with `reference` after scaling both to `width` pixels wide (smoothly, so
 * antialiasing at different resolutions averages out).
 */
inline PictureDifference comparePictures(const QImage &reference, const QImage &picture, int width = 900)
{
    if (reference.isNull() || picture.isNull())
        return {};
    const int height = qRound(double(width) * reference.height() / reference.width());
    const QImage a = reference.convertToFormat(QImage::Format_RGB32)
                         .scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = picture.convertToFormat(QImage::Format_RGB32)
                         .scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 sum = 0, strong = 0;
    for (int y = 0; y < height; ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const int dr = std::abs(qRed(pa[x]) - qRed(pb[x]));
            const int dg = std::abs(qGreen(pa[x]) - qGreen(pb[x]));
            const int db = std::abs(qBlue(pa[x]) - qBlue(pb[x]));
            sum += dr + dg + db;
            if (std::max({ dr, dg, db }) > 64)
                ++strong;
        }
    }
    const double pixels = double(width) * height;
    return { double(sum) / (3 * pixels), double(strong) / pixels };
}

/** Page `page` (1-based) of a PDF as an image at `dpi`, through poppler's pdftoppm. */
inline QImage pdfPage(const QString &pdf, int dpi, QString *error, int page = 1)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftoppm is not installed (packaging/install-deps.sh installs poppler-utils)");
        return {};
    }
    QTemporaryDir dir;
    const QString stem = dir.filePath(QStringLiteral("page"));
    QProcess p;
    p.start(tool, { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                      QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf,
                      stem });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("pdftoppm failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QImage(stem + QStringLiteral(".png"));
}

/** The text of a PDF as pdftotext reads it (what search, copy and screen readers get), ligatures undone. */
inline QString pdfText(const QString &pdf, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftotext is not installed (packaging/install-deps.sh installs poppler-utils)");
        return {};
    }
    QProcess p;
    p.start(tool, { pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    // Compatibility forms, so ligatures ("ﬁ") read as the letters people search for.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace oi::test
