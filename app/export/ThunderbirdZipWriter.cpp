// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ThunderbirdZipWriter.h"

#include "export/ThunderbirdPrefsWriter.h"
#include "export/ZipWriter.h"

namespace mailsetup {

ExportBytes ThunderbirdZipWriter::write(const ExportAccount &account)
{
    ExportBytes prefs = ThunderbirdPrefsWriter::write(account, ThunderbirdPrefsWriter::Target::ProfileImport);
    if (const auto *refusal = std::get_if<ExportRefusal>(&prefs))
        return *refusal;
    ZipWriter zip;
    zip.addFile(QStringLiteral("prefs.js"), std::get<QByteArray>(prefs));
    return zip.finish();
}

} // namespace mailsetup
