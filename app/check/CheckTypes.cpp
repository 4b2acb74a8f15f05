// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckTypes.h"

namespace mailsetup {

QString spelling(CheckStepKind kind)
{
    switch (kind) {
    case CheckStepKind::Dns:
        return QStringLiteral("dns");
    case CheckStepKind::Connect:
        return QStringLiteral("connect");
    case CheckStepKind::Encryption:
        return QStringLiteral("encryption");
    case CheckStepKind::Certificate:
        return QStringLiteral("certificate");
    case CheckStepKind::Greeting:
        return QStringLiteral("greeting");
    case CheckStepKind::Capabilities:
        return QStringLiteral("capabilities");
    case CheckStepKind::Authentication:
        return QStringLiteral("authentication");
    case CheckStepKind::Login:
        break;
    }
    return QStringLiteral("login");
}

QString spelling(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
        return QStringLiteral("passed");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Failed:
        return QStringLiteral("failed");
    case CheckStatus::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString spelling(LoginResult result)
{
    switch (result) {
    case LoginResult::NotTried:
        return QStringLiteral("not-tried");
    case LoginResult::Succeeded:
        return QStringLiteral("succeeded");
    case LoginResult::Refused:
        break;
    }
    return QStringLiteral("refused");
}

} // namespace mailsetup
