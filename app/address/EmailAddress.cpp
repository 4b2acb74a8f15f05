// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address/EmailAddress.h"

#include <QUrl>

namespace mailsetup {

namespace {

constexpr qsizetype kMaxLocalPartOctets = 64;
constexpr qsizetype kMaxAddressOctets = 254;

/// RFC 5322 atext plus the dot; non-ASCII is allowed as in RFC 6531 (internationalised mail).
bool isLocalPartCharacter(QChar c)
{
    if (c.unicode() >= 0x80)
        return c.isPrint() && !c.isSpace();
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(c);
}

QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

} // namespace

EmailAddress EmailAddress::parse(QStringView input)
{
    EmailAddress result;
    if (input.size() > kMaxInputLength) {
        result.m_problem = {AddressError::AddressTooLong, QString::number(input.size())};
        return result;
    }

    QString text = input.toString().trimmed();
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        text = text.mid(7);
        text = text.left(text.indexOf(u'?'));
        text = QUrl::fromPercentEncoding(text.toUtf8()).trimmed();
    }
    const qsizetype open = text.lastIndexOf(u'<');
    if (open >= 0 && text.endsWith(u'>')) {
        result.m_displayName = unquote(text.left(open));
        text = text.mid(open + 1, text.size() - open - 2).trimmed();
    }
    result.m_cleaned = text;

    auto fail = [&result](AddressError error, const QString &detail = {}) {
        result.m_problem = {error, detail};
        return result;
    };

    if (text.isEmpty())
        return fail(AddressError::Empty);
    const qsizetype atCount = text.count(u'@');
    if (atCount == 0)
        return fail(AddressError::NoAt);
    if (atCount > 1)
        return fail(AddressError::MultipleAt);

    const qsizetype at = text.indexOf(u'@');
    result.m_localPart = text.left(at);
    result.m_rawDomain = text.mid(at + 1);
    const QString &local = result.m_localPart;

    if (local.isEmpty())
        return fail(AddressError::EmptyLocal);
    if (result.m_rawDomain.isEmpty())
        return fail(AddressError::EmptyDomain);
    for (const QChar c : text) {
        if (c.isSpace())
            return fail(AddressError::InvalidCharacter, QString(c));
    }

    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return fail(AddressError::LeadingOrTrailingDot, local);
    if (local.contains(QLatin1String("..")))
        return fail(AddressError::ConsecutiveDots);
    for (const QChar c : local) {
        if (!isLocalPartCharacter(c))
            return fail(AddressError::InvalidCharacter, QString(c));
    }
    const qsizetype localOctets = local.toUtf8().size();
    if (localOctets > kMaxLocalPartOctets)
        return fail(AddressError::LocalTooLong, QString::number(localOctets));

    result.m_domain = DomainName::parse(result.m_rawDomain);
    if (!result.m_domain.isValid()) {
        result.m_problem = result.m_domain.problem;
        return result;
    }
    const qsizetype totalOctets = localOctets + 1 + result.m_domain.ace.size();
    if (totalOctets > kMaxAddressOctets)
        return fail(AddressError::AddressTooLong, QString::number(totalOctets));
    return result;
}

QString EmailAddress::address() const
{
    return m_localPart + u'@' + m_domain.unicode;
}

QString EmailAddress::addressAce() const
{
    return m_localPart + u'@' + m_domain.ace;
}

QString EmailAddress::withDomain(const QString &domain) const
{
    return m_localPart + u'@' + domain;
}

QString EmailAddress::domainWithoutTrailingDot() const
{
    if (m_problem.error != AddressError::TrailingDot)
        return {};
    QString raw = DomainName::withAsciiDots(m_rawDomain);
    while (raw.endsWith(u'.'))
        raw.chop(1);
    const DomainName fixed = DomainName::parse(raw);
    return fixed.isValid() ? fixed.unicode : QString();
}

} // namespace mailsetup
