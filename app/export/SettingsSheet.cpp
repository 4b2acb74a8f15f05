// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SettingsSheet.h"

#include "glossary/GlossaryLinks.h"
#include "i18n/Translation.h"
#include "lookup/SettingsText.h"

namespace mailsetup {

namespace {

using SettingsText::Field;

constexpr Field kFields[] = {Field::Server, Field::Port, Field::Encryption, Field::Username, Field::Authentication};

QString tr(Language language, const char *sourceText)
{
    return i18n::translate(language, "SettingsSheet", sourceText);
}

QString title(const ExportAccount &account, Language language)
{
    return tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "E-mail settings for %1")).arg(account.address);
}

QString nameLine(const ExportAccount &account, Language language)
{
    return tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "Sender name: %1")).arg(account.displayName);
}

QString glossaryTitle(Language language)
{
    return tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "Terms used"));
}

/// The lookup result as the sheet shows it: the chosen servers first.
LookupResult sheetResult(const ExportRequest &request, const ExportAccount &account)
{
    LookupResult result = request.result;
    result.incoming = account.incomingServers;
    result.outgoing = account.outgoingServers;
    return result;
}

void addTerm(QList<const GlossaryTerm *> &terms, const QString &id)
{
    const GlossaryTerm *term = id.isEmpty() ? nullptr : Glossary::bundled().find(id);
    if (term && !terms.contains(term))
        terms.append(term);
}

/// Text for the XHTML sheet: control characters cannot appear in XML (withoutControlCharacters).
QString htmlEscaped(const QString &text)
{
    QString escaped = withoutControlCharacters(text).toHtmlEscaped();
    escaped.replace(u'\n', QLatin1String("<br/>"));
    return escaped;
}

QString htmlServerTable(const ServerSettings &server, Language language)
{
    QString html = QStringLiteral("<h2>%1: %2</h2>\n<table>\n")
                       .arg(htmlEscaped(SettingsText::directionTitle(server.protocol, language)),
                            SettingsText::protocolName(server.protocol));
    for (const Field field : kFields) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                    .arg(htmlEscaped(SettingsText::fieldLabel(field, language)),
                         htmlEscaped(SettingsText::fieldValue(server, field, language)));
    }
    return html + QLatin1String("</table>\n");
}

/// One language's sheet; `newPage` starts it on a new page when printed.
QString htmlSection(const ExportRequest &request, const ExportAccount &account, Language language, bool newPage)
{
    const LookupResult &result = request.result;
    QString html = QStringLiteral("<div class=\"%1\" lang=\"%2\">\n<h1>%3</h1>\n")
                       .arg(newPage ? QStringLiteral("sheet newpage") : QStringLiteral("sheet"),
                            i18n::languageCode(language), htmlEscaped(title(account, language)));
    html += QStringLiteral("<p><b>%1</b>").arg(htmlEscaped(account.providerName));
    if (result.provider) {
        html += QStringLiteral(" · ") + htmlEscaped(tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "Status: %1"))
                                                       .arg(SettingsText::statusName(result.provider->status, language)));
        if (result.provider->verifiedDate.isValid()) {
            html += QStringLiteral(" · ")
                    + htmlEscaped(tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "checked on %1"))
                                      .arg(SettingsText::formatDate(result.provider->verifiedDate, language)));
        }
    }
    if (result.outdated)
        html += QStringLiteral(" · ") + htmlEscaped(tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "may be outdated")));
    html += QLatin1String("</p>\n");
    if (!account.displayName.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(htmlEscaped(nameLine(account, language)));
    if (!account.notes.isEmpty()) {
        html += QLatin1String("<ul class=\"notes\">\n");
        for (const Note &note : account.notes) {
            html += QStringLiteral("<li><b>%1:</b> %2").arg(htmlEscaped(SettingsText::noteKindTitle(note.kind, language)),
                                                           htmlEscaped(note.text.text(language)));
            if (!note.url.isEmpty())
                html += QStringLiteral(" <a href=\"%1\">%1</a>").arg(htmlEscaped(note.url));
            html += QLatin1String("</li>\n");
        }
        html += QLatin1String("</ul>\n");
    }
    html += htmlServerTable(account.incoming, language);
    html += htmlServerTable(account.outgoing, language);

    QStringList alternatives;
    for (const QList<ServerSettings> *servers : {&account.incomingServers, &account.outgoingServers}) {
        for (qsizetype i = 1; i < servers->size(); ++i) {
            const ServerSettings &server = servers->at(i);
            alternatives.append(QStringLiteral("<li>%1 %2:%3 %4</li>\n")
                                    .arg(SettingsText::protocolName(server.protocol), htmlEscaped(server.host),
                                         QString::number(server.port),
                                         htmlEscaped(SettingsText::securityName(server.security, language))));
        }
    }
    if (!alternatives.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n%2</ul>\n")
                    .arg(htmlEscaped(tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "Other options"))),
                         alternatives.join(QString()));
    }
    if (!account.helpUrl.isEmpty()) {
        html += QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>\n")
                    .arg(htmlEscaped(tr(language, QT_TRANSLATE_NOOP("SettingsSheet", "Provider's help:"))),
                         htmlEscaped(account.helpUrl));
    }
    html += QStringLiteral("<h2>%1</h2>\n<dl>\n").arg(htmlEscaped(glossaryTitle(language)));
    for (const GlossaryTerm *term : SettingsSheet::termsUsed(account)) {
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                    .arg(htmlEscaped(term->term.text(language)), htmlEscaped(term->shortText.text(language)));
    }
    return html + QLatin1String("</dl>\n</div>\n");
}

} // namespace

QList<const GlossaryTerm *> SettingsSheet::termsUsed(const ExportAccount &account)
{
    QList<const GlossaryTerm *> terms;
    for (const ServerSettings *server : {&account.incoming, &account.outgoing}) {
        addTerm(terms, GlossaryLinks::termFor(server->protocol));
        addTerm(terms, GlossaryLinks::termFor(server->security));
        for (const AuthMethod method : server->auth)
            addTerm(terms, GlossaryLinks::termFor(method));
    }
    if (account.outgoing.acceptsPassword())
        addTerm(terms, QStringLiteral("smtp-auth"));
    for (const Field field : kFields)
        addTerm(terms, GlossaryLinks::termFor(field));
    for (const Note &note : account.notes) {
        if (note.kind == NoteKind::AppPassword)
            addTerm(terms, QStringLiteral("app-password"));
        else if (note.kind == NoteKind::OAuth2)
            addTerm(terms, QStringLiteral("oauth2"));
    }
    return terms;
}

QString SettingsSheet::text(const ExportRequest &request, const ExportAccount &account)
{
    const LookupResult result = sheetResult(request, account);
    QStringList sections;
    for (const Language language : request.languages) {
        QString section = title(account, language) + QLatin1String("\n\n");
        if (!account.displayName.isEmpty())
            section += nameLine(account, language) + u'\n';
        section += SettingsText::formatResult(result, language);
        section += u'\n' + glossaryTitle(language) + QLatin1String(":\n");
        for (const GlossaryTerm *term : termsUsed(account))
            section += QStringLiteral("  %1: %2\n").arg(term->term.text(language), term->shortText.text(language));
        sections.append(section);
    }
    return sections.join(QStringLiteral("\n────────────────────────────────────────\n\n"));
}

QString SettingsSheet::html(const ExportRequest &request, const ExportAccount &account)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        "<title>%1</title>\n<style>\n"
        "body { font-family: sans-serif; font-size: 10pt; }\n"
        "h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 12pt; }\n"
        "th { text-align: left; padding-right: 12pt; font-weight: normal; color: #444; }\n"
        "td { font-family: monospace; font-weight: bold; }\n"
        "dt { font-weight: bold; margin-top: 4pt; }\n"
        ".newpage { page-break-before: always; }\n"
        "</style>\n</head>\n<body>\n")
                       .arg(htmlEscaped(title(account, request.languages.value(0, Language::English))));
    for (qsizetype i = 0; i < request.languages.size(); ++i)
        html += htmlSection(request, account, request.languages.at(i), i > 0);
    return html + QLatin1String("</body>\n</html>\n");
}

} // namespace mailsetup
