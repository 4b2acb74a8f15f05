// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogYamlReader.h"
#include "export/ExportAccount.h"
#include "lookup/SettingsResolver.h"

#include "ExportReaders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

/// Shared helpers of the export tests: the fixture catalog (tests/data/export/providers.yaml,
/// independent of the real catalog), hostile names, golden files, and (ExportReaders.h) small
/// independent readers for the formats written.
namespace ExportFixture {

using namespace mailsetup;
using namespace ExportReaders;

/// A name with everything that needs escaping somewhere: quotes, apostrophe, <, &, a backslash,
/// umlauts and a line break (CR LF, which every format turns into LF or a space).
inline const QString kHostileName = QStringLiteral("Anna \"Ann\" O'Neil <x> & Co \\ Jörg\r\nzweite Zeile");
/// What the name is after cleaning: CR LF became LF.
inline const QString kHostileNameCleaned = QStringLiteral("Anna \"Ann\" O'Neil <x> & Co \\ Jörg\nzweite Zeile");
/// An address with the characters the local part may contain that XML and INI care about.
inline const QString kHostileAddress = QStringLiteral("o'neil&co+x@beispiel-mail.test");

inline const Catalog &catalog()
{
    static const Catalog catalog = [] {
        const auto read = CatalogYamlReader::readFile(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/export/providers.yaml"));
        Q_ASSERT(read.ok());
        Catalog result;
        result.addLayer({SettingsSource::UserCatalog, QStringLiteral("providers.yaml"), read.catalog});
        return result;
    }();
    return catalog;
}

inline ExportRequest request(const QString &address, const QString &name = {},
                             std::optional<Protocol> incoming = std::nullopt,
                             QList<Language> languages = {Language::English})
{
    ExportRequest request;
    request.result = SettingsResolver::lookup(catalog(), EmailAddress::parse(address), nullptr, QDate(2026, 11, 1));
    request.displayName = name;
    request.incoming = incoming;
    request.languages = std::move(languages);
    return request;
}

inline ExportAccount account(const QString &address, const QString &name = {},
                             std::optional<Protocol> incoming = std::nullopt)
{
    auto chosen = ExportAccount::from(request(address, name, incoming));
    Q_ASSERT(std::holds_alternative<ExportAccount>(chosen));
    return std::get<ExportAccount>(chosen);
}

inline QByteArray bytes(const ExportBytes &result)
{
    if (const auto *refusal = std::get_if<ExportRefusal>(&result))
        qWarning("refused: %s", qPrintable(refusal->reason.en));
    return std::holds_alternative<QByteArray>(result) ? std::get<QByteArray>(result) : QByteArray();
}

/// Compares `actual` with the golden file; MAILSETUP_UPDATE_GOLDEN=1 rewrites the golden file.
inline bool matchesGolden(const QByteArray &actual, const QString &relativePath)
{
    const QString path = QStringLiteral(MAILSETUP_TEST_DATA_DIR "/export/golden/") + relativePath;
    QFile file(path);
    if (qEnvironmentVariableIsSet("MAILSETUP_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(actual);
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing golden file %s (run with MAILSETUP_UPDATE_GOLDEN=1)", qPrintable(path));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    qWarning("%s differs from the output:\n%s", qPrintable(path), actual.constData());
    return false;
}

} // namespace ExportFixture
