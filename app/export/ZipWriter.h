// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailsetup {

/// A minimal ZIP archive writer: stored (uncompressed) file entries with CRC-32, no
/// directories, no ZIP64 — what Thunderbird's profile importer needs and nothing more.
///
/// Entries carry a fixed date (1980-01-01 00:00), so the same content gives the same bytes.
class ZipWriter
{
public:
    /// Adds a file; `name` uses `/` as separator (UTF-8 names get the language-encoding flag).
    void addFile(const QString &name, const QByteArray &content);
    /// The whole archive.
    [[nodiscard]] QByteArray finish() const;

    /// The CRC-32 of ZIP (polynomial 0xEDB88320), as zlib's crc32().
    [[nodiscard]] static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        QByteArray content;
        quint32 crc = 0;
        bool utf8Name = false;
    };
    QList<Entry> m_entries;
};

} // namespace mailsetup
