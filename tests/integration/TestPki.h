// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QStringList>

/// A throw-away certificate authority made with openssl at test time: a CA and server
/// certificates for the names a test needs. Nothing is stored outside the test's directory.
class TestPki
{
public:
    explicit TestPki(const QString &directory) : m_dir(directory) {}

    /// Creates the CA; false (with errorString()) if openssl fails.
    bool createAuthority()
    {
        return openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days",
                        "2", "-keyout", path("ca.key"), "-out", caFile(), "-subj", "/O=Mailsetup Test CA/CN=Mailsetup Test CA",
                        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"});
    }

    /// A server certificate `name`.pem / `name`.key signed by the CA, valid for `dnsNames` and 127.0.0.1.
    bool createServer(const QString &name, const QStringList &dnsNames)
    {
        QStringList alternatives;
        for (const QString &dns : dnsNames)
            alternatives.append(QStringLiteral("DNS:") + dns);
        alternatives.append(QStringLiteral("IP:127.0.0.1"));
        QFile extensions(path(name + QStringLiteral(".ext")));
        if (!extensions.open(QIODevice::WriteOnly))
            return false;
        extensions.write("subjectAltName=" + alternatives.join(u',').toUtf8()
                         + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        extensions.close();
        return openssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                        keyFile(name), "-out", path(name + QStringLiteral(".csr")), "-subj",
                        QStringLiteral("/CN=") + dnsNames.value(0, QStringLiteral("localhost"))})
               && openssl({"x509", "-req", "-in", path(name + QStringLiteral(".csr")), "-CA", caFile(), "-CAkey",
                           path("ca.key"), "-CAcreateserial", "-days", "2", "-out", certificateFile(name), "-extfile",
                           extensions.fileName()});
    }

    [[nodiscard]] QString caFile() const { return path("ca.pem"); }
    [[nodiscard]] QString certificateFile(const QString &name) const { return path(name + QStringLiteral(".pem")); }
    [[nodiscard]] QString keyFile(const QString &name) const { return path(name + QStringLiteral(".key")); }
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1 failed: %2").arg(arguments.constFirst(), QString::fromUtf8(process.readAll()));
            return false;
        }
        return true;
    }

    QDir m_dir;
    QString m_error;
};
