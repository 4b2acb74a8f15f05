// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogYamlReader.h"
#include "export/ExportAccount.h"
#include "export/ZipWriter.h"
#include "lookup/SettingsResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>
#include <QVariant>
#include <QXmlStreamReader>
#include <QtEndian>

/// Shared helpers of the export tests: the fixture catalog (tests/data/export/providers.yaml,
/// independent of the real catalog), and small independent readers for the formats written —
/// a pref-file parser, a ZIP reader, a Windows INI reader and a strict XML reader.
namespace ExportFixture {

using namespace mailsetup;

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

/// Parses `user_pref("name", value);` lines the way Thunderbird's pref parser reads them:
/// double-quoted strings with \\ \" \n \r \xNN \uNNNN escapes, ints and bools. Returns the
/// prefs, or sets `error` at the first line it cannot read.
inline QMap<QString, QVariant> parsePrefs(const QByteArray &data, QString *error)
{
    QMap<QString, QVariant> prefs;
    const QString text = QString::fromUtf8(data);
    auto readString = [](const QString &line, qsizetype &i, bool *ok) {
        QString value;
        *ok = false;
        if (i >= line.size() || line.at(i) != u'"')
            return value;
        for (++i; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'"') {
                ++i;
                *ok = true;
                return value;
            }
            if (c != u'\\') {
                value += c;
                continue;
            }
            const QChar e = line.at(++i);
            if (e == u'n')
                value += u'\n';
            else if (e == u'r')
                value += u'\r';
            else if (e == u'x' || e == u'u') {
                const int digits = e == u'x' ? 2 : 4;
                value += QChar(line.mid(i + 1, digits).toUShort(nullptr, 16));
                i += digits;
            } else
                value += e;
        }
        return value;
    };
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("//")))
            continue;
        const auto fail = [&]() {
            *error = QStringLiteral("line %1: %2").arg(n + 1).arg(line);
            return QMap<QString, QVariant>();
        };
        if (!line.startsWith(QLatin1String("user_pref(")) || !line.endsWith(QLatin1String(");")))
            return fail();
        qsizetype i = 10;
        bool ok = false;
        const QString name = readString(line, i, &ok);
        if (!ok || line.mid(i, 2) != QLatin1String(", "))
            return fail();
        i += 2;
        QVariant value;
        if (line.at(i) == u'"') {
            value = readString(line, i, &ok);
        } else {
            const QString literal = line.mid(i, line.size() - 2 - i);
            i += literal.size();
            if (literal == QLatin1String("true") || literal == QLatin1String("false"))
                value = literal == QLatin1String("true");
            else
                value = literal.toInt(&ok);
        }
        if (!ok || line.mid(i) != QLatin1String(");"))
            return fail();
        prefs.insert(name, value);
    }
    return prefs;
}

/// The files of a ZIP archive, read through its central directory; checks every CRC-32 and that
/// each entry is stored. Sets `error` on the first problem.
inline QMap<QString, QByteArray> readZip(const QByteArray &zip, QString *error)
{
    QMap<QString, QByteArray> files;
    const auto u16 = [&zip](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
    const auto u32 = [&zip](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
    const qsizetype end = zip.size() - 22;
    if (end < 0 || u32(end) != 0x06054b50) {
        *error = QStringLiteral("no end-of-central-directory record");
        return {};
    }
    qsizetype at = u32(end + 16);
    for (int entry = 0; entry < u16(end + 10); ++entry) {
        if (u32(at) != 0x02014b50) {
            *error = QStringLiteral("bad central directory header");
            return {};
        }
        const quint32 crc = u32(at + 16);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const qsizetype local = u32(at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (u32(local) != 0x04034b50 || u16(local + 8) != 0 || u32(local + 14) != crc) {
            *error = QStringLiteral("bad local header for %1").arg(name);
            return {};
        }
        const QByteArray content = zip.mid(local + 30 + u16(local + 26) + u16(local + 28), size);
        if (ZipWriter::crc32(content) != crc) {
            *error = QStringLiteral("CRC mismatch in %1").arg(name);
            return {};
        }
        files.insert(name, content);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return files;
}

/// Reads an INI file as Windows' GetPrivateProfileString does: `[section]`, `key=value` up to the
/// line end, surrounding blanks trimmed, one pair of surrounding quotes removed, `;` lines are
/// comments.
inline QMap<QString, QMap<QString, QString>> readIni(const QString &text)
{
    QMap<QString, QMap<QString, QString>> sections;
    QString section;
    for (const QString &rawLine : text.split(QStringLiteral("\r\n"))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            sections[section];
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        sections[section].insert(line.left(equals).trimmed(), value);
    }
    return sections;
}

/// The text of every element named `name` (local name), in document order, from a strict parse;
/// `error` is set if the document is not well-formed XML.
inline QStringList xmlTexts(const QByteArray &xml, const QString &name, QString *error)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (reader.hasError())
        *error = QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
    return texts;
}

/// Empty if `xml` is well-formed XML, else the parser's message.
inline QString xmlError(const QByteArray &xml)
{
    QString error;
    xmlTexts(xml, QString(), &error);
    return error;
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
