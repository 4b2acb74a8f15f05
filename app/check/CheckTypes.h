// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "model/Language.h"
#include "model/ServerSettings.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace mailsetup {

/// The steps of a live server check, in the order they happen.
enum class CheckStepKind { Dns, Connect, Encryption, Certificate, Greeting, Capabilities, Authentication, Login };

enum class CheckStatus {
    Passed,
    Warning, ///< works, but not as it should (e.g. no encryption)
    Failed,
    Skipped, ///< not tried (e.g. no password given, or an earlier step failed)
};

/// One explained outcome: what was checked and what it means, in both languages.
struct CheckStep {
    CheckStepKind kind = CheckStepKind::Dns;
    CheckStatus status = CheckStatus::Passed;
    LocalizedText message;
};

/// What the server's certificate says, for people who want to look.
struct CertificateSummary {
    QStringList names; ///< subject alternative names (DNS), else the common name
    QString issuer;
    QDateTime expires;
    [[nodiscard]] bool isEmpty() const { return names.isEmpty() && issuer.isEmpty(); }
};

enum class LoginResult { NotTried, Succeeded, Refused };

/// The result of checking one server.
struct ServerCheckReport {
    ServerSettings server;
    QList<CheckStep> steps;
    QString greeting;
    QStringList capabilities;
    QStringList authMechanisms; ///< SASL mechanisms offered when the login would happen
    QString tlsProtocol;        ///< "TLS 1.3"; empty without encryption
    CertificateSummary certificate;
    LoginResult login = LoginResult::NotTried;

    [[nodiscard]] bool passed() const
    {
        return !steps.isEmpty()
               && std::none_of(steps.cbegin(), steps.cend(), [](const CheckStep &step) { return step.status == CheckStatus::Failed; });
    }
};

// JSON spellings, for spelling() and fromSpelling() of model/Enums.h.
inline constexpr EnumSpelling<CheckStepKind> kCheckStepSpellings[] = {
    {CheckStepKind::Dns, "dns"},
    {CheckStepKind::Connect, "connect"},
    {CheckStepKind::Encryption, "encryption"},
    {CheckStepKind::Certificate, "certificate"},
    {CheckStepKind::Greeting, "greeting"},
    {CheckStepKind::Capabilities, "capabilities"},
    {CheckStepKind::Authentication, "authentication"},
    {CheckStepKind::Login, "login"}};
inline constexpr EnumSpelling<CheckStatus> kCheckStatusSpellings[] = {{CheckStatus::Passed, "passed"},
                                                                      {CheckStatus::Warning, "warning"},
                                                                      {CheckStatus::Failed, "failed"},
                                                                      {CheckStatus::Skipped, "skipped"}};
inline constexpr EnumSpelling<LoginResult> kLoginResultSpellings[] = {
    {LoginResult::NotTried, "not-tried"}, {LoginResult::Succeeded, "succeeded"}, {LoginResult::Refused, "refused"}};

namespace detail {
template <> inline std::span<const EnumSpelling<CheckStepKind>> spellings() { return kCheckStepSpellings; }
template <> inline std::span<const EnumSpelling<CheckStatus>> spellings() { return kCheckStatusSpellings; }
template <> inline std::span<const EnumSpelling<LoginResult>> spellings() { return kLoginResultSpellings; }
} // namespace detail

} // namespace mailsetup
