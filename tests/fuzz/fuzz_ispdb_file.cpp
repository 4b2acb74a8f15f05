// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ISPDB files (IspdbImporter, through IspdbFileReader): the importer never crashes, every warning
// names the file, and what it imports survives the way into the program unchanged — written as a
// catalog file (CatalogYamlWriter, what `mailsetup catalog import-ispdb` writes) and read back by
// the catalog reader (what the build's data compiler does), it is the same catalog.
#include "FuzzTarget.h"

#include "catalog/CatalogYamlReader.h"
#include "catalog/CatalogYamlWriter.h"
#include "catalog/IspdbImporter.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    IspdbImporter::Options options;
    options.sourceCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    options.sourceDate = QDate(2026, 5, 1);
    const IspdbImporter::Result result = IspdbImporter::importFiles({{QStringLiteral("fuzz.example.xml"), xml}}, options);
    FUZZ_ASSERT(result.error.isEmpty());
    for (const IspdbImporter::Warning &warning : result.warnings) {
        FUZZ_ASSERT(warning.file == QLatin1String("fuzz.example.xml"));
        FUZZ_ASSERT(!warning.message.isEmpty());
    }
    if (result.catalog.providers.isEmpty())
        return 0;

    const QByteArray yaml = CatalogYamlWriter::write(result.catalog, IspdbImporter::headerComment(options));
    const CatalogYamlReader::Result reread = CatalogYamlReader::read(yaml, QStringLiteral("ispdb.yaml"));
    if (!reread.ok()) {
        for (const CatalogDiagnostic &error : reread.errors)
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        std::fprintf(stderr, "%s\n", yaml.constData());
    }
    FUZZ_ASSERT(reread.ok());
    FUZZ_ASSERT(reread.catalog == result.catalog);
    return 0;
}
