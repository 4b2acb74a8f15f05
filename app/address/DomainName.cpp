// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address/DomainName.h"

#include <QUrl>

namespace mailsetup {

namespace {

constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxDomainLength = 253;

bool isLdh(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

DomainName failure(AddressError error, const QString &detail = {})
{
    DomainName result;
    result.problem = {error, detail};
    return result;
}

} // namespace

QString DomainName::withAsciiDots(QStringView input)
{
    QString text = input.toString();
    for (QChar &c : text) {
        if (c == QChar(0x3002) || c == QChar(0xFF0E) || c == QChar(0xFF61))
            c = u'.';
    }
    return text;
}

DomainName DomainName::parse(QStringView input, bool requireDot)
{
    const QString lowered = withAsciiDots(input).normalized(QString::NormalizationForm_C).toLower();
    if (lowered.isEmpty())
        return failure(AddressError::EmptyDomain);
    if (lowered.endsWith(u'.'))
        return failure(AddressError::TrailingDot);
    if (lowered.startsWith(u'.'))
        return failure(AddressError::LeadingOrTrailingDot, lowered);
    if (lowered.contains(QLatin1String("..")))
        return failure(AddressError::ConsecutiveDots);

    // Report forbidden ASCII characters by name before IDNA processing hides them.
    for (const QChar c : lowered) {
        if (c.unicode() < 0x80 && !isLdh(c) && c != u'.')
            return failure(AddressError::InvalidCharacter, QString(c));
        if (c.isSpace())
            return failure(AddressError::InvalidCharacter, QString(c));
    }

    if (lowered.size() > 4 * kMaxDomainLength) // too long to be anything but rejected
        return failure(AddressError::AddressTooLong, QString::number(lowered.size()));

    // Label rules first, on what the user typed: IDNA processing would only say "invalid".
    for (const QStringView label : QStringView(lowered).split(u'.')) {
        if (label.size() > kMaxLabelLength)
            return failure(AddressError::LabelTooLong, label.toString());
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return failure(AddressError::LabelHyphen, label.toString());
    }

    const QString ace = QString::fromLatin1(QUrl::toAce(lowered)).toLower();
    if (ace.isEmpty())
        return failure(AddressError::IdnInvalid, lowered);

    const auto labels = QStringView(ace).split(u'.');
    for (const QStringView label : labels) {
        // Any other character that IDNA maps to a dot must not sneak an empty label past the
        // dot rules above.
        if (label.isEmpty())
            return failure(AddressError::IdnInvalid, lowered);
        if (label.size() > kMaxLabelLength)
            return failure(AddressError::LabelTooLong, label.toString());
        for (const QChar c : label) {
            if (!isLdh(c))
                return failure(AddressError::IdnInvalid, lowered);
        }
        // A punycode label that does not decode is not an international name at all.
        if (label.startsWith(QLatin1String("xn--")) && QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist).startsWith(QLatin1String("xn--")))
            return failure(AddressError::IdnInvalid, lowered);
    }
    if (ace.size() > kMaxDomainLength)
        return failure(AddressError::AddressTooLong, QString::number(ace.size()));
    if (requireDot && labels.size() < 2)
        return failure(AddressError::DomainNoDot, lowered);

    DomainName result;
    result.ace = ace;
    // Show the Unicode form even when the user typed punycode; fall back to what was typed.
    const QString unicode = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    result.unicode = unicode.isEmpty() ? lowered : unicode;
    return result;
}

QString DomainName::toAce(const QString &host)
{
    const DomainName domain = parse(host, false);
    return domain.isValid() ? domain.ace : host;
}

} // namespace mailsetup
