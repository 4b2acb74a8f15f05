// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/ProtocolParsers.h"

namespace mailsetup::ProtocolParsers {

namespace {

QStringList words(QStringView text)
{
    QStringList result;
    for (const QStringView word : text.split(u' ', Qt::SkipEmptyParts))
        result.append(word.toString());
    return result;
}

QStringList upperCased(const QStringList &list)
{
    QStringList result;
    for (const QString &each : list)
        result.append(each.toUpper());
    return result;
}

} // namespace

ImapLine parseImapLine(const QByteArray &line)
{
    ImapLine result;
    const QString text = QString::fromUtf8(line).trimmed();
    const qsizetype space = text.indexOf(u' ');
    result.tag = (space < 0 ? text : text.left(space)).toUtf8();
    QStringView rest = space < 0 ? QStringView() : QStringView(text).mid(space + 1);

    const qsizetype next = rest.indexOf(u' ');
    const QString keyword = (next < 0 ? rest : rest.left(next)).toString().toUpper();
    QStringView afterKeyword = next < 0 ? QStringView() : rest.mid(next + 1);
    if (keyword == QLatin1String("OK"))
        result.status = ImapStatus::Ok;
    else if (keyword == QLatin1String("NO"))
        result.status = ImapStatus::No;
    else if (keyword == QLatin1String("BAD"))
        result.status = ImapStatus::Bad;
    else if (keyword == QLatin1String("PREAUTH"))
        result.status = ImapStatus::PreAuth;
    else if (keyword == QLatin1String("BYE"))
        result.status = ImapStatus::Bye;
    else if (keyword == QLatin1String("CAPABILITY") && result.tag == "*")
        result.capabilities = words(afterKeyword);

    if (result.status) {
        if (afterKeyword.startsWith(u'[')) {
            const qsizetype close = afterKeyword.indexOf(u']');
            if (close > 0) {
                result.code = words(afterKeyword.mid(1, close - 1));
                afterKeyword = afterKeyword.mid(close + 1).trimmed();
            }
        }
        result.text = afterKeyword.toString();
    }
    return result;
}

QStringList imapCapabilitiesFromCode(const ImapLine &line)
{
    if (line.code.isEmpty() || line.code.constFirst().compare(QLatin1String("CAPABILITY"), Qt::CaseInsensitive) != 0)
        return {};
    return line.code.mid(1);
}

QStringList imapMechanisms(const QStringList &capabilities)
{
    QStringList result;
    for (const QString &capability : capabilities) {
        if (capability.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive) && capability.size() > 5)
            result.append(capability.mid(5).toUpper());
    }
    return result;
}

std::optional<QByteArray> imapQuoted(const QString &text)
{
    QByteArray result = "\"";
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit == 0 || unit == u'\r' || unit == u'\n' || unit >= 0x80)
            return std::nullopt;
        if (unit == u'"' || unit == u'\\')
            result += '\\';
        result += char(unit);
    }
    result += '"';
    return result;
}

std::optional<bool> pop3Status(const QByteArray &line)
{
    if (line.startsWith("+OK"))
        return true;
    if (line.startsWith("-ERR"))
        return false;
    return std::nullopt;
}

QStringList pop3Mechanisms(const QStringList &capabilities)
{
    for (const QString &capability : capabilities) {
        const QStringList parts = words(capability);
        if (!parts.isEmpty() && parts.constFirst().compare(QLatin1String("SASL"), Qt::CaseInsensitive) == 0)
            return upperCased(parts.mid(1));
    }
    return {};
}

SmtpLine parseSmtpLine(const QByteArray &line)
{
    SmtpLine result;
    if (line.size() < 3)
        return result;
    bool ok = false;
    const int code = line.left(3).toInt(&ok);
    if (!ok || code < 200 || code > 599)
        return result;
    result.code = code;
    result.last = line.size() == 3 || line.at(3) != '-';
    result.text = QString::fromUtf8(line.mid(4)).trimmed();
    return result;
}

QStringList smtpExtensions(const QStringList &ehloLines)
{
    return ehloLines.mid(1);
}

QStringList smtpMechanisms(const QStringList &extensions)
{
    QStringList result;
    for (const QString &extension : extensions) {
        QStringList parts = words(extension);
        if (parts.isEmpty())
            continue;
        QString keyword = parts.takeFirst().toUpper();
        if (keyword.startsWith(QLatin1String("AUTH="))) { // pre-RFC 4954 servers
            if (keyword.size() > 5)
                parts.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (keyword != QLatin1String("AUTH"))
            continue;
        for (const QString &mechanism : upperCased(parts)) {
            if (!result.contains(mechanism))
                result.append(mechanism);
        }
    }
    return result;
}

bool hasCapability(const QStringList &capabilities, const QString &name)
{
    return std::any_of(capabilities.cbegin(), capabilities.cend(), [&name](const QString &capability) {
        return capability.compare(name, Qt::CaseInsensitive) == 0
               || capability.startsWith(name + u' ', Qt::CaseInsensitive);
    });
}

QByteArray saslPlain(const QString &user, const QString &password)
{
    const QByteArray message = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    return message.toBase64();
}

} // namespace mailsetup::ProtocolParsers
