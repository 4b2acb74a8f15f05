// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/OutlookPrfWriter.h"

#include "export/OutlookLogin.h"


#include <algorithm>
#include <iterator>

namespace mailsetup {

namespace {

// Windows-1252 bytes 0x80-0x9F; 0 marks the five unassigned codes. Everything else is Latin-1.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/// One `Key=Value` of the account section and the Section 7 line that maps it.
struct PrfKey {
    QString key;
    QString value;
    QString mapping; ///< empty for control keys (UniqueService)
};

/// Outlook's PROP_INET_SSL / PROP_SMTP_SECURE_CONNECTION: 0 none, 1 SSL/TLS, 2 STARTTLS.
QString securityValue(Security security)
{
    return bySecurity(security, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0"));
}

QList<PrfKey> accountKeys(const ExportAccount &account, OutlookLogin incomingLogin, OutlookLogin outgoingLogin)
{
    const ServerSettings &in = account.incoming;
    const ServerSettings &out = account.outgoing;
    const QString p = in.protocol == Protocol::Imap ? QStringLiteral("IMAP") : QStringLiteral("POP3");
    const QString incomingLoginName = in.username;
    const QString outgoingLoginName = out.username;
    QList<PrfKey> keys{
        {QStringLiteral("UniqueService"), QStringLiteral("No"), {}},
        {QStringLiteral("AccountName"), account.address, QStringLiteral("PT_UNICODE,0x0002")},
        {QStringLiteral("DisplayName"), account.displayName.isEmpty() ? account.address : account.displayName,
         QStringLiteral("PT_UNICODE,0x000B")},
        {QStringLiteral("EmailAddress"), account.address, QStringLiteral("PT_UNICODE,0x000C")},
        {p + QLatin1String("Server"), in.host, QStringLiteral("PT_UNICODE,0x0100")},
        {p + QLatin1String("UserName"), incomingLoginName, QStringLiteral("PT_UNICODE,0x0101")},
        {p + QLatin1String("Port"), QString::number(in.port), QStringLiteral("PT_LONG,0x0104")},
        {p + QLatin1String("UseSSL"), securityValue(in.security), QStringLiteral("PT_LONG,0x0105")},
        {p + QLatin1String("UseSPA"), incomingLogin == OutlookLogin::Spa ? QStringLiteral("1") : QStringLiteral("0"),
         QStringLiteral("PT_LONG,0x0108")},
        {QStringLiteral("SMTPServer"), out.host, QStringLiteral("PT_UNICODE,0x0200")},
        {QStringLiteral("SMTPPort"), QString::number(out.port), QStringLiteral("PT_LONG,0x0201")},
        {QStringLiteral("SMTPSecureConnection"), securityValue(out.security), QStringLiteral("PT_LONG,0x020A")},
        {QStringLiteral("SMTPUseAuth"), outgoingLogin == OutlookLogin::NoLogin ? QStringLiteral("0") : QStringLiteral("1"),
         QStringLiteral("PT_LONG,0x0203")},
    };
    // SMTPAuthMethod: 0 = same login as incoming, 1 = SMTPUserName, 2 = fetch mail before sending.
    if (outgoingLogin == OutlookLogin::FetchFirst) {
        keys.append({QStringLiteral("SMTPAuthMethod"), QStringLiteral("2"), QStringLiteral("PT_LONG,0x0208")});
    } else if (outgoingLogin != OutlookLogin::NoLogin) {
        const bool sameLogin = outgoingLoginName == incomingLoginName;
        keys.append({QStringLiteral("SMTPAuthMethod"), sameLogin ? QStringLiteral("0") : QStringLiteral("1"),
                     QStringLiteral("PT_LONG,0x0208")});
        if (!sameLogin)
            keys.append({QStringLiteral("SMTPUserName"), outgoingLoginName, QStringLiteral("PT_UNICODE,0x0204")});
        keys.append({QStringLiteral("SMTPUseSPA"), outgoingLogin == OutlookLogin::Spa ? QStringLiteral("1") : QStringLiteral("0"),
                     QStringLiteral("PT_LONG,0x0207")});
    }
    keys.append({QStringLiteral("ConnectionType"), QStringLiteral("0"), QStringLiteral("PT_LONG,0x000F")});
    keys.append({QStringLiteral("ServerTimeOut"), QStringLiteral("60"), QStringLiteral("PT_LONG,0x0209")});
    if (in.protocol == Protocol::Pop3) {
        // Leave a copy on the server (0x1), remove it after 14 days (0x2, days in the high word).
        keys.append({QStringLiteral("LeaveOnServer"), QStringLiteral("0xE0003"), QStringLiteral("PT_LONG,0x1000")});
    }
    return keys;
}

ExportRefusal oauthOnly(const ExportAccount &account, const ServerSettings &server)
{
    return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                           "An Outlook profile file cannot set up the sign-in %1 requires at %2 (%3). "
                                           "Add the account in Outlook by its address instead (File > Add Account, "
                                           "enter %4); Outlook then opens the provider's sign-in page."),
                         {account.providerName, server.host,
                          authNamesText(server), account.address});
}

} // namespace

std::optional<QByteArray> OutlookPrfWriter::toWindows1252(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x80 || (code >= 0xA0 && code <= 0xFF)) {
            bytes.append(char(code));
            continue;
        }
        const auto *found = std::find(std::begin(kWindows1252High), std::end(kWindows1252High), code);
        if (code == 0 || found == std::end(kWindows1252High))
            return std::nullopt;
        bytes.append(char(0x80 + (found - std::begin(kWindows1252High))));
    }
    return bytes;
}

QString OutlookPrfWriter::iniValue(const QString &text)
{
    QString value = withoutControlCharacters(text);
    value.replace(u'\n', u' ');
    value.replace(u'\t', u' ');
    value = value.trimmed();
    // Windows strips one pair of surrounding quotes; a second pair keeps the first.
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = u'"' + value + u'"';
    return value;
}

ExportBytes OutlookPrfWriter::write(const ExportAccount &account)
{
    const auto incomingLogin = outlookLogin(account.incoming);
    if (!incomingLogin)
        return oauthOnly(account, account.incoming);
    const auto outgoingLogin = outlookLogin(account.outgoing);
    if (!outgoingLogin)
        return oauthOnly(account, account.outgoing);
    QList<ServerSettings> withLogin{account.incoming};
    if (*outgoingLogin == OutlookLogin::Password || *outgoingLogin == OutlookLogin::Spa)
        withLogin.append(account.outgoing);
    if (auto refusal = account.requireLogin(withLogin))
        return *refusal;

    const bool imap = account.incoming.protocol == Protocol::Imap;
    const QString mappingSection = imap ? QStringLiteral("IMAP_I_Mail") : QStringLiteral("I_Mail");
    const QList<PrfKey> keys = accountKeys(account, *incomingLogin, *outgoingLogin);

    QStringList lines{
        QStringLiteral(";Outlook profile for %1, written by Mail Setup Assistant.").arg(account.address),
        QStringLiteral(";Import: outlook.exe /importprf <this file>. No password is stored; Outlook asks for it."),
        QStringLiteral("[General]"),
        QStringLiteral("Custom=1"),
        QStringLiteral("ProfileName=%1").arg(account.address),
        QStringLiteral("DefaultProfile=Yes"),
        QStringLiteral("OverwriteProfile=Append"),
        QStringLiteral("ModifyDefaultProfileIfPresent=FALSE"),
        QStringLiteral("BackupProfile=No"),
        QString(),
        QStringLiteral("[Service List]"),
        QString(),
        QStringLiteral("[Internet Account List]"),
        QStringLiteral("Account1=%1").arg(mappingSection),
        QString(),
        QStringLiteral("[Account1]"),
    };
    for (const PrfKey &key : keys)
        lines.append(key.key + u'=' + iniValue(key.value));
    lines.append(QString());
    lines.append(QStringLiteral("; Section 7 - Mapping for internet account properties. DO NOT MODIFY."));
    lines.append(u'[' + mappingSection + u']');
    lines.append(QStringLiteral("AccountType=%1").arg(imap ? QStringLiteral("IMAP") : QStringLiteral("POP3")));
    for (const PrfKey &key : keys) {
        if (!key.mapping.isEmpty())
            lines.append(key.key + u'=' + key.mapping);
    }
    const QString text = lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");

    // Addresses and logins must survive exactly; a name may lose a character it cannot carry.
    for (const QString &exact : {account.address, account.incoming.username, account.outgoing.username}) {
        if (!toWindows1252(exact)) {
            return exportRefusal(QT_TRANSLATE_NOOP("ExportRefusal",
                                                   "Outlook profile files are 8-bit text (Windows-1252) and cannot hold "
                                                   "%1. Add the account in Outlook by hand instead."),
                                 {exact});
        }
    }
    QByteArray bytes;
    for (const QChar c : text)
        bytes += toWindows1252(QString(c)).value_or(QByteArrayLiteral("?"));
    return bytes;
}

} // namespace mailsetup
