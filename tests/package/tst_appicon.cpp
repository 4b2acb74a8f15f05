// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QTest>

/// The application icon is embedded as :/icons/mailsetup.svg and Qt's SVG plugins draw it.
class TestAppIcon : public QObject
{
    Q_OBJECT

private:
    static constexpr auto iconPath = ":/icons/mailsetup.svg";

    static QImage render(int size)
    {
        QImageReader reader(QString::fromLatin1(iconPath));
        reader.setScaledSize(QSize(size, size));
        return reader.read().convertToFormat(QImage::Format_ARGB32);
    }

    static bool isColor(QRgb pixel, QRgb expected)
    {
        constexpr int tolerance = 2;
        return qAlpha(pixel) == 255 && qAbs(qRed(pixel) - qRed(expected)) <= tolerance
            && qAbs(qGreen(pixel) - qGreen(expected)) <= tolerance
            && qAbs(qBlue(pixel) - qBlue(expected)) <= tolerance;
    }

private Q_SLOTS:
    void iconIsEmbeddedAsSvg()
    {
        QVERIFY(QFile::exists(QString::fromLatin1(iconPath)));
        QImageReader reader(QString::fromLatin1(iconPath));
        QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
        QCOMPARE(reader.format(), QByteArray("svg"));
        QCOMPARE(reader.size(), QSize(128, 128));
    }

    void iconRendersAtEveryDesktopSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dpx", size) << size;
    }

    void iconRendersAtEveryDesktopSize()
    {
        QFETCH(int, size);
        const QPixmap pixmap = QIcon(QString::fromLatin1(iconPath)).pixmap(QSize(size, size));
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), QSize(size, size));
    }

    void iconShowsEnvelopeAndCheckBadge()
    {
        // Points in the SVG's 128 × 128 view box, read off a 256 px rendering.
        const QImage image = render(256);
        QVERIFY(!image.isNull());
        const auto at = [&image](int x, int y) { return image.pixel(2 * x, 2 * y); };
        QVERIFY2(qAlpha(at(1, 1)) == 0, "the corner must stay transparent");
        QVERIFY2(isColor(at(20, 75), qRgb(0x2f, 0x6f, 0xb3)), "the envelope must be blue");
        QVERIFY2(isColor(at(56, 59), qRgb(0xff, 0xff, 0xff)), "the envelope flap must be white");
        QVERIFY2(isColor(at(96, 72), qRgb(0x2e, 0x9e, 0x4f)), "the badge must be green");
        QVERIFY2(isColor(at(92, 98), qRgb(0xff, 0xff, 0xff)), "the check mark must be white");
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
