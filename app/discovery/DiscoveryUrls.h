// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

/// The addresses online discovery asks, built from the domain alone: the e-mail address itself
/// is never part of a URL (no `?emailaddress=`).
namespace mailsetup::DiscoveryUrls {

/// `https://autoconfig.<d>/mail/config-v1.1.xml`, `https://<d>/.well-known/autoconfig/mail/config-v1.1.xml`,
/// then the same two over http when `allowHttp`; highest priority first.
[[nodiscard]] QList<QUrl> autoconfig(const QString &aceDomain, bool allowHttp);

/// The ISPDB address for a domain: `{{domain}}` in the base is replaced, else the domain is
/// appended (with a `/` in between if the base lacks one).
[[nodiscard]] QUrl ispdb(const QUrl &base, const QString &aceDomain);

/// What to ask about the base domain of a hoster's MX host: its own autoconfig (https only)
/// and the ISPDB.
[[nodiscard]] QList<QUrl> forMxDomain(const QString &aceBaseDomain, const QUrl &ispdbBase);

} // namespace mailsetup::DiscoveryUrls
