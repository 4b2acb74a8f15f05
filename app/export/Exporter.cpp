// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Exporter.h"

#include "i18n/Translation.h"
#include "lookup/SettingsText.h"

namespace mailsetup {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char *id;
    const char *name;
};

// clang-format off
constexpr FormatInfo kFormats[] = {
    {ExportFormat::ThunderbirdZip, "thunderbird-zip", QT_TRANSLATE_NOOP("Exporter", "Thunderbird profile import (ZIP)")},
    {ExportFormat::ThunderbirdPrefs, "thunderbird-prefs", QT_TRANSLATE_NOOP("Exporter", "Thunderbird preferences (user.js)")},
    {ExportFormat::ThunderbirdAutoconfig, "thunderbird-autoconfig", QT_TRANSLATE_NOOP("Exporter", "Autoconfig file (config-v1.1.xml)")},
    {ExportFormat::OutlookPrf, "outlook-prf", QT_TRANSLATE_NOOP("Exporter", "Outlook profile (PRF)")},
    {ExportFormat::OutlookAutodiscover, "outlook-autodiscover", QT_TRANSLATE_NOOP("Exporter", "Outlook Autodiscover (XML)")},
    {ExportFormat::AppleMobileconfig, "apple-mobileconfig", QT_TRANSLATE_NOOP("Exporter", "Apple profile (.mobileconfig)")},
    {ExportFormat::SheetText, "sheet-text", QT_TRANSLATE_NOOP("Exporter", "Settings sheet (text)")},
    {ExportFormat::SheetHtml, "sheet-html", QT_TRANSLATE_NOOP("Exporter", "Settings sheet (HTML)")},
    {ExportFormat::SheetPdf, "sheet-pdf", QT_TRANSLATE_NOOP("Exporter", "Settings sheet (PDF)")},
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

QString Exporter::importInstructions(ExportFormat, Language)
{
    return {}; // written with the exporters
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
    if (format == ExportFormat::SheetText) {
        QString text;
        for (const Language language : request.languages)
            text += SettingsText::formatResult(request.result, language) + u'\n';
        return ExportDocument{text.toUtf8(), request.result.address.addressAce() + QStringLiteral("-settings.txt"),
                              QStringLiteral("text/plain"), false};
    }
    return ExportRefusal{{QStringLiteral("Dieses Format ist noch nicht verfügbar."), QStringLiteral("This format is not available yet.")}};
}

} // namespace mailsetup
