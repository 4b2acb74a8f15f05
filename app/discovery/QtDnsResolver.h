// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DnsResolver.h"

#include <QHostAddress>

namespace mailsetup {

/// The real resolver: QDnsLookup for MX and SRV, QHostInfo for addresses.
///
/// With a nameserver set (the command line's --dns-server) every question, addresses
/// included, goes to that server through QDnsLookup. Qt 6.4 can only ask port 53.
class QtDnsResolver final : public DnsResolver
{
public:
    QtDnsResolver() = default;
    explicit QtDnsResolver(const QHostAddress &nameserver) : m_nameserver(nameserver) {}

    void lookup(Type type, const QString &name, QObject *context, Callback done) override;

    [[nodiscard]] const QHostAddress &nameserver() const { return m_nameserver; }

private:
    QHostAddress m_nameserver; ///< null: the system's resolver
};

} // namespace mailsetup
