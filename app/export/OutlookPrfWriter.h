// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"

#include <optional>

namespace mailsetup {

/// Writes an Outlook profile file (PRF) for `outlook.exe /importprf`: one IMAP (`IMAP_I_Mail`) or
/// POP3 (`I_Mail`) account with the Section 7 mapping line of every key it uses.
///
/// PRF is an INI file without any escaping: values end at the line end, surrounding space and
/// one pair of surrounding quotes are stripped by Windows. So line breaks in values become
/// spaces and a value wrapped in quotes gets a second pair. The file is Windows-1252 (the 8-bit
/// text the Office Customization Tool writes) with CRLF line ends; characters outside
/// Windows-1252 become `?` in names, and an address or login containing one is refused.
/// PRF cannot express OAuth2: OAuth2-only providers are refused.
class OutlookPrfWriter
{
public:
    [[nodiscard]] static ExportBytes write(const ExportAccount &account);

    /// `text` in Windows-1252, or nothing if a character has no Windows-1252 code.
    [[nodiscard]] static std::optional<QByteArray> toWindows1252(const QString &text);
    /// A value as Windows reads it back unchanged: one line, not trimmed away, quotes kept.
    [[nodiscard]] static QString iniValue(const QString &text);
};

} // namespace mailsetup
