// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BilingualSheet.h"

#include "i18n/Translation.h"
#include "lookup/SettingsText.h"
#include "widgets/NotesPanel.h"
#include "widgets/PageStyle.h"

#include <functional>

namespace mailsetup::ui::BilingualSheet {

namespace {

using Field = SettingsText::Field;
using Text = std::function<QString(Language)>;

QString cell(const QString &html, const QString &background)
{
    const QString colour = background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background);
    return QStringLiteral("<td%1 style=\"padding: 3px 10px 3px 4px; vertical-align: top;\">%2</td>").arg(colour, html);
}

/// A row whose two cells say the same thing, German first; `background` marks notes.
QString row(const Text &text, const QString &background = {})
{
    return QStringLiteral("<tr>%1%2</tr>")
        .arg(cell(text(Language::German), background), cell(text(Language::English), background));
}

QString heading(const Text &text)
{
    return row([&](Language language) { return QStringLiteral("<h3>%1</h3>").arg(text(language).toHtmlEscaped()); });
}

QString serverRows(const ServerSettings &server)
{
    QString html = heading([&](Language language) {
        return QStringLiteral("%1: %2").arg(
            SettingsText::directionTitle(server.protocol, language), SettingsText::protocolName(server.protocol));
    });
    for (const Field field : {Field::Server, Field::Port, Field::Encryption, Field::Username, Field::Authentication}) {
        html += row([&](Language language) {
            return QStringLiteral("%1: <b>%2</b>")
                .arg(SettingsText::fieldLabel(field, language).toHtmlEscaped(),
                    SettingsText::fieldValue(server, field, language).toHtmlEscaped());
        });
    }
    return html;
}

} // namespace

QString html(const LookupResult &result)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    html += QStringLiteral("<tr><th align=\"left\">Deutsch</th><th align=\"left\">English</th></tr>");
    if (result.provider) {
        html += row([&](Language language) {
            return QStringLiteral("<b>%1</b> — %2")
                .arg(result.provider->name.toHtmlEscaped(),
                    i18n::translate(language, "SettingsText", QT_TRANSLATE_NOOP("SettingsText", "Status: %1"))
                        .arg(SettingsText::statusName(result.provider->status, language))
                        .toHtmlEscaped());
        });
    }
    for (const Note &note : result.notes) {
        // The colours of the notes on the page: amber asks to act, blue informs.
        const QString background = QLatin1String(
            NotesPanel::needsAttention(note.kind) ? PageStyle::kAttentionBackground : PageStyle::kInfoBackground);
        html += row(
            [&](Language language) {
                return QStringLiteral("<b>%1:</b> %2")
                    .arg(SettingsText::noteKindTitle(note.kind, language).toHtmlEscaped(),
                        note.text.text(language).toHtmlEscaped());
            },
            background);
    }
    if (!result.incoming.isEmpty())
        html += serverRows(result.incoming.constFirst());
    if (!result.outgoing.isEmpty())
        html += serverRows(result.outgoing.constFirst());
    html += QStringLiteral("</table>");
    return html;
}

} // namespace mailsetup::ui::BilingualSheet
