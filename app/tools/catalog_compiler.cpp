// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build-time tool: validates a catalog YAML file and writes its compiled (CBOR) form. A schema
// error fails the build with FILE:LINE:COLUMN: error: MESSAGE, so a broken providers.yaml never
// ships.
#include "catalog/CatalogCbor.h"
#include "catalog/CatalogYamlReader.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: mailsetup-catalog-compiler CATALOG.yaml OUTPUT.cbor\n";
        return 2;
    }
    mailsetup::CatalogYamlReader::Result result = mailsetup::CatalogYamlReader::readFile(args.at(1));
    // A bundled catalog must be complete in itself: every mergedInto target in the same file.
    QStringList ownIds;
    for (const auto &provider : std::as_const(result.catalog.providers))
        ownIds.append(provider.id);
    result.resolveExternalMerges(args.at(1), ownIds);
    if (!result.ok()) {
        for (const auto &error : std::as_const(result.errors))
            err << error.toString() << '\n';
        return 1;
    }
    QSaveFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly) || output.write(mailsetup::CatalogCbor::encode(result.catalog)) < 0
        || !output.commit()) {
        err << args.at(2) << ": error: cannot write: " << output.errorString() << '\n';
        return 1;
    }
    return 0;
}
