// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

/// Whether `text` is a link the program may show and open: an http or https URL with a host.
/// Links come from catalog files, the ISPDB and downloaded configurations (help pages, "enable
/// access" pages); anything else — javascript:, file:, a bare word — is refused at the source.
[[nodiscard]] bool isWebLink(const QString &text);

} // namespace mailsetup
