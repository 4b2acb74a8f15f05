// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringView>

#include <optional>

namespace mailsetup {

/// Where to connect instead, for tests and admins (`--resolve`, `--ca-file`): the host name
/// stays what the certificate must be valid for; only the address (and optionally the port)
/// changes, as with curl's --resolve and --connect-to.
struct HostOverride {
    QString host; ///< lower case
    quint16 port = 0;
    QString address; ///< an IP address
    quint16 targetPort = 0; ///< 0: the same port

    [[nodiscard]] quint16 connectPort() const { return targetPort ? targetPort : port; }
    friend bool operator==(const HostOverride &, const HostOverride &) = default;
};

struct ConnectionOverrides {
    QList<HostOverride> resolve;
    /// Trusted in addition to the system's certificate authorities.
    QList<QSslCertificate> extraCaCertificates;

    /// `HOST:PORT:ADDRESS` or `HOST:PORT:ADDRESS:TARGETPORT`; an IPv6 ADDRESS in brackets.
    /// std::nullopt with `error` (in `language`) set if malformed.
    [[nodiscard]] static std::optional<HostOverride> parseResolve(QStringView spec, Language language, QString *error);
    /// Reads PEM certificates from `path` (at most 4 MiB) into extraCaCertificates; false with
    /// `error` (in `language`) if none.
    bool addCaFile(const QString &path, Language language, QString *error);

    /// The override for a connection to host:port, or null.
    [[nodiscard]] const HostOverride *find(const QString &host, quint16 port) const;
    /// The default TLS configuration with the extra certificate authorities added.
    [[nodiscard]] QSslConfiguration sslConfiguration() const;
};

} // namespace mailsetup
