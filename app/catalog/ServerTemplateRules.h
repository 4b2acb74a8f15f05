// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

class EmailAddress;

/// The placeholders of host and username templates (the ISPDB's %EMAIL…% syntax): checking
/// them in catalog files and substituting them for an address.
namespace ServerTemplateRules {

/// Empty if `host` is a valid host name, IPv4 address, %EMAILDOMAIN% template or exactly
/// %MXHOST%; else why not.
[[nodiscard]] QString checkHost(const QString &host);
/// The host in lower-case ACE form, placeholders kept.
[[nodiscard]] QString normalizedHost(const QString &host);
/// Empty if `username` uses only %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN%, has no
/// control character or line break and no space at either end (no login has them, and file
/// formats would drop or mangle them).
[[nodiscard]] QString checkUsernameTemplate(const QString &username);
/// A host that is the customer's own server, named by the domain's MX record (hosters that give
/// every contract its own server, e.g. w0123456.kasserver.com).
[[nodiscard]] bool isMxHost(const QString &host);
/// The template with the placeholders filled in; host names and domains in ACE form.
[[nodiscard]] QString substitute(const QString &text, const EmailAddress &address);

} // namespace ServerTemplateRules

} // namespace mailsetup
