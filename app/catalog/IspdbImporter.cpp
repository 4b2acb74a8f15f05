// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/IspdbImporter.h"

#include "address/DomainName.h"
#include "catalog/IspdbFileReader.h"
#include "i18n/Translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace mailsetup {

namespace {

const QString kRepositoryUrl = QStringLiteral("https://github.com/thunderbird/autoconfig");

using Warnings = QList<IspdbImporter::Warning>;

/// A provider read from one file, before it is compared with the other files.
struct Imported {
    Provider provider;
    QString file;
};

/// Groups the warnings by file, in file-name order, keeping their order within a file.
void sortByFile(Warnings &warnings)
{
    std::stable_sort(warnings.begin(), warnings.end(),
        [](const IspdbImporter::Warning &a, const IspdbImporter::Warning &b) { return a.file < b.file; });
}

IspdbImporter::Warning oversized(const QString &fileName)
{
    return {fileName, 0, QStringLiteral("file skipped: larger than %1 KiB").arg(IspdbImporter::kMaxFileSize / 1024)};
}

/// Keeps each domain with the first file that lists it; drops entries left without domains.
QList<Imported> claimDomains(const QList<Imported> &entries, Warnings &warnings)
{
    QList<Imported> kept;
    QHash<QString, QString> owners; // ACE domain -> file that claimed it first
    for (Imported entry : entries) {
        QStringList domains;
        for (const QString &domain : std::as_const(entry.provider.domains)) {
            const QString owner = owners.value(domain);
            if (owner.isNull()) {
                owners.insert(domain, entry.file);
                domains.append(domain);
            } else {
                warnings.append(
                    {entry.file, 0, QStringLiteral("domain '%1' skipped: already claimed by %2").arg(domain, owner)});
            }
        }
        if (domains.isEmpty()) {
            warnings.append(
                {entry.file, 0, QStringLiteral("file skipped: all its domains are claimed by other files")});
            continue;
        }
        entry.provider.domains = domains;
        kept.append(entry);
    }
    return kept;
}

QString fileNameId(const QString &fileName)
{
    return IspdbImporter::sanitizedId(fileName.endsWith(QLatin1String(".xml")) ? fileName.chopped(4) : fileName);
}

/// Makes the ids unique. An id shared by several files goes to the file named after it
/// (zoho.com.xml); the others use their own file name (zoho.eu.xml -> zoho.eu).
void assignUniqueIds(QList<Imported> &entries, Warnings &warnings)
{
    QHash<QString, int> counts;
    for (Imported &entry : entries) {
        if (entry.provider.id.isEmpty())
            entry.provider.id = fileNameId(entry.file);
        ++counts[entry.provider.id];
    }
    QSet<QString> used;
    QList<bool> settled(entries.size(), false);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString &id = entries.at(i).provider.id;
        const bool owns = counts.value(id) == 1 || id == fileNameId(entries.at(i).file);
        if (owns && !id.isEmpty() && !used.contains(id)) {
            used.insert(id);
            settled[i] = true;
        }
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (settled.at(i))
            continue;
        Imported &entry = entries[i];
        QString base = fileNameId(entry.file);
        if (base.isEmpty())
            base = QStringLiteral("provider");
        QString id = base;
        for (int n = 2; used.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        warnings.append({entry.file, 0,
            QStringLiteral("provider id '%1' is also used by another file; this entry gets the id '%2'")
                .arg(entry.provider.id, id)});
        entry.provider.id = id;
        used.insert(id);
    }
}

} // namespace

QString IspdbImporter::Warning::toString() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file, QString::number(line)) : file;
    return QStringLiteral("%1: warning: %2").arg(where, message);
}

IspdbImporter::FileResult IspdbImporter::readFile(
    const QByteArray &xml, const QString &fileName, const Options &options)
{
    if (xml.size() > kMaxFileSize)
        return {std::nullopt, {oversized(fileName)}};
    FileResult result = IspdbFileReader::read(xml, fileName);
    if (result.provider) {
        result.provider->verifiedDate = options.sourceDate;
        result.provider->verifiedSource = sourceUrl(options, fileName);
    }
    return result;
}

IspdbImporter::Result IspdbImporter::importFiles(QList<SourceFile> files, const Options &options)
{
    std::sort(files.begin(), files.end(), [](const SourceFile &a, const SourceFile &b) { return a.name < b.name; });
    Result result;
    result.catalog.snapshot = options.sourceDate;
    result.catalog.origin
        = {QStringLiteral("Mozilla ISPDB"), kRepositoryUrl, options.sourceCommit, QStringLiteral("MPL-2.0")};
    QList<Imported> imported;
    for (const SourceFile &file : std::as_const(files)) {
        FileResult read = readFile(file.content, file.name, options);
        result.warnings += read.warnings;
        if (read.provider)
            imported.append({*read.provider, file.name});
    }
    imported = claimDomains(imported, result.warnings);
    assignUniqueIds(imported, result.warnings);
    for (const Imported &entry : std::as_const(imported))
        result.catalog.providers.append(entry.provider);
    sortByFile(result.warnings);
    return result;
}

IspdbImporter::Result IspdbImporter::importDirectory(const QString &folder, const Options &options, Language language)
{
    const auto failure = [&folder, language](const char *sourceText) {
        Result result;
        result.error = i18n::translate(language, "IspdbImporter", sourceText).arg(folder);
        return result;
    };
    const QFileInfo info(folder);
    if (!info.isDir()) {
        return failure(info.exists() ? QT_TRANSLATE_NOOP("IspdbImporter", "%1 is not a folder")
                                     : QT_TRANSLATE_NOOP("IspdbImporter", "folder %1 not found"));
    }
    QList<SourceFile> files;
    QList<Warning> refused;
    const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral("*.xml")}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        QFile file(entry.filePath());
        if (file.size() > kMaxFileSize) {
            refused.append(oversized(entry.fileName()));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            refused.append(
                {entry.fileName(), 0, QStringLiteral("file skipped: cannot read it: %1").arg(file.errorString())});
            continue;
        }
        // One byte past the limit, so a file that grows while it is read is still refused.
        files.append({entry.fileName(), file.read(kMaxFileSize + 1)});
    }
    if (files.isEmpty() && refused.isEmpty())
        return failure(QT_TRANSLATE_NOOP("IspdbImporter", "no .xml files in %1"));
    Result result = importFiles(files, options);
    result.warnings = refused + result.warnings;
    sortByFile(result.warnings);
    return result;
}

QString IspdbImporter::sanitizedId(const QString &id)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9.-]+"));
    static const QRegularExpression badStart(QStringLiteral("^[^a-z0-9]+"));
    static const QRegularExpression badEnd(QStringLiteral("[.-]+$"));
    QString result = DomainName::toAce(id.trimmed()).toLower();
    result.replace(notAllowed, QStringLiteral("-"));
    result.remove(badStart);
    result.remove(badEnd);
    return result;
}

QString IspdbImporter::sourceUrl(const Options &options, const QString &fileName)
{
    const QString commit = options.sourceCommit.isEmpty() ? QStringLiteral("master") : options.sourceCommit;
    return QStringLiteral("%1/blob/%2/ispdb/%3")
        .arg(kRepositoryUrl, commit, QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
}

QStringList IspdbImporter::headerComment(const Options &options)
{
    return {
        QStringLiteral("Mail Setup Assistant: mail settings imported from the Mozilla ISPDB."),
        QStringLiteral("Generated by `mailsetup catalog import-ispdb`; do not edit by hand."),
        QStringLiteral("Source: %1 (folder ispdb/), commit %2, dated %3.")
            .arg(kRepositoryUrl, options.sourceCommit.isEmpty() ? QStringLiteral("unknown") : options.sourceCommit,
                options.sourceDate.toString(Qt::ISODate)),
        QStringLiteral("The ISPDB is licensed under the Mozilla Public License 2.0 (MPL-2.0),"),
        QStringLiteral("https://mozilla.org/MPL/2.0/. Only facts are taken (servers, ports, security, authentication,"),
        QStringLiteral(
            "user names, domains, links); the notes are our own. See docs/catalog.md, \"The ISPDB import\"."),
    };
}

} // namespace mailsetup
