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

    /// Qt runs DNS questions in threads it cannot cancel and waits for them when the program
    /// ends: with glibc's defaults (5 s per try, 2 tries, per name server) a silent DNS server
    /// kept the program from ending 10–20 s after it had given its answer. Unless the user set
    /// RES_OPTIONS already, each question now gives up after two tries of 2 s. Call it first
    /// thing in main(), before any thread exists (the environment is not thread-safe).
    static void limitResolverWaiting();

    [[nodiscard]] const QHostAddress &nameserver() const { return m_nameserver; }

private:
    QHostAddress m_nameserver; ///< null: the system's resolver
};

} // namespace mailsetup
