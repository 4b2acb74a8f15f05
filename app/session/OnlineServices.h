// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/ServerCheck.h"
#include "discovery/DiscoveryTypes.h"

#include <QString>

#include <chrono>

class QNetworkAccessManager;

namespace mailsetup {

class DnsResolver;
class PublicSuffixList;

/// What the wizard needs to go online: the network, DNS and mail-server connections, made by
/// the program's start (real ones) or by a test (fakes). Nothing here is owned; it must outlive
/// the wizard.
struct OnlineServices {
    QNetworkAccessManager *network = nullptr;
    DnsResolver *dns = nullptr;
    /// Null means PublicSuffixList::shared(), read when the first search starts (not at startup).
    const PublicSuffixList *suffixes = nullptr;
    ServerCheck::TransportFactory createTransport;
    /// ISPDB address and timeouts; whether plain http is allowed is the user's choice
    /// (OnlineConsent::allowInsecureSources) and is set per search.
    DiscoveryOptions discovery;
    std::chrono::milliseconds checkTimeout = ServerCheck::kDefaultTimeout;
    /// The settings file in which the privacy choices are remembered (the program's own).
    QString settingsFile;
};

} // namespace mailsetup
