// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address/AddressError.h"

#include "i18n/Translation.h"


namespace mailsetup {

namespace {

struct ErrorText {
    AddressError error;
    const char *code;
    const char *message; ///< English source; %1 is the detail
};

// clang-format off
constexpr ErrorText kErrorTexts[] = {
    {AddressError::None, "", ""},
    {AddressError::Empty, "empty",
     QT_TRANSLATE_NOOP("AddressError", "Please enter an e-mail address.")},
    {AddressError::NoAt, "no-at",
     QT_TRANSLATE_NOOP("AddressError", "The address has no “@”. An e-mail address looks like name@example.com.")},
    {AddressError::MultipleAt, "multiple-at",
     QT_TRANSLATE_NOOP("AddressError", "The address contains more than one “@”.")},
    {AddressError::EmptyLocal, "empty-local",
     QT_TRANSLATE_NOOP("AddressError", "There is nothing before the “@”.")},
    {AddressError::EmptyDomain, "empty-domain",
     QT_TRANSLATE_NOOP("AddressError", "There is nothing after the “@”.")},
    {AddressError::LocalTooLong, "local-too-long",
     QT_TRANSLATE_NOOP("AddressError", "The part before the “@” is %1 characters long; at most 64 are allowed.")},
    {AddressError::AddressTooLong, "address-too-long",
     QT_TRANSLATE_NOOP("AddressError", "The address is %1 characters long; at most 254 are allowed.")},
    {AddressError::InvalidCharacter, "invalid-character",
     QT_TRANSLATE_NOOP("AddressError", "The character “%1” is not allowed in an e-mail address.")},
    {AddressError::ConsecutiveDots, "consecutive-dots",
     QT_TRANSLATE_NOOP("AddressError", "The address contains two dots in a row.")},
    {AddressError::LeadingOrTrailingDot, "leading-or-trailing-dot",
     QT_TRANSLATE_NOOP("AddressError", "The part “%1” must not start or end with a dot.")},
    {AddressError::TrailingDot, "trailing-dot",
     QT_TRANSLATE_NOOP("AddressError", "The address ends with a dot. Remove the dot at the end.")},
    {AddressError::LabelTooLong, "label-too-long",
     QT_TRANSLATE_NOOP("AddressError", "The part “%1” of the domain is longer than 63 characters.")},
    {AddressError::LabelHyphen, "label-hyphen",
     QT_TRANSLATE_NOOP("AddressError", "The part “%1” of the domain must not start or end with a hyphen.")},
    {AddressError::DomainNoDot, "domain-no-dot",
     QT_TRANSLATE_NOOP("AddressError", "The domain “%1” has no dot. Is the ending missing, such as “.de” or “.com”?")},
    {AddressError::IdnInvalid, "idn-invalid",
     QT_TRANSLATE_NOOP("AddressError", "The domain “%1” is not a valid international domain name.")},
};
// clang-format on

const char *const kSpaceMessage =
    QT_TRANSLATE_NOOP("AddressError", "The address contains a space. Remove it.");

const ErrorText &textFor(AddressError error)
{
    for (const auto &entry : kErrorTexts) {
        if (entry.error == error)
            return entry;
    }
    return kErrorTexts[0];
}

} // namespace

QString AddressProblem::code() const
{
    return QString::fromLatin1(textFor(error).code);
}

QString AddressProblem::message(Language language) const
{
    if (error == AddressError::InvalidCharacter && detail.trimmed().isEmpty() && !detail.isEmpty())
        return i18n::translate(language, "AddressError", kSpaceMessage);
    const QString text = i18n::translate(language, "AddressError", textFor(error).message);
    return text.contains(QLatin1String("%1")) ? text.arg(detail) : text;
}

} // namespace mailsetup
