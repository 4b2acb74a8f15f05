// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>

namespace mailsetup {

void setApplicationIdentity()
{
    // No organization name: it would add a folder level (~/.config/<org>/mailsetup).
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(MAILSETUP_VERSION);
}

} // namespace mailsetup
