// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/ProtocolParsers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

/// Looks for a password everywhere it must not be, in every form it travels in: UTF-8, UTF-16
/// (how QString keeps it), base64, and SASL PLAIN ("\0user\0password", base64).
namespace SecretScan {

inline QList<QByteArray> forms(const QString &password, const QString &user)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
    return {utf8, utf16, utf8.toBase64(), mailsetup::ProtocolParsers::saslPlain(user, password)};
}

inline bool contains(const QByteArray &data, const QList<QByteArray> &forms)
{
    return std::any_of(forms.cbegin(), forms.cend(), [&data](const QByteArray &form) { return data.contains(form); });
}

/// The files below `folder` (hidden ones and those in hidden folders included) that contain one
/// of `forms`, relative to `folder`.
inline QStringList filesContaining(const QString &folder, const QList<QByteArray> &forms)
{
    QStringList found;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && contains(file.readAll(), forms))
            found.append(root.relativeFilePath(file.fileName()));
    }
    return found;
}

} // namespace SecretScan
