// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoveryTypes.h"

#include <QList>

/// What online discovery will contact and what it sends, in words, so the wizard can show it
/// before asking for consent (docs/discovery.md, "Privacy").
namespace mailsetup::DiscoveryPlan {

struct Contact {
    DiscoverySourceKind source;
    QString target;       ///< a URL or "DNS"
    LocalizedText sends;  ///< "the domain example.com"
};

/// Every request discovery may make for `address`, highest priority first. The MX source may
/// additionally ask the ISPDB and autoconfig host of the mail server's domain, which is only
/// known once DNS has answered; that is one entry with a description instead of a URL.
[[nodiscard]] QList<Contact> contacts(const EmailAddress &address, const DiscoveryOptions &options);

} // namespace mailsetup::DiscoveryPlan
