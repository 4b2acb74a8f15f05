// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SaveFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mailsetup::ui::SaveFile {

QString writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return QCoreApplication::translate("SaveFile", "The file %1 could not be saved: %2")
            .arg(path, file.errorString());
    }
    return {};
}

} // namespace mailsetup::ui::SaveFile
