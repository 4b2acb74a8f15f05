// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ThunderbirdPrefsWriter.h"

#include "export/ThunderbirdOAuthHosts.h"

namespace mailsetup {

namespace {

// Thunderbird's own key forms; the profile importer gives them new numbers anyway.
const QString kAccount = QStringLiteral("account1");
const QString kServer = QStringLiteral("server1");
const QString kIdentity = QStringLiteral("id1");
const QString kSmtp = QStringLiteral("smtp1");

// nsMsgAuthMethod (MailNewsTypes2.idl)
constexpr int kAuthNone = 1;
constexpr int kAuthPasswordCleartext = 3;
constexpr int kAuthPasswordEncrypted = 4;
constexpr int kAuthGssapi = 5;
constexpr int kAuthNtlm = 6;
constexpr int kAuthExternal = 7;
constexpr int kAuthOAuth2 = 10;

/// Collects `user_pref(name, value);` lines.
class PrefLines
{
public:
    void add(const QString &name, const QString &value) { append(name, ThunderbirdPrefsWriter::quoted(value)); }
    void add(const QString &name, int value) { append(name, QString::number(value)); }
    void add(const QString &name, bool value) { append(name, value ? QStringLiteral("true") : QStringLiteral("false")); }
    void comment(const QString &text) { m_text += QLatin1String("// ") + text + u'\n'; }
    void blank() { m_text += u'\n'; }
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    void append(const QString &name, const QString &value)
    {
        m_text += QStringLiteral("user_pref(%1, %2);\n").arg(ThunderbirdPrefsWriter::quoted(name), value);
    }
    QString m_text;
};

void writeHeader(PrefLines &prefs, const ExportAccount &account, ThunderbirdPrefsWriter::Target target)
{
    // A comment must stay on one line; names and addresses never reach it.
    prefs.comment(QStringLiteral("Thunderbird account for %1 (%2), written by Mail Setup Assistant.")
                      .arg(account.address, withoutControlCharacters(account.providerName).replace(u'\n', u' ')));
    if (target == ThunderbirdPrefsWriter::Target::UserJs) {
        prefs.comment(QStringLiteral("For a NEW, empty profile only: close Thunderbird, save this file as user.js in the"));
        prefs.comment(QStringLiteral("profile folder and start Thunderbird once."));
        prefs.comment(QStringLiteral("CAUTION: Thunderbird applies user.js at every start, and the line"));
        prefs.comment(QStringLiteral("mail.accountmanager.accounts would then replace the account list each time and hide"));
        prefs.comment(QStringLiteral("accounts you add later. Delete user.js after the first start: the account stays."));
    } else {
        prefs.comment(QStringLiteral("For Thunderbird's Import > \"Import from another Thunderbird installation\" (profile ZIP)."));
        prefs.comment(QStringLiteral("The importer adds the account under new keys; existing accounts stay as they are."));
    }
    prefs.comment(QStringLiteral("No password is stored here: Thunderbird asks for it when it first connects."));
    prefs.blank();
}

void writeIncoming(PrefLines &prefs, const ExportAccount &account, int authMethod)
{
    const ServerSettings &server = account.incoming;
    const QString prefix = QStringLiteral("mail.server.%1.").arg(kServer);
    prefs.add(prefix + QLatin1String("type"), spelling(server.protocol));
    prefs.add(prefix + QLatin1String("hostname"), server.host);
    prefs.add(prefix + QLatin1String("port"), int(server.port));
    prefs.add(prefix + QLatin1String("socketType"), ThunderbirdPrefsWriter::socketType(server.security));
    prefs.add(prefix + QLatin1String("authMethod"), authMethod);
    prefs.add(prefix + QLatin1String("userName"), server.username);
    prefs.add(prefix + QLatin1String("name"), account.address);
    prefs.add(prefix + QLatin1String("check_new_mail"), true);
    prefs.add(prefix + QLatin1String("check_time"), 10);
    // No login_at_startup: with it, Thunderbird asks for the password in the middle of the
    // restart that finishes the profile import (measured: the start never completes headless).
    // It asks when the account is first used instead.
    if (server.protocol == Protocol::Pop3) {
        // What Thunderbird's account hub sets for POP3: keep the mail on the server for 14 days.
        prefs.add(prefix + QLatin1String("leave_on_server"), true);
        prefs.add(prefix + QLatin1String("delete_by_age_from_server"), true);
        prefs.add(prefix + QLatin1String("num_days_to_leave_on_server"), 14);
        prefs.add(prefix + QLatin1String("download_on_biff"), true);
    }
}

void writeOutgoing(PrefLines &prefs, const ExportAccount &account, int authMethod)
{
    const ServerSettings &server = account.outgoing;
    const QString prefix = QStringLiteral("mail.smtpserver.%1.").arg(kSmtp);
    prefs.add(prefix + QLatin1String("type"), QStringLiteral("smtp"));
    prefs.add(prefix + QLatin1String("hostname"), server.host);
    prefs.add(prefix + QLatin1String("port"), int(server.port));
    // The SMTP socket type is still called try_ssl in Thunderbird 153.
    prefs.add(prefix + QLatin1String("try_ssl"), ThunderbirdPrefsWriter::socketType(server.security));
    prefs.add(prefix + QLatin1String("authMethod"), authMethod);
    if (authMethod != kAuthNone)
        prefs.add(prefix + QLatin1String("username"), server.username);
    prefs.add(prefix + QLatin1String("description"), withoutControlCharacters(account.providerName));
}

ExportRefusal unusableAuth(const ExportAccount &account, const ServerSettings &server)
{
    return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                           "%1 accepts only this sign-in at %2: %3. Thunderbird cannot use it for this "
                                           "server. Set the account up in a mail program that supports it, or ask %1 "
                                           "for another way to sign in."),
                         {account.providerName, server.host, authNamesText(server)});
}

} // namespace

QString ThunderbirdPrefsWriter::quoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += u'"';
    return result;
}

int ThunderbirdPrefsWriter::socketType(Security security)
{
    return bySecurity(security, 3, 2, 0);
}

std::optional<int> ThunderbirdPrefsWriter::authMethod(const ServerSettings &server)
{
    const bool outgoing = server.protocol == Protocol::Smtp;
    for (const AuthMethod method : server.auth) {
        switch (method) {
        case AuthMethod::OAuth2:
            if (ThunderbirdOAuthHosts::isKnown(server.host))
                return kAuthOAuth2;
            break;
        case AuthMethod::Password:
            return kAuthPasswordCleartext;
        case AuthMethod::PasswordEncrypted:
            return kAuthPasswordEncrypted;
        case AuthMethod::Gssapi:
            return kAuthGssapi;
        case AuthMethod::Ntlm:
            return kAuthNtlm;
        case AuthMethod::TlsClientCert:
            return kAuthExternal;
        case AuthMethod::ClientIp:
        case AuthMethod::SmtpAfterPop:
        case AuthMethod::None:
            // "No authentication" exists only for sending; Thunderbird drops incoming servers without a login.
            if (outgoing)
                return kAuthNone;
            break;
        }
    }
    return std::nullopt;
}

ExportBytes ThunderbirdPrefsWriter::write(const ExportAccount &account, Target target)
{
    const auto incomingAuth = authMethod(account.incoming);
    if (!incomingAuth)
        return unusableAuth(account, account.incoming);
    const auto outgoingAuth = authMethod(account.outgoing);
    if (!outgoingAuth)
        return unusableAuth(account, account.outgoing);
    QList<ServerSettings> withLogin{account.incoming};
    if (*outgoingAuth != kAuthNone)
        withLogin.append(account.outgoing);
    if (auto refusal = account.requireLogin(withLogin))
        return *refusal;

    PrefLines prefs;
    writeHeader(prefs, account, target);
    prefs.add(QStringLiteral("mail.accountmanager.accounts"), kAccount);
    prefs.add(QStringLiteral("mail.account.%1.server").arg(kAccount), kServer);
    prefs.add(QStringLiteral("mail.account.%1.identities").arg(kAccount), kIdentity);
    prefs.blank();
    writeIncoming(prefs, account, *incomingAuth);
    prefs.blank();
    const QString identity = QStringLiteral("mail.identity.%1.").arg(kIdentity);
    prefs.add(identity + QLatin1String("useremail"), account.address);
    prefs.add(identity + QLatin1String("fullName"), account.displayName);
    prefs.add(identity + QLatin1String("smtpServer"), kSmtp);
    prefs.add(identity + QLatin1String("valid"), true);
    prefs.blank();
    prefs.add(QStringLiteral("mail.smtpservers"), kSmtp);
    writeOutgoing(prefs, account, *outgoingAuth);
    return prefs.text().toUtf8();
}

} // namespace mailsetup
