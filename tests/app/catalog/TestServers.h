// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

/// Builds a catalog server in one expression, for expected values in the catalog tests.
inline mailsetup::ServerTemplate makeServer(mailsetup::Protocol protocol, const QString &host, quint16 port,
    mailsetup::Security security, const QList<mailsetup::AuthMethod> &auth,
    const QString &username = QStringLiteral("%EMAILADDRESS%"))
{
    mailsetup::ServerTemplate server;
    server.protocol = protocol;
    server.host = host;
    server.port = port;
    server.security = security;
    server.auth = auth;
    server.username = username;
    return server;
}
