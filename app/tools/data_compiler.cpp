// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build-time tool: validates a bundled data file (catalog or glossary) and writes its compiled
// CBOR form. A schema error fails the build with FILE:LINE:COLUMN: error: MESSAGE, so broken
// data never ships and the program never parses YAML at start-up.
#include "catalog/CatalogCbor.h"
#include "catalog/CatalogYamlReader.h"
#include "export/AtomicWrite.h"
#include "glossary/Glossary.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace {

using mailsetup::CatalogDiagnostics;

std::optional<QByteArray> compileCatalog(const QString &path, CatalogDiagnostics &errors)
{
    mailsetup::CatalogYamlReader::Result result = mailsetup::CatalogYamlReader::readFile(path);
    // A bundled catalog must be complete in itself: every mergedInto target in the same file.
    QStringList ownIds;
    for (const auto &provider : std::as_const(result.catalog.providers))
        ownIds.append(provider.id);
    result.resolveExternalMerges(path, ownIds);
    errors = result.errors;
    if (!result.ok())
        return std::nullopt;
    return mailsetup::CatalogCbor::encode(result.catalog);
}

std::optional<QByteArray> compileGlossary(const QString &path, CatalogDiagnostics &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({path, 0, 0, file.errorString()});
        return std::nullopt;
    }
    const auto glossary = mailsetup::Glossary::fromYaml(file.readAll(), path, errors);
    if (!glossary)
        return std::nullopt;
    return glossary->toCbor();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString kind = args.value(1);
    if (args.size() != 4 || (kind != QLatin1String("catalog") && kind != QLatin1String("glossary"))) {
        err << "usage: mailsetup-data-compiler catalog|glossary INPUT.yaml OUTPUT.cbor\n";
        return 2;
    }
    CatalogDiagnostics errors;
    const auto compiled = kind == QLatin1String("catalog") ? compileCatalog(args.at(2), errors)
                                                           : compileGlossary(args.at(2), errors);
    if (!compiled) {
        for (const auto &error : std::as_const(errors))
            err << error.toString() << '\n';
        return 1;
    }
    if (const QString problem = mailsetup::writeAtomically(args.at(3), *compiled); !problem.isEmpty()) {
        err << args.at(3) << ": error: cannot write: " << problem << '\n';
        return 1;
    }
    return 0;
}
