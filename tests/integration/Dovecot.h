// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Loopback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

/// A private dovecot (IMAP, POP3, submission; implicit TLS ports when `ssl`) on 127.0.0.1 with
/// free high ports and one user, test@example.test / secret (toolchain.md §8). Runs as root
/// (it drops to dovenull/nobody itself); stopped by PID.
class Dovecot
{
public:
    ~Dovecot() { stop(); }

    bool start(const QString &certificateFile, const QString &keyFile, bool ssl)
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("dovecot"), {"/usr/sbin", "/usr/bin"});
        if (binary.isEmpty()) {
            m_error = QStringLiteral("dovecot is not installed (dovecot-imapd, dovecot-pop3d, dovecot-submissiond)");
            return false;
        }
        // Its login and mail processes run as other users: they must be able to reach the directory.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), m_dir.filePath(QStringLiteral("home"))});
        QFile users(m_dir.filePath(QStringLiteral("users")));
        if (!users.open(QIODevice::WriteOnly))
            return false;
        users.write("test@example.test:{PLAIN}secret\n");
        users.close();

        QStringList services{QStringLiteral("imap"), QStringLiteral("pop3"), QStringLiteral("submission")};
        if (ssl)
            services << QStringLiteral("imaps") << QStringLiteral("pop3s") << QStringLiteral("submissions");
        for (const QString &service : services)
            m_ports.insert(service, loopback::freePort());

        const QString d = m_dir.path();
        QString config = QStringLiteral(
                             "base_dir = %1/run\nstate_dir = %1/state\ninstance_name = mailsetup-test-%2\n"
                             "log_path = %1/dovecot.log\nhostname = mail.example.test\n"
                             "protocols = imap pop3 submission\nlisten = 127.0.0.1\n"
                             "auth_mechanisms = plain login\ndisable_plaintext_auth = yes\n"
                             "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/users\n}\n"
                             "userdb {\n  driver = static\n  args = uid=nobody gid=nogroup home=%1/home/%u\n}\n"
                             "mail_location = maildir:~/Maildir\n"
                             // A closed port: a login succeeds, the relay is never needed (toolchain.md §8).
                             "submission_relay_host = 127.0.0.1\nsubmission_relay_port = 9\n")
                             .arg(d, QString::number(QCoreApplication::applicationPid()) + QString::number(m_ports.value("imap")));
        if (ssl)
            config += QStringLiteral("ssl = yes\nssl_cert = <%1\nssl_key = <%2\n").arg(certificateFile, keyFile);
        else
            config += QStringLiteral("ssl = no\n");
        config += listeners(QStringLiteral("imap-login"), {QStringLiteral("imap"), QStringLiteral("imaps")});
        config += listeners(QStringLiteral("pop3-login"), {QStringLiteral("pop3"), QStringLiteral("pop3s")});
        config += listeners(QStringLiteral("submission-login"), {QStringLiteral("submission"), QStringLiteral("submissions")});
        QFile file(m_dir.filePath(QStringLiteral("dovecot.conf")));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(config.toUtf8());
        file.close();

        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary, {QStringLiteral("-F"), QStringLiteral("-c"), file.fileName()});
        if (!m_process.waitForStarted())
            return false;
        for (const quint16 port : std::as_const(m_ports)) {
            if (!loopback::waitForPort(QHostAddress::LocalHost, port)) {
                m_error = QStringLiteral("dovecot did not listen on %1: %2").arg(port).arg(QString::fromUtf8(m_process.readAll()));
                return false;
            }
        }
        return true;
    }

    /// SIGTERM now; the destructor waits (dovecot needs about a second to exit).
    void requestStop()
    {
        if (m_process.state() != QProcess::NotRunning)
            ::kill(pid_t(m_process.processId()), SIGTERM);
    }
    void stop() { loopback::stop(m_process); }

    [[nodiscard]] quint16 port(const QString &service) const { return m_ports.value(service); }
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    QString listeners(const QString &service, const QStringList &names) const
    {
        QString text = QStringLiteral("service %1 {\n").arg(service);
        for (const QString &name : names) {
            if (!m_ports.contains(name))
                continue;
            text += QStringLiteral("  inet_listener %1 {\n    port = %2\n").arg(name).arg(m_ports.value(name));
            if (name.endsWith(u's'))
                text += QStringLiteral("    ssl = yes\n");
            text += QStringLiteral("  }\n");
        }
        return text + QStringLiteral("}\n");
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QMap<QString, quint16> m_ports;
    QString m_error;
};
