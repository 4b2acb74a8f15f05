// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Catalog files people edit: the reader never crashes or hangs, every error has a position, and a
// file it accepts survives the compiled form unchanged.
#include "FuzzTarget.h"

#include "catalog/CatalogCbor.h"
#include "catalog/CatalogYamlReader.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = CatalogYamlReader::read(yaml, QStringLiteral("fuzz.yaml"));
    for (const CatalogDiagnostic &error : result.errors) {
        FUZZ_ASSERT(!error.message.isEmpty());
        FUZZ_ASSERT(error.line >= 0 && error.column >= 0);
    }
    if (result.ok()) {
        const auto decoded = CatalogCbor::decode(CatalogCbor::encode(result.catalog));
        FUZZ_ASSERT(decoded.has_value());
        FUZZ_ASSERT(*decoded == result.catalog);
    }
    return 0;
}
