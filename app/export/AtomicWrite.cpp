// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AtomicWrite.h"

#include <QSaveFile>

namespace mailsetup {

QString writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    // Unbuffered: with Qt's write buffer a failing write (disk full, file size limit) showed up
    // only while flushing in commit(), which then still replaced the old file with an empty or
    // truncated one and reported success (Qt 6.4; tst_exportpage::fullDiskKeepsTheOldFile). An
    // uncommitted QSaveFile leaves the old file as it was and removes its temporary file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace mailsetup
