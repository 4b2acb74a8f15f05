// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../integration/TmpfsMount.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>

/// Every command that writes a file (`export --output`, `catalog import-ispdb --output`) against
/// targets nobody can write — root included, so permission bits are never used: a full disk (a
/// file size limit of 0, and with root a full tmpfs), a read-only mount (root), a path below a
/// regular file and a file of the kernel. Each must say why, exit 1 or 2, keep the old file as it
/// was and leave no temporary file behind.
class TestCliUnwritable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileSizeLimitKeepsTheOldFile_data();
    void fileSizeLimitKeepsTheOldFile();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void readOnlyMountSaysWhy_data();
    void readOnlyMountSaysWhy();
    void impossiblePathSaysWhy_data();
    void impossiblePathSaysWhy();

private:
    /// The command that writes `output` (with --force: replacing is allowed, failing is not).
    static QStringList writing(const QString &command, const QString &output);
    static void addCommands();
    static QByteArray contents(const QString &path);
    static void writeFile(const QString &path, const QByteArray &data);

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliUnwritable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestCliUnwritable::writing(const QString &command, const QString &output)
{
    if (command == QLatin1String("export")) {
        return {QStringLiteral("export"), QStringLiteral("anna@beispiel-mail.test"), QStringLiteral("--format"),
                QStringLiteral("thunderbird-zip"), QStringLiteral("--catalog"),
                QStringLiteral(MAILSETUP_TEST_DATA_DIR "/export/providers.yaml"), QStringLiteral("--output"), output,
                QStringLiteral("--force")};
    }
    return {QStringLiteral("catalog"), QStringLiteral("import-ispdb"), QStringLiteral(MAILSETUP_TEST_DATA_DIR "/ispdb/folder"),
            QStringLiteral("--source-date"), QStringLiteral("2026-11-01"), QStringLiteral("--output"), output,
            QStringLiteral("--force")};
}

void TestCliUnwritable::addCommands()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << QStringLiteral("export");
    QTest::newRow("catalog import-ispdb") << QStringLiteral("import-ispdb");
}

QByteArray TestCliUnwritable::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliUnwritable::writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

void TestCliUnwritable::fileSizeLimitKeepsTheOldFile_data()
{
    addCommands();
}

void TestCliUnwritable::fileSizeLimitKeepsTheOldFile()
{
    QFETCH(QString, command);
    const QString output = m_dir->filePath(QStringLiteral("old-file"));
    writeFile(output, "the old file");
    CliRunner noSpace;
    noSpace.setNoFileSpace(true);
    const auto run = noSpace.run(writing(command, output));
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("cannot write ") + output + QLatin1String(": File too large")), qPrintable(run.err));
    QCOMPARE(contents(output), QByteArray("the old file"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("old-file")});
}

void TestCliUnwritable::fullDiskKeepsTheOldFile_data()
{
    addCommands();
}

void TestCliUnwritable::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, command);
    TmpfsMount disk(m_dir->filePath(QStringLiteral("disk")), 64);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.errorString()));
    const QString output = disk.filePath(QStringLiteral("old-file"));
    writeFile(output, "the old file");
    QVERIFY(disk.fillUp(QStringLiteral("filler")));
    const auto run = m_cli.run(writing(command, output));
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("cannot write ") + output + QLatin1String(": No space left on device")),
             qPrintable(run.err));
    QCOMPARE(contents(output), QByteArray("the old file"));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{"filler", "old-file"}));
}

void TestCliUnwritable::readOnlyMountSaysWhy_data()
{
    addCommands();
}

void TestCliUnwritable::readOnlyMountSaysWhy()
{
    QFETCH(QString, command);
    TmpfsMount disk(m_dir->filePath(QStringLiteral("disk")), 64);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.errorString()));
    const QString existing = disk.filePath(QStringLiteral("old-file"));
    writeFile(existing, "the old file");
    QVERIFY2(disk.remountReadOnly(), qPrintable(disk.errorString()));
    // Qt checks an existing file first ("is not writable"); a new one fails with EROFS.
    const QList<QPair<QString, QString>> cases{{existing, QStringLiteral(" is not writable")},
                                               {disk.filePath(QStringLiteral("new-file")), QStringLiteral("Read-only file system")}};
    for (const auto &[output, reason] : cases) {
        const auto run = m_cli.run(writing(command, output));
        QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("cannot write ") + output) && run.err.contains(reason), qPrintable(run.err));
    }
    QCOMPARE(contents(existing), QByteArray("the old file"));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("old-file")});
}

void TestCliUnwritable::impossiblePathSaysWhy_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("reason");
    for (const char *command : {"export", "import-ispdb"}) {
        QTest::addRow("%s below a regular file", command)
            << QString::fromLatin1(command) << QStringLiteral("plain-file/out") << QStringLiteral("Not a directory");
        QTest::addRow("%s to a kernel file", command) << QString::fromLatin1(command) << QStringLiteral("/proc/version")
                                                      << QString();
    }
}

void TestCliUnwritable::impossiblePathSaysWhy()
{
    QFETCH(QString, command);
    QFETCH(QString, output);
    QFETCH(QString, reason);
    writeFile(m_dir->filePath(QStringLiteral("plain-file")), "x");
    const QString target = QDir::isAbsolutePath(output) ? output : m_dir->filePath(output);
    const QByteArray before = contents(target);
    const auto run = m_cli.run(writing(command, target));
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("cannot write ") + target) && run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(contents(target), before);
    QCOMPARE(contents(m_dir->filePath(QStringLiteral("plain-file"))), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestCliUnwritable)
#include "tst_cli_unwritable.moc"
