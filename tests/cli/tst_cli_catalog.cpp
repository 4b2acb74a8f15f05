// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>

class TestCliCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkValidFile();
    void checkReportsThreeErrors();
    void checkJson();
    void checkBundledSources();
    void stats();

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

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
