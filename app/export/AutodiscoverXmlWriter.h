// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"

namespace mailsetup {

/// Writes the Autodiscover "POX" response (Outlook response schema 2006a) with one `Protocol`
/// block per IMAP, POP3 and SMTP server, the chosen incoming protocol first.
///
/// `SPA` and `SSL` default to "on" when missing, so every block states them, together with
/// `Encryption` (SSL = implicit TLS, TLS = STARTTLS). POX has no way to say OAuth2: servers that
/// accept nothing else are left out, and the export is refused when no incoming or no outgoing
/// server remains.
class AutodiscoverXmlWriter
{
public:
    [[nodiscard]] static ExportBytes write(const ExportAccount &account);
};

} // namespace mailsetup
