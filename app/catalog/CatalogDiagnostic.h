// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mailsetup {

/// One problem in a catalog file, with a 1-based position (0 when the file as a whole is meant).
struct CatalogDiagnostic {
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    enum class Severity { Error, Warning };

    /// "FILE:LINE:COLUMN: error: MESSAGE" (or "warning:"), the form compilers and editors understand.
    [[nodiscard]] QString toString(Severity severity = Severity::Error) const;
    friend bool operator==(const CatalogDiagnostic &, const CatalogDiagnostic &) = default;
};

using CatalogDiagnostics = QList<CatalogDiagnostic>;

} // namespace mailsetup
