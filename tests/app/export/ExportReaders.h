// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ZipWriter.h"

#include <QMap>
#include <QStringList>
#include <QVariant>
#include <QXmlStreamReader>
#include <QtEndian>

#include <iconv.h>

#include <optional>

/// Small readers for the files the exporters write, independent of the writers: a pref-file
/// parser, a ZIP reader, a Windows-1252 decoder, a Windows INI reader and a strict XML reader.
/// The export tests and the export fuzz target read the output back with them. They never trust
/// their input (a broken writer must fail a check, not crash the reader), and need only Qt Core.
namespace ExportReaders {

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
            if (++i >= line.size())
                return value;
            const QChar e = line.at(i);
            if (e == u'n') {
                value += u'\n';
            } else if (e == u'r') {
                value += u'\r';
            } else if (e == u'x' || e == u'u') {
                const int digits = e == u'x' ? 2 : 4;
                bool hex = false;
                value += QChar(line.mid(i + 1, digits).toUShort(&hex, 16));
                if (!hex || i + digits >= line.size())
                    return value;
                i += digits;
            } else {
                value += e;
            }
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
        if (!ok || line.mid(i, 2) != QLatin1String(", ") || i + 2 >= line.size())
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
    const auto inside = [&zip](qint64 at, qint64 length) { return at >= 0 && length >= 0 && at + length <= zip.size(); };
    const auto u16 = [&](qint64 at) { return inside(at, 2) ? qFromLittleEndian<quint16>(zip.constData() + at) : 0; };
    const auto u32 = [&](qint64 at) { return inside(at, 4) ? qFromLittleEndian<quint32>(zip.constData() + at) : 0; };
    const qint64 end = zip.size() - 22;
    if (end < 0 || u32(end) != 0x06054b50) {
        *error = QStringLiteral("no end-of-central-directory record");
        return {};
    }
    qint64 at = u32(end + 16);
    for (int entry = 0; entry < u16(end + 10); ++entry) {
        if (u32(at) != 0x02014b50 || !inside(at, 46)) {
            *error = QStringLiteral("bad central directory header");
            return {};
        }
        const quint32 crc = u32(at + 16);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const qint64 local = u32(at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (u32(local) != 0x04034b50 || u16(local + 8) != 0 || u32(local + 14) != crc) {
            *error = QStringLiteral("bad local header for %1").arg(name);
            return {};
        }
        const qint64 contentStart = local + 30 + u16(local + 26) + u16(local + 28);
        if (!inside(contentStart, size)) {
            *error = QStringLiteral("%1 runs past the end of the archive").arg(name);
            return {};
        }
        const QByteArray content = zip.mid(contentStart, size);
        if (mailsetup::ZipWriter::crc32(content) != crc) {
            *error = QStringLiteral("CRC mismatch in %1").arg(name);
            return {};
        }
        files.insert(name, content);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return files;
}

/// Windows-1252 text decoded by the C library's iconv; std::nullopt for bytes Windows-1252 does
/// not define (0x81, 0x8D, 0x8F, 0x90, 0x9D).
inline std::optional<QString> fromWindows1252(const QByteArray &bytes)
{
    iconv_t converter = iconv_open("UTF-8", "WINDOWS-1252");
    if (converter == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    QByteArray input = bytes;
    QByteArray output(bytes.size() * 3 + 1, '\0');
    char *in = input.data();
    char *out = output.data();
    size_t inLeft = size_t(input.size());
    size_t outLeft = size_t(output.size());
    const size_t converted = iconv(converter, &in, &inLeft, &out, &outLeft);
    iconv_close(converter);
    if (converted == size_t(-1) || inLeft != 0)
        return std::nullopt;
    output.truncate(output.size() - qsizetype(outLeft));
    return QString::fromUtf8(output);
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

} // namespace ExportReaders
