// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>

namespace {

const QString kIspdbFolder = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/ispdb/folder");
const QString kIspdbExpected = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/ispdb/folder.expected.yaml");

QStringList importArguments(const QStringList &extra = {}, const QString &commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
                            const QString &date = QStringLiteral("2026-01-31"))
{
    return QStringList{QStringLiteral("catalog"), QStringLiteral("import-ispdb"), kIspdbFolder,
                       QStringLiteral("--source-commit"), commit, QStringLiteral("--source-date"), date}
           + extra;
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkValidFile();
    void checkReportsThreeErrors();
    void checkJson();
    void checkBundledSources();
    void stats();
    void importIspdbToStdout();
    void importIspdbOutputNeverOverwritesSilently();
    void importIspdbUsageErrors_data();
    void importIspdbUsageErrors();

private:
    CliRunner m_cli;
};

void TestCliCatalog::checkValidFile()
{
    const auto run = m_cli.run({QStringLiteral("catalog"), QStringLiteral("check"), QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/valid.yaml")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("no errors (4 providers")));
}

void TestCliCatalog::checkReportsThreeErrors()
{
    const QString path = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/three-errors.yaml");
    const auto run = m_cli.run({QStringLiteral("catalog"), QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString &line : lines) {
        if (line.contains(QRegularExpression(QStringLiteral("^.+:\\d+:\\d+: error: "))))
            errors.append(line);
    }
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0), path + QStringLiteral(":6:13: error: status 'actve' is not one of: active, unverified, defunct, merged"));
}

void TestCliCatalog::checkJson()
{
    const QString path = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs/three-errors.yaml");
    const auto run = m_cli.run({QStringLiteral("catalog"), QStringLiteral("check"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 3);
    const QJsonObject first = errors.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 6);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 13);
    QVERIFY(first.value(QStringLiteral("message")).toString().contains(QLatin1String("actve")));
}

void TestCliCatalog::checkBundledSources()
{
    for (const QString &file : {QStringLiteral(MAILSETUP_SOURCE_DIR "/providers.yaml"),
                                QStringLiteral(MAILSETUP_SOURCE_DIR "/resources/catalog/ispdb.yaml")}) {
        const auto run = m_cli.run({QStringLiteral("catalog"), QStringLiteral("check"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void TestCliCatalog::stats()
{
    const auto run = m_cli.run({QStringLiteral("catalog"), QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QVERIFY(json.value(QStringLiteral("providers")).toInt() > 0);
    QVERIFY(json.value(QStringLiteral("domains")).toInt() >= json.value(QStringLiteral("providers")).toInt());
    QCOMPARE(json.value(QStringLiteral("layers")).toArray().size(), 2);
    QVERIFY(json.value(QStringLiteral("statuses")).toObject().contains(QStringLiteral("merged")));
    QVERIFY(!json.value(QStringLiteral("oldestVerified")).toObject().value(QStringLiteral("date")).toString().isEmpty());
    const auto text = m_cli.run({QStringLiteral("catalog"), QStringLiteral("stats")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QLatin1String("Providers:")));
}

void TestCliCatalog::importIspdbToStdout()
{
    const auto run = m_cli.run(importArguments());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.toUtf8(), fileContent(kIspdbExpected));
    // Warnings name the file; the summary counts what was imported.
    QVERIFY(run.err.contains(QLatin1String("beta.example.xml: warning: domain 'shared.example' skipped: already claimed by alpha.example.xml\n")));
    QVERIFY(run.err.contains(QLatin1String("zeta-not-config.xml:3: warning: file skipped: not a clientConfig file")));
    QVERIFY(run.err.contains(QLatin1String("4 providers with 5 domains imported, 5 warnings")));
    QCOMPARE(m_cli.run(importArguments()).out, run.out);
}

void TestCliCatalog::importIspdbOutputNeverOverwritesSilently()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("ispdb.yaml"));
    const auto first = m_cli.run(importArguments({QStringLiteral("--output"), output}));
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.isEmpty());
    QCOMPARE(fileContent(output), fileContent(kIspdbExpected));
    const auto check = m_cli.run({QStringLiteral("catalog"), QStringLiteral("check"), output});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));

    QFile file(output);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me\n");
    file.close();
    const auto refused = m_cli.run(importArguments({QStringLiteral("--output"), output}));
    QCOMPARE(refused.exitCode, 1); // a file that may not be written (docs/cli.md)
    QVERIFY(refused.err.contains(QLatin1String("already exists; add --force to replace it")));
    QCOMPARE(fileContent(output), QByteArray("keep me\n"));

    const auto forced = m_cli.run(importArguments({QStringLiteral("--output"), output, QStringLiteral("--force")}));
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(fileContent(output), fileContent(kIspdbExpected));
}

void TestCliCatalog::importIspdbUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString command = QStringLiteral("catalog");
    const QString import = QStringLiteral("import-ispdb");
    QTest::newRow("no folder") << QStringList{command, import} << "give exactly one ISPDB folder";
    QTest::newRow("missing folder") << QStringList{command, import, kIspdbFolder + QStringLiteral("-missing")} << "not found";
    QTest::newRow("no xml files") << QStringList{command, import, QStringLiteral(MAILSETUP_TEST_DATA_DIR "/catalogs")}
                                  << "no .xml files in";
    QTest::newRow("bad date") << importArguments({}, QStringLiteral("0123456"), QStringLiteral("2026-02-30"))
                              << "--source-date must be a date written YYYY-MM-DD, not '2026-02-30'";
    QTest::newRow("bad commit") << importArguments({}, QStringLiteral("master"))
                                << "--source-commit must be a git commit id";
    QTest::newRow("force without output") << importArguments({QStringLiteral("--force")}) << "--force needs --output FILE";
}

void TestCliCatalog::importIspdbUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
