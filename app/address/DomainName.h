// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address/AddressError.h"

#include <QString>
#include <QStringView>

namespace mailsetup {

/// A checked domain name in its two forms: Unicode for people, ACE (punycode) for machines.
struct DomainName {
    QString unicode; ///< lower case, e.g. "müller.de"
    QString ace;     ///< lower case ASCII, e.g. "xn--mller-kva.de"
    AddressProblem problem;

    [[nodiscard]] bool isValid() const { return !problem.isProblem(); }

    /// Checks a domain as typed (Unicode or ACE, any case). `requireDot` rejects "localhost"-like
    /// names, which cannot be mail domains on the Internet.
    [[nodiscard]] static DomainName parse(QStringView input, bool requireDot = true);

    /// `input` with every IDNA label separator (RFC 3490 3.1: the ideographic, full-width and
    /// half-width full stops) written as ".", so dot rules see what IDNA processing will see.
    [[nodiscard]] static QString withAsciiDots(QStringView input);

    /// The ACE form of a host name for output; returns the input unchanged if it is not a valid
    /// domain name (e.g. an IP address).
    [[nodiscard]] static QString toAce(const QString &host);
};

} // namespace mailsetup
