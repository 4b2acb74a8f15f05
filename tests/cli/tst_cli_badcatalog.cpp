// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>

/// Broken and hostile catalog files in each place a catalog comes from: given with --catalog
/// (the command refuses: exit 2, every error with its position), or lying in the user's or the
/// system's configuration folder (a warning; the bundled catalogs still answer). Each kind is
/// refused quickly — an alias bomb or a 17 MiB file is never parsed for minutes.
class TestCliBadCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explicitCatalogIsRefused_data();
    void explicitCatalogIsRefused();
    void userOrSystemCatalogIsAWarning_data();
    void userOrSystemCatalogIsAWarning();

private:
    static void addKinds();
    [[nodiscard]] QString file(const QString &kind) const { return m_dir.filePath(kind + QStringLiteral(".yaml")); }

    QTemporaryDir m_dir;
};

void TestCliBadCatalog::initTestCase()
{
    const auto write = [this](const QString &kind, const QByteArray &content) {
        QFile out(file(kind));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    };
    write(QStringLiteral("syntax"), "schema: 1\nsnapshot: 2026-01-01\nproviders:\n  - id: [unclosed\n");
    QFile schema(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/three-errors.yaml"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    write(QStringLiteral("schema"), schema.readAll());
    // 17 MiB of comments after a valid start: only the size is wrong.
    write(QStringLiteral("oversized"), "schema: 1\nsnapshot: 2026-01-01\nproviders: []\n"
                                           + QByteArray("# padding\n").repeated(17 * 1024 * 1024 / 10 + 1));
    // Ten levels of ten aliases each: 10^10 nodes if expanded.
    QByteArray bomb = "schema: 1\nsnapshot: 2026-01-01\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 10; ++level) {
        const QByteArray previous = "*x" + QByteArray::number(level - 1);
        bomb += "x" + QByteArray::number(level) + ": &x" + QByteArray::number(level) + " ["
                + QList<QByteArray>(10, previous).join(", ") + "]\n";
    }
    write(QStringLiteral("alias-bomb"), bomb + "providers: []\n");
    write(QStringLiteral("deep-nesting"), "schema: 1\nsnapshot: 2026-01-01\nproviders: " + QByteArray(100000, '[')
                                              + QByteArray(100000, ']') + "\n");
}

void TestCliBadCatalog::addKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); ///< part of the error the user reads
    QTest::newRow("syntax error") << "syntax" << "syntax.yaml:5:1: error: end of sequence flow not found";
    QTest::newRow("schema errors") << "schema" << "schema.yaml:6:13: error: status 'actve' is not one of";
    QTest::newRow("over 16 MiB") << "oversized" << "catalog files over 16 MiB are refused";
    QTest::newRow("alias bomb") << "alias-bomb" << "alias-bomb.yaml:4:10: error: aliases (*name) are not supported";
    QTest::newRow("deep nesting") << "deep-nesting" << "deep-nesting.yaml:3:200012: error: lists or mappings are nested too deeply (500 levels or more)";
}

void TestCliBadCatalog::explicitCatalogIsRefused_data()
{
    addKinds();
}

void TestCliBadCatalog::explicitCatalogIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    CliRunner cli;
    const auto run = cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--catalog"), file(kind)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String(": error: ")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
}

void TestCliBadCatalog::userOrSystemCatalogIsAWarning_data()
{
    addKinds();
}

void TestCliBadCatalog::userOrSystemCatalogIsAWarning()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    for (const bool system : {false, true}) {
        CliRunner cli;
        const QString folder = (system ? cli.systemConfigDir() : cli.configHome()) + QStringLiteral("/mailsetup");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(file(kind), folder + QStringLiteral("/providers.yaml")));
        const auto run = cli.run({QStringLiteral("lookup"), QStringLiteral("anna@gmx.ch"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("provider")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("gmx"));
        QVERIFY2(run.err.contains(folder + QStringLiteral("/providers.yaml")) && run.err.contains(QLatin1String("ignored")),
                 qPrintable(run.err));
        // Ignored and going on: a warning, not an error.
        const QString shortMessage = QString(message)
                                         .replace(kind + QStringLiteral(".yaml"), QStringLiteral("providers.yaml"))
                                         .replace(QStringLiteral(": error: "), QStringLiteral(": warning: "));
        QVERIFY2(run.err.contains(shortMessage), qPrintable(run.err));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
    }
}

QTEST_GUILESS_MAIN(TestCliBadCatalog)
#include "tst_cli_badcatalog.moc"
