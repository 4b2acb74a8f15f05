// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Exporter.h"

#include "export/AutoconfigXmlWriter.h"
#include "export/AutodiscoverXmlWriter.h"
#include "export/ExportAccount.h"
#include "export/ImportInstructions.h"
#include "export/MobileconfigWriter.h"
#include "export/OutlookPrfWriter.h"
#include "export/SettingsSheet.h"
#include "export/ThunderbirdPrefsWriter.h"
#include "export/ThunderbirdZipWriter.h"
#include "i18n/Translation.h"

namespace mailsetup {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char *id;
    const char *name;
    const char *fileSuffix; ///< appended to the address, or a fixed name when it starts with '='
    const char *mimeType;
    bool isBinary;
};

// clang-format off
constexpr FormatInfo kFormats[] = {
    {ExportFormat::ThunderbirdZip, "thunderbird-zip", QT_TRANSLATE_NOOP("Exporter", "Thunderbird profile import (ZIP)"), "-thunderbird.zip", "application/zip", true},
    {ExportFormat::ThunderbirdPrefs, "thunderbird-prefs", QT_TRANSLATE_NOOP("Exporter", "Thunderbird preferences (user.js)"), "=user.js", "text/plain", false},
    {ExportFormat::ThunderbirdAutoconfig, "thunderbird-autoconfig", QT_TRANSLATE_NOOP("Exporter", "Autoconfig file (config-v1.1.xml)"), "=config-v1.1.xml", "application/xml", false},
    {ExportFormat::OutlookPrf, "outlook-prf", QT_TRANSLATE_NOOP("Exporter", "Outlook profile (PRF)"), ".prf", "text/plain", false},
    {ExportFormat::OutlookAutodiscover, "outlook-autodiscover", QT_TRANSLATE_NOOP("Exporter", "Outlook Autodiscover (XML)"), "=autodiscover.xml", "application/xml", false},
    {ExportFormat::AppleMobileconfig, "apple-mobileconfig", QT_TRANSLATE_NOOP("Exporter", "Apple profile (.mobileconfig)"), ".mobileconfig", "application/x-apple-aspen-config", false},
    {ExportFormat::SheetText, "sheet-text", QT_TRANSLATE_NOOP("Exporter", "Settings sheet (text)"), "-settings.txt", "text/plain", false},
    {ExportFormat::SheetHtml, "sheet-html", QT_TRANSLATE_NOOP("Exporter", "Settings sheet (HTML)"), "-settings.html", "text/html", false},
    {ExportFormat::SheetPdf, "sheet-pdf", QT_TRANSLATE_NOOP("Exporter", "Settings sheet (PDF)"), "-settings.pdf", "text/html", true},
};
// clang-format on

const FormatInfo &infoFor(ExportFormat format)
{
    for (const auto &info : kFormats) {
        if (info.format == format)
            return info;
    }
    return kFormats[0];
}

/// A file name for the export; characters that are unsafe in file names become '_'.
QString suggestedFileName(const FormatInfo &info, const ExportAccount &account)
{
    const QString suffix = QString::fromLatin1(info.fileSuffix);
    if (suffix.startsWith(u'='))
        return suffix.mid(1);
    QString base = account.address;
    for (QChar &c : base) {
        if (!(c.isLetterOrNumber() || QStringView(u"@.+-_").contains(c)))
            c = u'_';
    }
    return base + suffix;
}

ExportBytes renderBytes(ExportFormat format, const ExportRequest &request, const ExportAccount &account)
{
    switch (format) {
    case ExportFormat::ThunderbirdZip:
        return ThunderbirdZipWriter::write(account);
    case ExportFormat::ThunderbirdPrefs:
        return ThunderbirdPrefsWriter::write(account, ThunderbirdPrefsWriter::Target::UserJs);
    case ExportFormat::ThunderbirdAutoconfig:
        return AutoconfigXmlWriter::write(account);
    case ExportFormat::OutlookPrf:
        return OutlookPrfWriter::write(account);
    case ExportFormat::OutlookAutodiscover:
        return AutodiscoverXmlWriter::write(account);
    case ExportFormat::AppleMobileconfig:
        return MobileconfigWriter::write(account, request.languages.value(0, Language::English));
    case ExportFormat::SheetText:
        return SettingsSheet::text(request, account).toUtf8();
    case ExportFormat::SheetHtml:
    case ExportFormat::SheetPdf:
        break;
    }
    return SettingsSheet::html(request, account).toUtf8();
}

} // namespace

QList<ExportFormat> Exporter::allFormats()
{
    QList<ExportFormat> formats;
    for (const auto &info : kFormats)
        formats.append(info.format);
    return formats;
}

QString Exporter::id(ExportFormat format)
{
    return QString::fromLatin1(infoFor(format).id);
}

std::optional<ExportFormat> Exporter::fromId(QStringView id)
{
    for (const auto &info : kFormats) {
        if (id == QLatin1String(info.id))
            return info.format;
    }
    return std::nullopt;
}

QString Exporter::displayName(ExportFormat format, Language language)
{
    return i18n::translate(language, "Exporter", infoFor(format).name);
}

QString Exporter::importInstructions(ExportFormat format, Language language)
{
    return ImportInstructions::forFormat(format, language);
}

QList<ExportFormat> Exporter::formatsFor(MailClient client)
{
    switch (client) {
    case MailClient::Thunderbird:
        return {ExportFormat::ThunderbirdZip, ExportFormat::ThunderbirdPrefs, ExportFormat::ThunderbirdAutoconfig};
    case MailClient::OutlookClassic:
        return {ExportFormat::OutlookPrf};
    case MailClient::OutlookNew:
        return {};
    case MailClient::AppleMail:
        return {ExportFormat::AppleMobileconfig};
    case MailClient::Other:
        break;
    }
    return {ExportFormat::SheetText, ExportFormat::SheetHtml, ExportFormat::SheetPdf};
}

std::variant<ExportDocument, ExportRefusal> Exporter::render(ExportFormat format, const ExportRequest &request)
{
    auto chosen = ExportAccount::from(request);
    if (const auto *refusal = std::get_if<ExportRefusal>(&chosen))
        return *refusal;
    const ExportAccount &account = std::get<ExportAccount>(chosen);
    ExportBytes bytes = renderBytes(format, request, account);
    if (const auto *refusal = std::get_if<ExportRefusal>(&bytes))
        return *refusal;
    const FormatInfo &info = infoFor(format);
    return ExportDocument{std::get<QByteArray>(bytes), suggestedFileName(info, account),
                          QString::fromLatin1(info.mimeType), info.isBinary};
}

} // namespace mailsetup
