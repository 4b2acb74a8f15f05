// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogDiagnostic.h"

namespace mailsetup {

QString CatalogDiagnostic::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: error: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: error: %4")
        .arg(file, QString::number(line), QString::number(column), message);
}

} // namespace mailsetup
