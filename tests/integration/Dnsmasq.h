// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Loopback.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

/// A private dnsmasq answering for `.test` names on a unique 127.x address, port 53 (the only
/// port Qt 6.4's QDnsLookup can ask; binding it needs root). Stopped by PID in the destructor.
class Dnsmasq
{
public:
    ~Dnsmasq() { loopback::stop(m_process); }

    /// `records`: dnsmasq option lines (mx-host=…, srv-host=…, host-record=…).
    bool start(const QStringList &records)
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {"/usr/sbin", "/usr/bin", "/sbin"});
        if (binary.isEmpty()) {
            m_error = QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
            return false;
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_address = loopback::uniqueAddress();
            QFile config(m_dir.filePath(QStringLiteral("dnsmasq.conf")));
            if (!config.open(QIODevice::WriteOnly))
                return false;
            const QStringList lines = QStringList{QStringLiteral("listen-address=") + m_address.toString(),
                                                  "bind-interfaces", "no-resolv", "no-hosts", "no-poll", "port=53",
                                                  "local=/test/", "local-ttl=60"}
                                      + records;
            config.write(lines.join(u'\n').toUtf8() + '\n');
            config.close();
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            // --pid-file without a value: write none (the default would be the system's).
            m_process.start(binary, {QStringLiteral("--conf-file=") + config.fileName(), QStringLiteral("--keep-in-foreground"),
                                     QStringLiteral("--pid-file"),
                                     QStringLiteral("--log-facility=") + m_dir.filePath(QStringLiteral("dnsmasq.log"))});
            if (m_process.waitForStarted() && !m_process.waitForFinished(150))
                return true; // still running: it has bound its address
            m_error = QString::fromUtf8(m_process.readAll());
        }
        return false;
    }

    [[nodiscard]] QHostAddress address() const { return m_address; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QHostAddress m_address;
    QString m_error;
};
