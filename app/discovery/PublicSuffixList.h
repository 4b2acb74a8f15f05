// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace mailsetup {

/// The Public Suffix List (publicsuffix.org): which part of a host name a registry hands out,
/// so that `mx00.kundenserver.de` → `kundenserver.de` and `mx.example.co.uk` → `example.co.uk`.
///
/// Implements the list's algorithm (normal, wildcard `*.` and exception `!` rules, the longest
/// matching rule wins, an exception beats every other rule, the implicit rule is `*`) on
/// lower-case ACE host names. Both the ICANN and the private section are used, as browsers and
/// Thunderbird do.
class PublicSuffixList
{
public:
    PublicSuffixList() = default;

    /// Parses the list's text format (UTF-8, `//` comments, one rule per line).
    [[nodiscard]] static PublicSuffixList fromData(const QByteArray &data);

    /// The system's list (Debian: /usr/share/publicsuffix), else the copy bundled in the
    /// resources; loaded once, on first use. Empty if neither can be read.
    [[nodiscard]] static const PublicSuffixList &shared();

    /// Where shared() looks, in order.
    [[nodiscard]] static QStringList searchPaths();

    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty() && m_wildcards.isEmpty(); }
    [[nodiscard]] qsizetype ruleCount() const { return m_rules.size() + m_wildcards.size() + m_exceptions.size(); }

    /// The public suffix of `host` ("co.uk" for "mx.example.co.uk"); the last label when no rule
    /// matches. Empty for an empty or malformed host.
    [[nodiscard]] QString publicSuffix(const QString &host) const;

    /// The public suffix plus one label ("example.co.uk"); empty when `host` is itself a public
    /// suffix or malformed.
    [[nodiscard]] QString registrableDomain(const QString &host) const;

private:
    QSet<QString> m_rules;      ///< "co.uk"
    QSet<QString> m_wildcards;  ///< "ck" for the rule "*.ck"
    QSet<QString> m_exceptions; ///< "www.ck" for the rule "!www.ck"
};

} // namespace mailsetup
