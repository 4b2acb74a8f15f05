// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// Runs the built `mailsetup` binary with a private, empty configuration home, so that no
/// user or system catalog of the machine running the tests changes the answers. The test's
/// event loop keeps running meanwhile, so servers living in the test process can answer.
class CliRunner
{
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray rawOut; ///< stdout as bytes (binary or 8-bit output)
        qint64 elapsedMs = 0;

        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    CliRunner()
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_home.filePath(QStringLiteral("etc-xdg")));
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // Tests reach their servers directly; a proxy of the machine must not interfere.
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            m_environment.remove(QString::fromLatin1(name));
    }

    /// The private HOME; configHome() and systemConfigDir() are inside it.
    [[nodiscard]] QString homePath() const { return m_home.path(); }
    [[nodiscard]] QString configHome() const { return m_home.filePath(QStringLiteral("config")); }
    [[nodiscard]] QString systemConfigDir() const { return m_home.filePath(QStringLiteral("etc-xdg")); }
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    /// Runs every command with a file size limit of 0 blocks (`ulimit -f 0`, SIGXFSZ ignored):
    /// each write fails with EFBIG as on a full disk, for root as well.
    void setNoFileSpace(bool on) { m_noFileSpace = on; }
    void unsetEnvironment(const QString &name) { m_environment.remove(name); }
    /// Sends standard output to `path` (e.g. /dev/full) instead of the test; Run::out stays empty.
    void setStandardOutputFile(const QString &path) { m_standardOutputFile = path; }

    Run run(const QStringList &arguments, const QByteArray &standardInput = {}, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        if (!m_standardOutputFile.isEmpty())
            process.setStandardOutputFile(m_standardOutputFile);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        if (m_noFileSpace) {
            process.start(QStringLiteral("/bin/sh"),
                          QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""),
                                      QStringLiteral(MAILSETUP_BINARY)}
                              + arguments);
        } else {
            process.start(QStringLiteral(MAILSETUP_BINARY), arguments);
        }
        if (!process.waitForStarted())
            return {};
        if (!standardInput.isEmpty())
            process.write(standardInput);
        process.closeWriteChannel();
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            qWarning("mailsetup %s: no end after %d ms", qPrintable(arguments.join(u' ')), timeoutMs);
            return {};
        }
        Run result;
        result.elapsedMs = clock.elapsed();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.rawOut = process.readAllStandardOutput();
        result.out = QString::fromUtf8(result.rawOut);
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (result.exitCode == -1) // a crash, or a sanitizer's report: show it, the test only sees -1
            qWarning("mailsetup %s crashed:\n%s", qPrintable(arguments.join(u' ')), qPrintable(result.err));
        return result;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    bool m_noFileSpace = false;
    QString m_standardOutputFile;
};
