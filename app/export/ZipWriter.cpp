// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ZipWriter.h"

#include <QtEndian>

#include <array>

namespace mailsetup {

namespace {

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndOfCentralDirectorySignature = 0x06054b50;
constexpr quint16 kVersionNeeded = 10;             // 1.0: stored entries only
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix, spec 2.0, so the mode below applies
constexpr quint16 kFlagUtf8Name = 1 << 11;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint16 kDosTime = 0;
constexpr quint32 kUnixFileMode = 0100644;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 value = i;
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 1) ? (0xEDB88320U ^ (value >> 1)) : (value >> 1);
        table[i] = value;
    }
    return table;
}

constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = kCrcTable[(crc ^ quint8(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void ZipWriter::addFile(const QString &name, const QByteArray &content)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.content = content;
    entry.crc = crc32(content);
    entry.utf8Name = entry.name.size() != name.size(); // any non-ASCII character
    m_entries.append(entry);
}

QByteArray ZipWriter::finish() const
{
    QByteArray archive;
    QByteArray directory;
    for (const Entry &entry : m_entries) {
        const auto offset = quint32(archive.size());
        const quint16 flags = entry.utf8Name ? kFlagUtf8Name : 0;
        const auto size = quint32(entry.content.size());

        put32(archive, kLocalHeaderSignature);
        put16(archive, kVersionNeeded);
        put16(archive, flags);
        put16(archive, kMethodStored);
        put16(archive, kDosTime);
        put16(archive, kDosDate);
        put32(archive, entry.crc);
        put32(archive, size); // compressed
        put32(archive, size); // uncompressed
        put16(archive, quint16(entry.name.size()));
        put16(archive, 0); // extra field
        archive += entry.name;
        archive += entry.content;

        put32(directory, kCentralHeaderSignature);
        put16(directory, kVersionMadeBy);
        put16(directory, kVersionNeeded);
        put16(directory, flags);
        put16(directory, kMethodStored);
        put16(directory, kDosTime);
        put16(directory, kDosDate);
        put32(directory, entry.crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, kUnixFileMode << 16);
        put32(directory, offset);
        directory += entry.name;
    }
    const auto directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, kEndOfCentralDirectorySignature);
    put16(archive, 0); // this disk
    put16(archive, 0); // disk with the central directory
    put16(archive, quint16(m_entries.size()));
    put16(archive, quint16(m_entries.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0); // comment
    return archive;
}

} // namespace mailsetup
