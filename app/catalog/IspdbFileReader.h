// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/IspdbImporter.h"

namespace mailsetup {

/// Reads one ISPDB clientConfig file into a provider, with a warning for everything it skips.
/// Leaves id uniqueness, cross-file duplicates and the `verified` fields to IspdbImporter.
class IspdbFileReader
{
public:
    /// `fileName` is used in warnings only. The caller enforces the size limit.
    [[nodiscard]] static IspdbImporter::FileResult read(const QByteArray &xml, const QString &fileName);
};

} // namespace mailsetup
