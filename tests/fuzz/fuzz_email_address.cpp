// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Whatever people paste: the parser never crashes, and a valid result is consistent — parsing
// its own output again gives the same address, and the ACE forms are plain ASCII.
#include "FuzzTarget.h"

#include "address/EmailAddress.h"

#include <QString>

using mailsetup::EmailAddress;
using mailsetup::Language;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const EmailAddress parsed = EmailAddress::parse(input);
    if (!parsed.isValid()) {
        FUZZ_ASSERT(!parsed.problem().code().isEmpty());
        FUZZ_ASSERT(!parsed.problem().message(Language::English).isEmpty());
        return 0;
    }
    for (const QChar c : parsed.domainAce())
        FUZZ_ASSERT(c.unicode() < 0x80 && c.unicode() > 0x20);
    const EmailAddress again = EmailAddress::parse(parsed.addressAce());
    FUZZ_ASSERT(again.isValid());
    FUZZ_ASSERT(again.addressAce() == parsed.addressAce());
    FUZZ_ASSERT(again.domain() == parsed.domain());
    return 0;
}
