// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup/SettingsText.h"

#include "i18n/Translation.h"

#include <QLocale>
#include <QStringList>

namespace mailsetup::SettingsText {

namespace {

const char *const kContext = "SettingsText";

QString tr(Language language, const char *sourceText)
{
    return i18n::translate(language, kContext, sourceText);
}

/// Aligned "label: value" lines, indented by two spaces.
class FieldBlock
{
public:
    void add(const QString &label, const QString &value) { m_rows.append({label + u':', value}); }
    [[nodiscard]] QString text() const
    {
        qsizetype width = 0;
        for (const auto &row : m_rows)
            width = std::max(width, row.first.size());
        QString out;
        for (const auto &row : m_rows)
            out += QLatin1String("  ") + row.first.leftJustified(width + 2) + row.second + u'\n';
        return out;
    }

private:
    QList<QPair<QString, QString>> m_rows;
};

QString serverSummary(const ServerSettings &server, Language language)
{
    return QStringLiteral("%1  %2:%3  %4")
        .arg(protocolName(server.protocol), fieldValue(server, Field::Server, language), QString::number(server.port),
             securityName(server.security, language));
}

void appendServers(QString &out, const QList<ServerSettings> &servers, Protocol direction, Language language)
{
    if (servers.isEmpty())
        return;
    const ServerSettings &first = servers.constFirst();
    out += QStringLiteral("%1 (%2): %3\n")
               .arg(directionTitle(direction, language), tr(language, QT_TRANSLATE_NOOP("SettingsText", "recommended")),
                    protocolName(first.protocol));
    FieldBlock block;
    for (const Field field : {Field::Server, Field::Port, Field::Encryption, Field::Username, Field::Authentication})
        block.add(fieldLabel(field, language), fieldValue(first, field, language));
    out += block.text();
    if (!first.isEncrypted()) {
        out += QLatin1String("  ! ")
               + tr(language, QT_TRANSLATE_NOOP("SettingsText",
                                                "This server offers no encryption: your password would travel unprotected."))
               + u'\n';
    }
    out += u'\n';
}

} // namespace

QString fieldLabel(Field field, Language language)
{
    switch (field) {
    case Field::Server:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Server"));
    case Field::Port:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Port"));
    case Field::Encryption:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Encryption"));
    case Field::Username:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "User name"));
    case Field::Authentication:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Authentication"));
    }
    return {};
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Imap:
        return QStringLiteral("IMAP");
    case Protocol::Pop3:
        return QStringLiteral("POP3");
    case Protocol::Smtp:
        return QStringLiteral("SMTP");
    }
    return {};
}

QString securityName(Security security, Language language)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("SSL/TLS");
    case Security::StartTls:
        return QStringLiteral("STARTTLS");
    case Security::None:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "none (unencrypted)"));
    }
    return {};
}

QString authName(AuthMethod method, Language language)
{
    switch (method) {
    case AuthMethod::Password:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "normal password"));
    case AuthMethod::PasswordEncrypted:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "encrypted password"));
    case AuthMethod::OAuth2:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "OAuth2 (sign-in in the browser)"));
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::Gssapi:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Kerberos (GSSAPI)"));
    case AuthMethod::TlsClientCert:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "TLS client certificate"));
    case AuthMethod::ClientIp:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "none (only from the provider's network)"));
    case AuthMethod::SmtpAfterPop:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "fetch mail first (SMTP after POP)"));
    case AuthMethod::None:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "none"));
    }
    return {};
}

QString authNames(const QList<AuthMethod> &methods, Language language)
{
    QStringList names;
    for (const AuthMethod method : methods)
        names.append(authName(method, language));
    return names.join(tr(language, QT_TRANSLATE_NOOP("SettingsText", " or ")));
}

QString statusName(ProviderStatus status, Language language)
{
    switch (status) {
    case ProviderStatus::Active:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "active"));
    case ProviderStatus::Unverified:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "unverified"));
    case ProviderStatus::Defunct:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "discontinued"));
    case ProviderStatus::Merged:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "merged"));
    }
    return {};
}

QString noteKindTitle(NoteKind kind, Language language)
{
    switch (kind) {
    case NoteKind::BeforeSetup:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Before you start"));
    case NoteKind::AppPassword:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "App password"));
    case NoteKind::OAuth2:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Sign-in in the browser"));
    case NoteKind::Limit:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Limit"));
    case NoteKind::Warning:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Warning"));
    case NoteKind::Info:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Note"));
    case NoteKind::Status:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Status"));
    }
    return {};
}

QString sourceName(SettingsSource source, Language language)
{
    switch (source) {
    case SettingsSource::Catalog:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "built-in catalog"));
    case SettingsSource::Ispdb:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "built-in copy of Thunderbird's provider database (ISPDB)"));
    case SettingsSource::UserCatalog:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "your own catalog file"));
    case SettingsSource::OnlineIspdb:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "Thunderbird's online provider database"));
    case SettingsSource::Autoconfig:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "the provider's own configuration file"));
    case SettingsSource::Mx:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "the domain's mail server (MX record)"));
    case SettingsSource::Srv:
        return tr(language, QT_TRANSLATE_NOOP("SettingsText", "the domain's DNS service records (SRV)"));
    }
    return {};
}

QString directionTitle(Protocol protocol, Language language)
{
    return protocol == Protocol::Smtp ? tr(language, QT_TRANSLATE_NOOP("SettingsText", "Outgoing mail"))
                                      : tr(language, QT_TRANSLATE_NOOP("SettingsText", "Incoming mail"));
}

QString usernameText(const ServerSettings &server, Language language)
{
    return server.username.isEmpty() ? server.usernameHint.text(language) : server.username;
}

QString fieldValue(const ServerSettings &server, Field field, Language language)
{
    switch (field) {
    case Field::Server:
        return server.host.isEmpty() ? server.hostHint.text(language) : server.host;
    case Field::Port:
        return QString::number(server.port);
    case Field::Encryption:
        return securityName(server.security, language);
    case Field::Username:
        return usernameText(server, language);
    case Field::Authentication:
        return authNames(server.auth, language);
    }
    return {};
}

QString formatDate(QDate date, Language language)
{
    // The month is written out: "12.03.2026" and "03/12/2026" are read differently in different
    // countries, and an ISO date looks like a technical value in a sentence.
    if (language == Language::German)
        return QLocale(QLocale::German, QLocale::Germany).toString(date, QStringLiteral("d. MMMM yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatResult(const LookupResult &result, Language language)
{
    QString out;
    if (!result.address.isValid()) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "This is not a valid e-mail address:")) + u' '
               + result.address.problem().message(language) + u'\n';
    } else if (!result.found) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "No settings are known for %1.")).arg(result.address.domain())
               + u'\n';
    }
    if (!result.suggestion.isEmpty()) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "Did you mean %1?")).arg(result.suggestion) + u'\n';
    }
    if (!result.found || !result.provider)
        return out;

    const Provider &provider = *result.provider;
    out += QStringLiteral("%1 — %2\n").arg(result.address.address(), provider.name);
    if (result.address.domain() != result.address.domainAce()) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "Domain in mail programs: %1"))
                   .arg(result.address.domainAce())
               + u'\n';
    }
    QString status = tr(language, QT_TRANSLATE_NOOP("SettingsText", "Status: %1")).arg(statusName(provider.status, language));
    if (provider.verifiedDate.isValid()) {
        status += QStringLiteral(" · ")
                  + tr(language, QT_TRANSLATE_NOOP("SettingsText", "checked on %1"))
                        .arg(formatDate(provider.verifiedDate, language));
    }
    if (result.outdated)
        status += QStringLiteral(" · ") + tr(language, QT_TRANSLATE_NOOP("SettingsText", "may be outdated"));
    out += status + u'\n';
    if (result.mergedTarget) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "Now served by: %1")).arg(result.mergedTarget->name) + u'\n';
    }
    if (result.source) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "Source: %1")).arg(sourceName(*result.source, language)) + u'\n';
    }
    out += u'\n';

    for (const Note &note : result.notes) {
        out += QStringLiteral("! %1: %2\n").arg(noteKindTitle(note.kind, language), note.text.text(language));
        if (!note.url.isEmpty())
            out += QLatin1String("  ") + note.url + u'\n';
    }
    if (!result.notes.isEmpty())
        out += u'\n';

    appendServers(out, result.incoming, Protocol::Imap, language);
    appendServers(out, result.outgoing, Protocol::Smtp, language);

    QStringList alternatives;
    for (qsizetype i = 1; i < result.incoming.size(); ++i)
        alternatives.append(QLatin1String("  ") + serverSummary(result.incoming.at(i), language));
    for (qsizetype i = 1; i < result.outgoing.size(); ++i)
        alternatives.append(QLatin1String("  ") + serverSummary(result.outgoing.at(i), language));
    if (!alternatives.isEmpty()) {
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "Other options:")) + u'\n' + alternatives.join(u'\n') + u'\n';
    }
    if (!provider.helpUrl.isEmpty())
        out += tr(language, QT_TRANSLATE_NOOP("SettingsText", "Provider's help: %1")).arg(provider.helpUrl) + u'\n';
    while (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out;
}

} // namespace mailsetup::SettingsText
