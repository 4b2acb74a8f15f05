// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"

namespace mailsetup {

/// The profile ZIP for Thunderbird's "Import from another Thunderbird installation": a single
/// `prefs.js` at the archive's root (Thunderbird 153 reads only `<root>/prefs.js`, or the same
/// inside a lone top folder), holding just the account (ThunderbirdPrefsWriter::ProfileImport).
class ThunderbirdZipWriter
{
public:
    [[nodiscard]] static ExportBytes write(const ExportAccount &account);
};

} // namespace mailsetup
