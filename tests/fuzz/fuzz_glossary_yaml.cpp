// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The glossary reader shares the schema reader with the catalog; it must be just as robust.
#include "FuzzTarget.h"

#include "glossary/Glossary.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CatalogDiagnostics errors;
    const auto glossary = Glossary::fromYaml(yaml, QStringLiteral("fuzz.yaml"), errors);
    FUZZ_ASSERT(glossary.has_value() == errors.isEmpty());
    if (glossary) {
        const auto decoded = Glossary::fromCbor(glossary->toCbor());
        FUZZ_ASSERT(decoded.has_value());
        FUZZ_ASSERT(decoded->terms() == glossary->terms());
    }
    return 0;
}
