// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address/AddressError.h"
#include "address/DomainName.h"

#include <QString>
#include <QStringView>

namespace mailsetup {

/// An e-mail address as people paste it, cleaned and checked.
///
/// Accepts surrounding space, `Name <addr>` and `mailto:addr`. The local part keeps its case,
/// the domain is lower-cased and kept in its Unicode and ACE forms.
class EmailAddress
{
public:
    EmailAddress() = default;

    [[nodiscard]] static EmailAddress parse(QStringView input);

    [[nodiscard]] bool isValid() const { return !m_problem.isProblem(); }
    [[nodiscard]] const AddressProblem &problem() const { return m_problem; }

    /// The address part of the input after removing name, `mailto:` and space.
    [[nodiscard]] const QString &cleaned() const { return m_cleaned; }
    /// The name of a `Name <addr>` input, without quotes.
    [[nodiscard]] const QString &displayName() const { return m_displayName; }
    [[nodiscard]] const QString &localPart() const { return m_localPart; }
    [[nodiscard]] const QString &domain() const { return m_domain.unicode; }
    [[nodiscard]] const QString &domainAce() const { return m_domain.ace; }
    [[nodiscard]] QString address() const;
    [[nodiscard]] QString addressAce() const;

    /// The same local part with another domain, e.g. for "Did you mean anna@gmx.de?".
    [[nodiscard]] QString withDomain(const QString &domain) const;

    /// For an address that ends with a dot ("anna@web.de."): the domain without it, else empty.
    [[nodiscard]] QString domainWithoutTrailingDot() const;

    /// Longest input parse() looks at; anything longer is refused at once.
    static constexpr qsizetype kMaxInputLength = 4096;

private:
    QString m_cleaned;
    QString m_displayName;
    QString m_localPart;
    QString m_rawDomain;
    DomainName m_domain;
    AddressProblem m_problem;
};

} // namespace mailsetup
