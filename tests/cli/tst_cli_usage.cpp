// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString kCatalog = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/export/providers.yaml");
const QString kValidCatalog = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml");
const QString kFolderWithoutXml = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs");

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

/// Makes creating any GUI application fail for `cli`: no display, and a platform plugin that
/// does not exist. What must work without a GUI is run so.
void makeHeadless(CliRunner &cli)
{
    cli.unsetEnvironment(QStringLiteral("DISPLAY"));
    cli.unsetEnvironment(QStringLiteral("WAYLAND_DISPLAY"));
    cli.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
}

} // namespace

/// Every mistake on the command line: one clear message, in the right language and form, and
/// the right exit code (docs/cli.md).
class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { makeHeadless(m_cli); }
    void optionsBeforeTheCommand_data();
    void optionsBeforeTheCommand();
    void wizardMistakesNeedNoDisplay_data();
    void wizardMistakesNeedNoDisplay();
    void whatNeedsTheGuiApplication();
    void jsonUsageErrors_data();
    void jsonUsageErrors();
    void textUsageErrorsOnlyOnStderr();
    void messagesFollowTheLanguage_data();
    void messagesFollowTheLanguage();
    void catalogStatsTextFollowsTheLanguage();
    void catalogStatsJsonIsTheSameInEveryLanguage();
    void checkSuggestsLikeLookup();
    void outputMustBeARegularFile_data();
    void outputMustBeARegularFile();
    void failingStandardOutputIsAnError_data();
    void failingStandardOutputIsAnError();
    void pdfWithoutRuntimeDirectoryIsQuiet();
    void brokenUserCatalogIsAWarningInStats();
    void helpFitsEightyColumns_data();
    void helpFitsEightyColumns();
    void helpNamesWhatApplies();

private:
    CliRunner m_cli;
};

void TestCliUsage::optionsBeforeTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--lang") << words("--lang de lookup anna@gmx.de") << "Quelle: eingebauter Katalog";
    QTest::newRow("--lang=") << words("--lang=de lookup anna@gmx.de") << "Quelle: eingebauter Katalog";
    QTest::newRow("--format") << words("--format json lookup anna@gmx.de") << "\"found\": true";
    QTest::newRow("--catalog") << QStringList{QStringLiteral("--catalog"), kCatalog, QStringLiteral("--format=json"),
                                              QStringLiteral("lookup"), QStringLiteral("anna@beispiel-mail.test")}
                               << "\"source\": \"user-catalog\"";
    QTest::newRow("before catalog stats") << words("--format json catalog stats") << "\"layers\"";
    QTest::newRow("before catalog check") << QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                         QStringLiteral("catalog"), QStringLiteral("check"), kValidCatalog}
                                          << "\"ok\": true";
    QTest::newRow("before --help") << words("--lang de --help") << "Usage: mailsetup";
}

void TestCliUsage::optionsBeforeTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto run = m_cli.run(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCliUsage::wizardMistakesNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("-x") << words("-x") << "mailsetup: Unknown option -x.";
    QTest::newRow("--bogus") << words("--bogus") << "mailsetup: Unknown option --bogus.";
    QTest::newRow("-x after an address") << words("anna@gmx.de -x") << "Unknown option -x.";
    QTest::newRow("--lang without value") << words("--lang") << "--lang needs a value";
    QTest::newRow("--lang fr") << words("--lang fr") << "Unknown language fr";
    QTest::newRow("two addresses") << words("a@b.de c@d.de") << "Only one address can be given.";
    QTest::newRow("German, --lang after") << words("--bogus --lang de") << "Unbekannte Option --bogus.";
}

void TestCliUsage::wizardMistakesNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(message), 1);
    QVERIFY2(run.err.contains(QLatin1String("mailsetup --help")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliUsage::whatNeedsTheGuiApplication()
{
    using namespace mailsetup::cli;
    const QStringList program{QStringLiteral("mailsetup")};
    QVERIFY(isCommandLineInvocation(program + words("--lang de lookup a@b.de")));
    QVERIFY(isCommandLineInvocation(program + words("--format json --bogus")));
    QVERIFY(isCommandLineInvocation(program + words("--catalog x.yaml")));
    QVERIFY(!isCommandLineInvocation(program + words("--lang de a@b.de")));
    QVERIFY(!isCommandLineInvocation(program + words("--bogus")));
    QVERIFY(needsGuiApplication(program + words("--lang de export a@b.de --format sheet-pdf")));
    QVERIFY(needsGuiApplication(program + words("--format sheet-pdf export a@b.de")));
    QVERIFY(!needsGuiApplication(program + words("--format json lookup a@b.de")));
    QVERIFY(!needsGuiApplication(program + words("--lang de export a@b.de --format sheet-html")));
}

void TestCliUsage::jsonUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << words("lookup a@b.de --frob --format json") << "unknown option '--frob'";
    QTest::newRow("unknown single-dash option") << words("--format json lookup a@b.de -x") << "unknown option '-x'";
    QTest::newRow("missing address") << words("--format json lookup") << "an e-mail address is required";
    QTest::newRow("missing value") << words("lookup a@b.de --format json --catalog") << "--catalog needs a value";
    QTest::newRow("bad --lang") << words("lookup a@b.de --format json --lang fr") << "--lang must be de, en or both, not 'fr'";
    QTest::newRow("bad --timeout") << words("check a@b.de --format json --timeout soon")
                                   << "--timeout must be a number of seconds";
    QTest::newRow("--dns-server without --online") << words("lookup a@b.de --format json --dns-server 127.0.0.1")
                                                    << "--dns-server needs --online";
    QTest::newRow("--format twice") << words("lookup a@b.de --format json --format json") << "--format may be given only once";
    QTest::newRow("--format twice, differently") << words("--format json catalog stats --format text")
                                                 << "--format may be given only once";
    QTest::newRow("surplus argument") << words("catalog stats extra --format json") << "catalog stats takes no arguments, not 'extra'";
    QTest::newRow("unknown command") << words("--format json frobnicate") << "unknown command 'frobnicate'";
    QTest::newRow("unknown option, no command") << words("--format json --bogus") << "unknown option '--bogus'";
    QTest::newRow("options without a command") << words("--format json") << "a command is needed after the options";
}

void TestCliUsage::jsonUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.rawOut, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(), qPrintable(run.out));
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(message), qPrintable(run.out));
    // The contract's message on stderr for every non-zero exit, once.
    QCOMPARE(run.err.count(message), 1);
}

void TestCliUsage::textUsageErrorsOnlyOnStderr()
{
    const auto run = m_cli.run(words("lookup a@b.de --frob"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QStringLiteral("mailsetup lookup: unknown option '--frob'\nTry 'mailsetup lookup --help'.\n"));
    const auto two = m_cli.run(words("lookup a@b.de --lang fr --format xml"));
    QCOMPARE(two.exitCode, 2);
    QCOMPARE(two.err.count(QLatin1String("mailsetup lookup: ")), 1); // the first mistake, not a list
}

void TestCliUsage::messagesFollowTheLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option, --lang first") << words("--lang de lookup a@b.de --frob") << "C.UTF-8"
                                                  << "unbekannte Option „--frob“";
    QTest::newRow("German system") << words("lookup") << "de_DE.UTF-8" << "eine E-Mail-Adresse ist nötig";
    QTest::newRow("--lang en on a German system") << words("lookup --lang en") << "de_DE.UTF-8"
                                                  << "an e-mail address is required";
    QTest::newRow("not found") << words("lookup anna@nirgendwo-beispiel.test --lang de") << "C.UTF-8"
                               << "keine Einstellungen für nirgendwo-beispiel.test bekannt";
    QTest::newRow("--lang both: German first") << words("lookup anna@gmx.dee --lang both") << "C.UTF-8"
                                               << "keine Einstellungen für gmx.dee bekannt (meinten Sie anna@gmx.de?)";
    QTest::newRow("not a file") << words("export anna@gmx.de --format sheet-text --output /dev/null --lang de") << "C.UTF-8"
                                << "/dev/null ist keine normale Datei";
    QTest::newRow("catalog command") << words("--lang de catalog") << "C.UTF-8" << "welcher catalog-Befehl?";

    // Messages that core code builds (ConnectionOverrides, IspdbImporter): German, and English as it was.
    QTest::newRow("--resolve, de") << words("lookup anna@gmx.de --online --resolve a.test:443 --lang de") << "C.UTF-8"
                                   << "mailsetup lookup: ungültige Angabe für --resolve „a.test:443“: zu wenige Teile "
                                      "(erwartet: HOST:PORT:ADRESSE[:ZIELPORT])\n";
    QTest::newRow("--resolve, en") << words("lookup anna@gmx.de --online --resolve a.test:443 --lang en") << "de_DE.UTF-8"
                                   << "mailsetup lookup: invalid --resolve 'a.test:443': too few parts "
                                      "(expected HOST:PORT:ADDRESS[:TARGETPORT])\n";
    QTest::newRow("--resolve port, de") << words("lookup anna@gmx.de --online --resolve a.test:x:127.0.0.1 --lang de")
                                        << "C.UTF-8" << "PORT muss eine Zahl von 1 bis 65535 sein";
    const QStringList caFile{QStringLiteral("lookup"), QStringLiteral("anna@gmx.de"), QStringLiteral("--online"),
                             QStringLiteral("--ca-file"), kValidCatalog, QStringLiteral("--lang")};
    QTest::newRow("--ca-file, de") << caFile + QStringList{QStringLiteral("de")} << "C.UTF-8"
                                   << QStringLiteral("--ca-file: %1: enthält kein lesbares PEM-Zertifikat\n").arg(kValidCatalog);
    QTest::newRow("--ca-file, en") << caFile + QStringList{QStringLiteral("en")} << "de_DE.UTF-8"
                                   << QStringLiteral("--ca-file: %1: no PEM certificate could be read\n").arg(kValidCatalog);
    QTest::newRow("--ca-file too large, de") << words("lookup anna@gmx.de --online --ca-file /dev/zero --lang de")
                                             << "C.UTF-8"
                                             << "/dev/zero: größer als 4 MiB – so groß ist keine Datei mit "
                                                "Zertifizierungsstellen";
    struct ImportCase {
        const char *name;
        QString folder;
        const char *german;
        const char *english;
    };
    const QString missing = kFolderWithoutXml + QStringLiteral("/no-such-folder");
    const ImportCase importCases[] = {
        {"ISPDB folder missing", missing, "Ordner %1 wurde nicht gefunden", "folder %1 not found"},
        {"ISPDB folder without XML", kFolderWithoutXml, "keine .xml-Dateien in %1", "no .xml files in %1"},
        {"ISPDB folder is a file", kValidCatalog, "%1 ist kein Ordner", "%1 is not a folder"},
    };
    for (const ImportCase &importCase : importCases) {
        const QStringList arguments{QStringLiteral("catalog"), QStringLiteral("import-ispdb"), importCase.folder,
                                    QStringLiteral("--lang")};
        const QString line = QStringLiteral("mailsetup catalog import-ispdb: %1\n");
        QTest::addRow("%s, de", importCase.name) << arguments + QStringList{QStringLiteral("de")} << "C.UTF-8"
                                                 << line.arg(QString::fromUtf8(importCase.german).arg(importCase.folder));
        QTest::addRow("%s, en", importCase.name) << arguments + QStringList{QStringLiteral("en")} << "de_DE.UTF-8"
                                                 << line.arg(QString::fromUtf8(importCase.english).arg(importCase.folder));
    }
}

void TestCliUsage::messagesFollowTheLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(QString, message);
    CliRunner cli;
    makeHeadless(cli);
    cli.setEnvironment(QStringLiteral("LC_ALL"), locale);
    const auto run = cli.run(arguments);
    QVERIFY(run.exitCode > 0);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliUsage::catalogStatsTextFollowsTheLanguage()
{
    const auto german = m_cli.run(words("catalog stats --lang de"));
    const auto english = m_cli.run(words("catalog stats --lang en"));
    QCOMPARE(german.exitCode, 0);
    QCOMPARE(english.exitCode, 0);

    // English is worded and aligned as it always was.
    static const QRegularExpression englishForm(QStringLiteral(
        "^Providers: \\d+ \\(\\d+ hosters\\)\n"
        "Domains:   \\d+\n"
        "Statuses:  \\d+ active, \\d+ defunct, \\d+ merged, \\d+ unverified\n"
        "Oldest verification: \\d{4}-\\d\\d-\\d\\d \\([a-z0-9.-]+\\); \\d+ entries older than 18 months\n"
        "\n"
        "Layers \\(highest first\\):\n"
        "(  .+ \\[[a-z-]+\\]: \\d+ providers, \\d+ domains, snapshot \\d{4}-\\d\\d-\\d\\d(, commit [0-9a-f]{12})?\n){2}$"));
    QVERIFY2(englishForm.match(english.out).hasMatch(), qPrintable(english.out));

    static const QRegularExpression germanForm(QStringLiteral(
        "^Anbieter: \\d+ \\(davon \\d+ Hoster\\)\n"
        "Domains:  \\d+\n"
        "Status:   \\d+ aktiv, \\d+ eingestellt, \\d+ übernommen, \\d+ nicht bestätigt\n"
        "Am längsten ungeprüft: [a-z0-9.-]+ \\(geprüft am \\d{4}-\\d\\d-\\d\\d\\); \\d+ (Eintrag ist|Einträge sind) älter als "
        "18 Monate\n"
        "\n"
        "Katalogebenen \\(höchste zuerst\\):\n"
        "(  .+ \\[[a-z-]+\\]: \\d+ Anbieter, \\d+ Domains?, Stand \\d{4}-\\d\\d-\\d\\d(, Commit [0-9a-f]{12})?\n){2}$"));
    QVERIFY2(germanForm.match(german.out).hasMatch(), qPrintable(german.out));
    // The bundled layers are named in the reader's language too; JSON keeps the English names.
    QVERIFY2(german.out.contains(QStringLiteral("  eingebauter Katalog providers.yaml [catalog]: ")), qPrintable(german.out));
    QVERIFY2(german.out.contains(QStringLiteral("  eingebauter ISPDB-Import [ispdb]: ")), qPrintable(german.out));
    QVERIFY2(english.out.contains(QStringLiteral("  bundled providers.yaml [catalog]: ")), qPrintable(english.out));

    // Only the words differ: the same numbers, dates, ids and files in both.
    const auto tokens = [](const QString &text) {
        static const QRegularExpression token(QStringLiteral("[0-9][0-9a-z.-]*|/\\S+"));
        QStringList found;
        for (const auto &match : token.globalMatch(text))
            found.append(match.captured());
        found.sort();
        return found;
    };
    QCOMPARE(tokens(german.out), tokens(english.out));

    // both: German, a blank line, English.
    QCOMPARE(m_cli.run(words("catalog stats --lang both")).out, QString(german.out + u'\n' + english.out));
}

void TestCliUsage::catalogStatsJsonIsTheSameInEveryLanguage()
{
    const auto english = m_cli.run(words("catalog stats --format json --lang en"));
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.json().contains(QStringLiteral("statuses")));
    for (const char *language : {"de", "both"}) {
        const auto run = m_cli.run({QStringLiteral("catalog"), QStringLiteral("stats"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--lang"), QString::fromLatin1(language)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.rawOut, english.rawOut);
    }
}

void TestCliUsage::checkSuggestsLikeLookup()
{
    const auto lookup = m_cli.run(words("lookup anna@gmx.dr"));
    const auto check = m_cli.run(words("check anna@gmx.dr"));
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QLatin1String("(did you mean anna@gmx.de?)")), qPrintable(check.err));
    // The same sentence as lookup's.
    QCOMPARE(QString(check.err).remove(QStringLiteral("mailsetup check: ")),
             QString(lookup.err).remove(QStringLiteral("mailsetup lookup: ")));
    const auto json = m_cli.run(words("check anna@gmx.dr --format json"));
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(QStringLiteral("suggestion")).toString(), QStringLiteral("anna@gmx.de"));
}

void TestCliUsage::outputMustBeARegularFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString directory = QDir::tempPath();
    QTest::newRow("/dev/null") << words("export anna@gmx.de --format sheet-text --output /dev/null") << 1
                               << "/dev/null is not a regular file";
    QTest::newRow("/dev/full, forced") << words("export anna@gmx.de --format sheet-text --output /dev/full --force") << 1
                                       << "/dev/full is not a regular file";
    QTest::newRow("directory") << words("export anna@gmx.de --format sheet-text --force --output") + QStringList{directory}
                               << 1 << directory + QStringLiteral(" is not a regular file");
    QTest::newRow("empty name") << words("export anna@gmx.de --format sheet-text") + QStringList{QStringLiteral("--output"), {}}
                                << 2 << "--output needs a file name";
    QTest::newRow("catalog import") << QStringList{QStringLiteral("catalog"), QStringLiteral("import-ispdb"),
                                                   QStringLiteral(MAILSETUP_TEST_DATA_DIR "/ispdb/folder"),
                                                   QStringLiteral("--output"), QStringLiteral("/dev/null")}
                                    << 1 << "/dev/null is not a regular file";
}

void TestCliUsage::outputMustBeARegularFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliUsage::failingStandardOutputIsAnError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("lookup text") << words("lookup anna@gmx.de");
    QTest::newRow("lookup json") << words("lookup anna@gmx.de --format json");
    QTest::newRow("catalog stats") << words("catalog stats");
    QTest::newRow("help") << words("--help");
    QTest::newRow("export") << words("export anna@gmx.de --format sheet-text");
}

void TestCliUsage::failingStandardOutputIsAnError()
{
    QFETCH(QStringList, arguments);
    CliRunner cli;
    makeHeadless(cli);
    cli.setStandardOutputFile(QStringLiteral("/dev/full"));
    const auto run = cli.run(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("cannot write to standard output: No space left on device")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1String("cannot write")), 1);
}

void TestCliUsage::pdfWithoutRuntimeDirectoryIsQuiet()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CliRunner cli;
    for (const char *name : {"XDG_RUNTIME_DIR", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        cli.unsetEnvironment(QString::fromLatin1(name));
    const QString output = dir.filePath(QStringLiteral("sheet.pdf"));
    const auto run = cli.run({QStringLiteral("export"), QStringLiteral("anna@gmx.de"), QStringLiteral("--format"),
                              QStringLiteral("sheet-pdf"), QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QFile pdf(output);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestCliUsage::brokenUserCatalogIsAWarningInStats()
{
    CliRunner cli;
    makeHeadless(cli);
    const QString file = cli.configHome() + QStringLiteral("/mailsetup/providers.yaml");
    QVERIFY(QDir().mkpath(cli.configHome() + QStringLiteral("/mailsetup")));
    QVERIFY(QFile::copy(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/three-errors.yaml"), file));
    const auto run = cli.run(words("catalog stats --format json"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(file + QStringLiteral(":6:13: warning: ")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String(" error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("mailsetup: warning: %1 has errors and is ignored").arg(file)), qPrintable(run.err));
    const QJsonArray ignored = run.json().value(QStringLiteral("ignored")).toArray();
    QVERIFY(!ignored.isEmpty());
    QCOMPARE(ignored.at(0)[QStringLiteral("file")].toString(), file);
    QCOMPARE(ignored.at(0)[QStringLiteral("line")].toInt(), 6);
    // Without a broken file the list is there and empty.
    QCOMPARE(m_cli.run(words("catalog stats --format json")).json().value(QStringLiteral("ignored")).toArray().size(), 0);
}

void TestCliUsage::helpFitsEightyColumns_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char *command : {"", "lookup", "export", "check", "catalog", "catalog check", "catalog stats",
                                "catalog import-ispdb"}) {
        QTest::newRow(*command ? command : "top level") << words(command) + QStringList{QStringLiteral("--help")};
    }
}

void TestCliUsage::helpFitsEightyColumns()
{
    QFETCH(QStringList, arguments);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.out.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 80, qPrintable(line));
    // A URL is never cut in two: each one ends at a space, a bracket or the end of the line.
    static const QRegularExpression url(QStringLiteral("https?://\\S*"));
    for (const QString &line : lines) {
        for (auto it = url.globalMatch(line); it.hasNext();) {
            const QString found = it.next().captured();
            QVERIFY2(found.endsWith(u'/') || found.endsWith(u')') || found.endsWith(u'.') || found == QLatin1String("http://"),
                     qPrintable(found));
        }
    }
}

void TestCliUsage::helpNamesWhatApplies()
{
    const QString help = m_cli.run(words("--help")).out;
    QVERIFY2(help.contains(QLatin1String("catalog stats [--format text|json] [--catalog FILE]...")), qPrintable(help));
    QVERIFY(help.contains(QLatin1String("--lang, --format and --catalog may also come before COMMAND")));
    QVERIFY(m_cli.run(words("lookup --help")).out.contains(QLatin1String("https://live.thunderbird.net/autoconfig/v1.1/")));
    const QString catalogCheck = m_cli.run(words("catalog check --help")).out;
    QVERIFY2(catalogCheck.contains(QLatin1String("docs/catalog.md")), qPrintable(catalogCheck));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
