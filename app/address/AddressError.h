// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"

#include <QString>

namespace mailsetup {

/// Why an e-mail address or domain is not valid; the codes are part of the JSON contract.
enum class AddressError {
    None,
    Empty,
    NoAt,
    MultipleAt,
    EmptyLocal,
    EmptyDomain,
    LocalTooLong,
    AddressTooLong,
    InvalidCharacter,
    ConsecutiveDots,
    LeadingOrTrailingDot,
    TrailingDot,
    LabelTooLong,
    LabelHyphen,
    DomainNoDot,
    IdnInvalid
};

/// An AddressError with the detail its message names (the offending character, label, length).
struct AddressProblem {
    AddressError error = AddressError::None;
    QString detail;

    [[nodiscard]] bool isProblem() const { return error != AddressError::None; }
    /// The stable code of the JSON contract, e.g. "no-at".
    [[nodiscard]] QString code() const;
    /// A sentence a non-technical person understands, in the given language.
    [[nodiscard]] QString message(Language language) const;
};

} // namespace mailsetup
