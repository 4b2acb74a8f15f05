// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"
#include "model/Provider.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace mailsetup {

/// Converts Mozilla ISPDB files (Thunderbird autoconfig `clientConfig` 1.1 XML) into catalog
/// providers: facts only — hosts, ports, security, authentication, user names, domains, MX
/// domains and the provider's help and "enable access" links. The ISPDB's prose is not copied;
/// where the ISPDB says something must be done first, our own bilingual note is added.
/// What is taken, what is skipped and why: docs/catalog.md, "The ISPDB import".
class IspdbImporter
{
public:
    struct Options {
        QString sourceCommit; ///< commit of github.com/thunderbird/autoconfig; empty: unknown
        QDate sourceDate; ///< date of that commit: the snapshot and every `verified.date`
    };

    /// Something the importer left out or changed, with the file (and line) it concerns.
    struct Warning {
        QString file;
        int line = 0; ///< 0 when the whole file is concerned
        QString message;

        [[nodiscard]] QString toString() const;
        friend bool operator==(const Warning &, const Warning &) = default;
    };

    struct SourceFile {
        QString name; ///< file name without folder, e.g. "gmx.net.xml"
        QByteArray content;
    };

    /// One file read on its own, before ids and domains are compared with the other files.
    struct FileResult {
        std::optional<Provider> provider; ///< id: the sanitised emailProvider id
        QList<Warning> warnings;
    };

    struct Result {
        CatalogFile catalog;
        QList<Warning> warnings;
        QString error; ///< the folder could not be read at all (in the language asked for); empty on success
    };

    /// Larger files are refused unread; real ISPDB files are a few kilobytes.
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    [[nodiscard]] static FileResult readFile(const QByteArray &xml, const QString &fileName, const Options &options);
    /// Imports files in file-name order; the first file that claims a domain or id keeps it.
    [[nodiscard]] static Result importFiles(QList<SourceFile> files, const Options &options);
    /// Imports every `*.xml` file of `folder` (other files and sub-folders are ignored). The
    /// `FILE: warning:` lines stay English, like a compiler's; only `Result::error` is in `language`.
    [[nodiscard]] static Result importDirectory(const QString &folder, const Options &options, Language language);

    /// `id` turned into the catalog id pattern `[a-z0-9][a-z0-9.-]*`; empty if nothing is left.
    [[nodiscard]] static QString sanitizedId(const QString &id);
    /// The public URL of one ISPDB file at the given commit (`master` when it is unknown).
    [[nodiscard]] static QString sourceUrl(const Options &options, const QString &fileName);
    /// The comment at the top of the generated file: source, commit, date, licence.
    [[nodiscard]] static QStringList headerComment(const Options &options);
};

} // namespace mailsetup
