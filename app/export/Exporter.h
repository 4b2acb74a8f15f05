// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"
#include "model/LookupResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

namespace mailsetup {

/// The export formats of `mailsetup export --format` (product.md, issue "Export").
enum class ExportFormat {
    ThunderbirdZip,
    ThunderbirdPrefs,
    ThunderbirdAutoconfig,
    OutlookPrf,
    OutlookAutodiscover,
    AppleMobileconfig,
    SheetText,
    SheetHtml,
    SheetPdf,
};

/// The mail programs the export page asks about; each accepts only some formats.
enum class MailClient { Thunderbird, OutlookClassic, OutlookNew, AppleMail, Other };

/// What to export: a found, usable lookup result and the user's choices.
struct ExportRequest {
    LookupResult result;
    QString displayName;              ///< the sender name; may be empty
    std::optional<Protocol> incoming; ///< Imap or Pop3; empty = the recommended server
    QList<Language> languages{Language::English}; ///< for sheets (German, English or both)
    /// The login for providers that assign account names (servers with a `usernameHint`);
    /// ignored for servers whose username is known.
    QString accountName;
};

/// A finished export; `data` is exactly what goes into the file or onto stdout.
struct ExportDocument {
    QByteArray data;
    QString suggestedFileName;
    QString mimeType;
    bool isBinary = false;
};

/// Why a format cannot express what the provider requires, and what to do instead.
struct ExportRefusal {
    LocalizedText reason;
};

/// Renders lookup results into the files mail programs import. Pure functions: the caller decides
/// where the bytes go (file, clipboard, stdout).
class Exporter
{
public:
    [[nodiscard]] static QList<ExportFormat> allFormats();
    /// The command-line name, e.g. "thunderbird-zip".
    [[nodiscard]] static QString id(ExportFormat format);
    [[nodiscard]] static std::optional<ExportFormat> fromId(QStringView id);
    /// A short name for people, e.g. "Thunderbird profile (ZIP)".
    [[nodiscard]] static QString displayName(ExportFormat format, Language language);
    /// Short numbered steps how to import the file into the mail program.
    [[nodiscard]] static QString importInstructions(ExportFormat format, Language language);
    /// The formats that work for a mail program, best first (empty: copy the fields by hand).
    [[nodiscard]] static QList<ExportFormat> formatsFor(MailClient client);

    /// The export, or why this format cannot express what the provider requires (and what to do
    /// instead). SheetPdf yields the HTML sheet with mime type text/html and `isBinary` set (it
    /// describes the finished file): a caller with QtGui turns it into PDF (the core does not
    /// link QtGui; see ui/print/SheetPdfRenderer). The text sheet (SheetText) suits a mailto: body.
    [[nodiscard]] static std::variant<ExportDocument, ExportRefusal> render(ExportFormat format,
                                                                            const ExportRequest &request);
};

} // namespace mailsetup
