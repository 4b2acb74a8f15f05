// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogDiagnostic.h"

namespace mailsetup {

QString CatalogDiagnostic::toString(Severity severity) const
{
    const QString word = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    if (line <= 0)
        return QStringLiteral("%1: %2: %3").arg(file, word, message);
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file, QString::number(line), QString::number(column), word, message);
}

} // namespace mailsetup
