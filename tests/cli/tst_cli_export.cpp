// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString kCatalog = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/export/providers.yaml");
const QString kGolden = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/export/golden/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QStringList exportArguments(const QString &address, const QString &format, const QStringList &more = {})
{
    return QStringList{QStringLiteral("export"), address, QStringLiteral("--format"), format,
                       QStringLiteral("--catalog"), kCatalog}
           + more;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesTheGoldenFiles_data();
    void writesTheGoldenFiles();
    void textFormatsGoToStandardOutput();
    void binaryGoesToAPipe();
    void binaryIsNotWrittenToATerminal();
    void refusesToReplaceWithoutForce();
    void unwritableTargetFailsCleanly();
    void failedWriteKeepsTheOldFile();
    void notFoundWritesNothing();
    void invalidInputExitsTwo_data();
    void invalidInputExitsTwo();
    void formatThatCannotExpressItRefuses();
    void hosterNeedsTheAccountName();
    void helpFormatPrintsTheSteps();
    void pdfSheet();
    void onlyPdfNeedsTheGuiApplication();

private:
    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliExport::writesTheGoldenFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("golden");
    const QStringList imap{QStringLiteral("--name"), QStringLiteral("Anna Beispiel"), QStringLiteral("--lang"), QStringLiteral("de")};
    const QStringList pop3{QStringLiteral("--name"), QStringLiteral("Jörg Müller"), QStringLiteral("--incoming"),
                           QStringLiteral("pop3"), QStringLiteral("--lang"), QStringLiteral("en")};
    const QStringList oauth2{QStringLiteral("--name"), QStringLiteral("Anna Example"), QStringLiteral("--lang"), QStringLiteral("de")};
    for (const char *format : {"thunderbird-zip", "thunderbird-prefs", "outlook-prf", "apple-mobileconfig"}) {
        const QString id = QString::fromLatin1(format);
        const QString extension = id == QLatin1String("thunderbird-zip") ? QStringLiteral("zip")
                                  : id == QLatin1String("thunderbird-prefs") ? QStringLiteral("js")
                                  : id == QLatin1String("outlook-prf") ? QStringLiteral("prf")
                                                                       : QStringLiteral("mobileconfig");
        QTest::addRow("imap/%s", format) << exportArguments(QStringLiteral("anna@beispiel-mail.test"), id, imap)
                                         << QStringLiteral("imap/%1.%2").arg(id, extension);
        QTest::addRow("pop3/%s", format) << exportArguments(QStringLiteral("joerg@beispiel-mail.test"), id, pop3)
                                         << QStringLiteral("pop3/%1.%2").arg(id, extension);
        QTest::addRow("oauth2/%s", format) << exportArguments(QStringLiteral("anna.example@gmail.com"), id, oauth2)
                                           << QStringLiteral("oauth2/%1.%2").arg(id, extension);
    }
}

void TestCliExport::writesTheGoldenFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, golden);
    const QString output = m_dir->filePath(QStringLiteral("export.out"));
    const auto run = m_cli.run(arguments + QStringList{QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QString());
    QCOMPARE(readFile(output), readFile(kGolden + golden));
}

void TestCliExport::textFormatsGoToStandardOutput()
{
    const auto run = m_cli.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("thunderbird-autoconfig")));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.rawOut, readFile(kGolden + QStringLiteral("imap/thunderbird-autoconfig.xml")));
    // "Name <address>" supplies the name when --name is not given.
    const auto named = m_cli.run(exportArguments(QStringLiteral("Anna Beispiel <anna@beispiel-mail.test>"),
                                                 QStringLiteral("thunderbird-prefs"), {QStringLiteral("--lang"), QStringLiteral("en")}));
    QCOMPARE(named.rawOut, readFile(kGolden + QStringLiteral("imap/thunderbird-prefs.js")));
}

void TestCliExport::binaryGoesToAPipe()
{
    const auto run = m_cli.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("thunderbird-zip"),
                                               {QStringLiteral("--name"), QStringLiteral("Anna Beispiel")}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.rawOut, readFile(kGolden + QStringLiteral("imap/thunderbird-zip.zip")));
}

void TestCliExport::binaryIsNotWrittenToATerminal()
{
    // script(1) gives the program a pseudo-terminal as standard output.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script (util-linux) is not installed; cannot give the program a terminal");
    QProcess process;
    const QString command = QStringLiteral("'%1' export anna@beispiel-mail.test --format thunderbird-zip --catalog '%2'")
                                .arg(QStringLiteral(MAILSETUP_BINARY), kCatalog);
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(output.contains("not written to a terminal"), output.constData());
    QVERIFY(!output.contains("PK\x03\x04"));
}

void TestCliExport::refusesToReplaceWithoutForce()
{
    const QString output = m_dir->filePath(QStringLiteral("user.js"));
    writeFile(output, "old content");
    const QStringList arguments = exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("thunderbird-prefs"),
                                                  {QStringLiteral("--output"), output});
    const auto refused = m_cli.run(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("already exists; add --force to replace it")), qPrintable(refused.err));
    QCOMPARE(readFile(output), QByteArray("old content"));
    const auto forced = m_cli.run(arguments + QStringList{QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(readFile(output).startsWith("// Thunderbird account for anna@beispiel-mail.test"));
}

void TestCliExport::unwritableTargetFailsCleanly()
{
    const QString regularFile = m_dir->filePath(QStringLiteral("plain-file"));
    writeFile(regularFile, "x");
    const QString below = regularFile + QStringLiteral("/user.js");
    const auto run = m_cli.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("thunderbird-prefs"),
                                               {QStringLiteral("--output"), below}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("cannot write ")) && run.err.contains(below), qPrintable(run.err));
    QCOMPARE(readFile(regularFile), QByteArray("x"));
    // A directory is not replaced either, even with --force.
    const auto directory = m_cli.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-text"),
                                                     {QStringLiteral("--output"), m_dir->path(), QStringLiteral("--force")}));
    QCOMPARE(directory.exitCode, 1);
    QVERIFY(QFileInfo(m_dir->path()).isDir());
}

void TestCliExport::failedWriteKeepsTheOldFile()
{
    const QString output = m_dir->filePath(QStringLiteral("profile.zip"));
    writeFile(output, "the old file");
    CliRunner noSpace;
    noSpace.setNoFileSpace(true);
    const auto run = noSpace.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("thunderbird-zip"),
                                                 {QStringLiteral("--output"), output, QStringLiteral("--force")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("cannot write")) && run.err.contains(QLatin1String("File too large")),
             qPrintable(run.err));
    QCOMPARE(readFile(output), QByteArray("the old file"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("profile.zip")}); // no temp file left
}

void TestCliExport::notFoundWritesNothing()
{
    const QString output = m_dir->filePath(QStringLiteral("nothing.zip"));
    const auto run = m_cli.run(exportArguments(QStringLiteral("anna@unknown-provider.test"), QStringLiteral("thunderbird-zip"),
                                               {QStringLiteral("--output"), output}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("no settings known for unknown-provider.test")));
    QVERIFY(!QFile::exists(output));
    const auto defunct = m_cli.run(exportArguments(QStringLiteral("anna@gone-mail.test"), QStringLiteral("sheet-text")));
    QCOMPARE(defunct.exitCode, 1);
    QCOMPARE(defunct.out, QString());
}

void TestCliExport::invalidInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid-address") << exportArguments(QStringLiteral("anna@@beispiel-mail.test"), QStringLiteral("sheet-text"))
                                     << "more than one";
    QTest::newRow("unknown-format") << exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("thunderbird"))
                                    << "--format must be one of";
    QTest::newRow("no-format") << QStringList{QStringLiteral("export"), QStringLiteral("anna@beispiel-mail.test")}
                               << "--format is required";
    QTest::newRow("bad-incoming") << exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-text"),
                                                     {QStringLiteral("--incoming"), QStringLiteral("exchange")})
                                  << "--incoming must be imap or pop3";
    QTest::newRow("incoming-smtp") << exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-text"),
                                                      {QStringLiteral("--incoming"), QStringLiteral("smtp")})
                                   << "--incoming must be imap or pop3";
    QTest::newRow("force-without-output") << exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-text"),
                                                             {QStringLiteral("--force")})
                                          << "--force needs --output";
    QTest::newRow("no-address") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("sheet-text")}
                                << "an e-mail address is required";
}

void TestCliExport::invalidInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = m_cli.run(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestCliExport::formatThatCannotExpressItRefuses()
{
    const QString output = m_dir->filePath(QStringLiteral("outlook.prf"));
    const auto run = m_cli.run(exportArguments(QStringLiteral("anna@outlook.com"), QStringLiteral("outlook-prf"),
                                               {QStringLiteral("--output"), output, QStringLiteral("--lang"), QStringLiteral("both")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Add the account in Outlook by its address")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Fügen Sie das Konto stattdessen in Outlook")), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
    // The same provider works where the format can say OAuth2.
    QCOMPARE(m_cli.run(exportArguments(QStringLiteral("anna@outlook.com"), QStringLiteral("thunderbird-prefs"))).exitCode, 0);
}

void TestCliExport::hosterNeedsTheAccountName()
{
    const auto refused = m_cli.run(exportArguments(QStringLiteral("info@eigene-domain.test"), QStringLiteral("thunderbird-prefs"),
                                                   {QStringLiteral("--lang"), QStringLiteral("en")}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("--username NAME")), qPrintable(refused.err));
    const auto given = m_cli.run(exportArguments(QStringLiteral("info@eigene-domain.test"), QStringLiteral("thunderbird-prefs"),
                                                 {QStringLiteral("--username"), QStringLiteral("web123p4")}));
    QCOMPARE(given.exitCode, 0);
    QVERIFY(given.out.contains(QLatin1String("user_pref(\"mail.server.server1.userName\", \"web123p4\");")));
}

void TestCliExport::helpFormatPrintsTheSteps()
{
    const auto run = m_cli.run({QStringLiteral("export"), QStringLiteral("--help-format"), QStringLiteral("thunderbird-zip"),
                                QStringLiteral("--lang"), QStringLiteral("both")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Thunderbird-Profilimport (ZIP):\n1. ")));
    QVERIFY(run.out.contains(QStringLiteral("Thunderbird profile import (ZIP):\n1. ")));
    QVERIFY(run.out.indexOf(QStringLiteral("Profilimport")) < run.out.indexOf(QStringLiteral("profile import")));
    const auto help = m_cli.run({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QLatin1String("export ADDRESS --format FORMAT")));
}

void TestCliExport::pdfSheet()
{
    const QString output = m_dir->filePath(QStringLiteral("sheet.pdf"));
    const auto run = m_cli.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-pdf"),
                                               {QStringLiteral("--output"), output, QStringLiteral("--lang"), QStringLiteral("both")}));
    QCOMPARE(run.exitCode, 0);
    const QByteArray pdf = readFile(output);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF's text is not checked");
    QProcess process;
    process.start(pdftotext, {output, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    // Line breaks and ligatures (ff) as pdftotext extracts them do not matter.
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    // (pdftotext joins a hyphenated line break, so the long headings are checked without the address)
    for (const char *expected : {"E-Mail-Einstellungen für", "E-mail settings for",
                                 "imap.beispiel-mail.test", "smtp.beispiel-mail.test", "Verwendete Begriffe"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
}

void TestCliExport::onlyPdfNeedsTheGuiApplication()
{
    using mailsetup::cli::needsGuiApplication;
    const QString program = QStringLiteral("mailsetup");
    QVERIFY(needsGuiApplication({program, QStringLiteral("export"), QStringLiteral("a@b.c"), QStringLiteral("--format"),
                                 QStringLiteral("sheet-pdf")}));
    QVERIFY(needsGuiApplication({program, QStringLiteral("export"), QStringLiteral("--format=sheet-pdf"), QStringLiteral("a@b.c")}));
    QVERIFY(!needsGuiApplication({program, QStringLiteral("export"), QStringLiteral("a@b.c"), QStringLiteral("--format"),
                                  QStringLiteral("sheet-html")}));
    QVERIFY(!needsGuiApplication({program, QStringLiteral("lookup"), QStringLiteral("sheet-pdf")}));
    QVERIFY(!needsGuiApplication({program, QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("sheet-pdf")}));

    // With a platform plugin that does not exist, only a QGuiApplication would fail to start.
    CliRunner broken;
    broken.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    QCOMPARE(broken.run({QStringLiteral("lookup"), QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("--catalog"), kCatalog}).exitCode, 0);
    QCOMPARE(broken.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-html"))).exitCode, 0);
    // Without QT_QPA_PLATFORM the PDF export chooses offscreen itself (no display needed).
    CliRunner headless;
    headless.unsetEnvironment(QStringLiteral("QT_QPA_PLATFORM"));
    headless.unsetEnvironment(QStringLiteral("DISPLAY"));
    headless.unsetEnvironment(QStringLiteral("WAYLAND_DISPLAY"));
    const auto pdf = headless.run(exportArguments(QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("sheet-pdf")));
    QCOMPARE(pdf.exitCode, 0);
    QVERIFY(pdf.rawOut.startsWith("%PDF-"));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
