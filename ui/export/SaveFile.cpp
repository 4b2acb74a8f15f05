// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SaveFile.h"

#include "export/AtomicWrite.h"

#include <QCoreApplication>

namespace mailsetup::ui::SaveFile {

QString writeAtomically(const QString &path, const QByteArray &data)
{
    const QString problem = mailsetup::writeAtomically(path, data);
    if (!problem.isEmpty())
        return QCoreApplication::translate("SaveFile", "The file %1 could not be saved: %2").arg(path, problem);
    return {};
}

} // namespace mailsetup::ui::SaveFile
