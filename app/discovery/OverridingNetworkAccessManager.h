// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/ConnectionOverrides.h"

#include <QNetworkAccessManager>

namespace mailsetup {

/// The access manager online discovery uses: the system's proxy settings, the extra trusted
/// certificate authorities, and `--resolve` rewriting.
///
/// A request for an overridden HOST:PORT goes to ADDRESS (and TARGETPORT) while the certificate
/// is still verified for HOST (QNetworkRequest::setPeerVerifyName, which also sets TLS SNI) and
/// the Host header still names HOST, so the server sees the request it would normally get.
class OverridingNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverridingNetworkAccessManager)

public:
    explicit OverridingNetworkAccessManager(ConnectionOverrides overrides, QObject *parent = nullptr);

    /// The request as it is really sent: rewritten URL, peer verify name, Host header, TLS setup.
    [[nodiscard]] static QNetworkRequest rewritten(const QNetworkRequest &request, const ConnectionOverrides &overrides);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override;

private:
    ConnectionOverrides m_overrides;
};

} // namespace mailsetup
