// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/ConnectionOverrides.h"

#include "i18n/Translation.h"

#include <QFile>
#include <QHostAddress>

namespace mailsetup {

namespace {

constexpr char kContext[] = "ConnectionOverrides";

QString localized(Language language, const char *sourceText)
{
    return i18n::translate(language, kContext, sourceText);
}

std::optional<quint16> portFrom(QStringView text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

} // namespace

std::optional<HostOverride> ConnectionOverrides::parseResolve(QStringView spec, Language language, QString *error)
{
    auto fail = [error, spec, language](const char *why) -> std::optional<HostOverride> {
        if (error) {
            *error = localized(language, QT_TRANSLATE_NOOP("ConnectionOverrides",
                                             "invalid --resolve '%1': %2 (expected HOST:PORT:ADDRESS[:TARGETPORT])"))
                         .arg(spec.toString(), localized(language, why));
        }
        return std::nullopt;
    };
    const qsizetype firstColon = spec.indexOf(u':');
    const qsizetype secondColon = firstColon < 0 ? -1 : spec.indexOf(u':', firstColon + 1);
    if (firstColon <= 0 || secondColon < 0)
        return fail(QT_TRANSLATE_NOOP("ConnectionOverrides", "too few parts"));
    HostOverride result;
    result.host = spec.left(firstColon).toString().toLower();
    const auto port = portFrom(spec.mid(firstColon + 1, secondColon - firstColon - 1));
    if (!port)
        return fail(QT_TRANSLATE_NOOP("ConnectionOverrides", "PORT must be a number from 1 to 65535"));
    result.port = *port;

    QStringView rest = spec.mid(secondColon + 1);
    QStringView address;
    QStringView targetPort;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail(QT_TRANSLATE_NOOP("ConnectionOverrides", "missing ']'"));
        address = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(QT_TRANSLATE_NOOP("ConnectionOverrides", "unexpected text after ']'"));
        targetPort = rest.mid(1);
    } else {
        const qsizetype colon = rest.indexOf(u':');
        address = colon < 0 ? rest : rest.left(colon);
        targetPort = colon < 0 ? QStringView() : rest.mid(colon + 1);
    }
    if (QHostAddress(address.toString()).isNull())
        return fail(QT_TRANSLATE_NOOP("ConnectionOverrides", "ADDRESS must be an IP address"));
    result.address = address.toString();
    if (!targetPort.isEmpty()) {
        const auto target = portFrom(targetPort);
        if (!target)
            return fail(QT_TRANSLATE_NOOP("ConnectionOverrides", "TARGETPORT must be a number from 1 to 65535"));
        result.targetPort = *target;
    }
    return result;
}

bool ConnectionOverrides::addCaFile(const QString &path, Language language, QString *error)
{
    // Read no further than the limit: a device such as /dev/zero never ends.
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray pem = file.read(kMaxBytes + 1);
    if (pem.size() > kMaxBytes) {
        if (error)
            *error = localized(language, QT_TRANSLATE_NOOP("ConnectionOverrides",
                                             "%1: larger than 4 MiB, which no file of certificate authorities is"))
                         .arg(path);
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = localized(language,
                QT_TRANSLATE_NOOP("ConnectionOverrides", "%1: no PEM certificate could be read"))
                         .arg(path);
        return false;
    }
    extraCaCertificates += certificates;
    return true;
}

const HostOverride *ConnectionOverrides::find(const QString &host, quint16 port) const
{
    const QString lowered = host.toLower();
    for (const HostOverride &entry : resolve) {
        if (entry.host == lowered && entry.port == port)
            return &entry;
    }
    return nullptr;
}

QSslConfiguration ConnectionOverrides::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!extraCaCertificates.isEmpty())
        configuration.addCaCertificates(extraCaCertificates);
    return configuration;
}

} // namespace mailsetup
