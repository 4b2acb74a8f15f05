// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup::ui {

/// Renders the HTML settings sheet (Exporter, format sheet-pdf) to an A4 PDF with QTextDocument
/// and QPdfWriter. Needs a QGuiApplication (the command line starts an offscreen one for this).
/// Returns an empty array when it cannot render.
[[nodiscard]] QByteArray renderSheetPdf(const QString &html);

} // namespace mailsetup::ui
