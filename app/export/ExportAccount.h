// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/Exporter.h"

#include <QString>

#include <variant>

namespace mailsetup {

/// What a single-format writer produces: the file's bytes, or why the format cannot express
/// what the provider requires.
using ExportBytes = std::variant<QByteArray, ExportRefusal>;

/// The one account an export describes: the servers chosen from a lookup result, the login
/// names and the sender's name, cleaned so that every file format can carry them.
struct ExportAccount {
    QString address;   ///< with the ACE domain, e.g. anna@xn--mller-kva.de
    QString localPart; ///< as typed
    QString domain;    ///< ACE
    QString displayName;
    QString providerName;
    QString helpUrl;
    ServerSettings incoming; ///< the chosen incoming server
    ServerSettings outgoing; ///< the recommended outgoing server
    /// Every known server, the chosen protocol first, otherwise in the recommended order. Where
    /// the provider assigns account names, `username` holds the one the user gave (or is empty).
    QList<ServerSettings> incomingServers;
    QList<ServerSettings> outgoingServers;
    QList<Note> notes;

    /// Chooses the servers; refuses when the result has no usable servers or none of the
    /// requested protocol.
    [[nodiscard]] static std::variant<ExportAccount, ExportRefusal> from(const ExportRequest &request);

    /// Refuses when a format that must carry the login does not know it for one of `servers`.
    [[nodiscard]] std::optional<ExportRefusal> requireLogin(const QList<ServerSettings> &servers) const;
};

/// Text for files: CR LF and lone CR become LF, every other control character a space, and so do
/// U+FFFE, U+FFFF and lone surrogates (XML 1.0 forbids them, and no mail program wants them in a
/// name).
[[nodiscard]] QString withoutControlCharacters(const QString &text);

/// The value a file format uses for a connection security: `ssl` (implicit TLS), `startTls` or
/// `none`.
template <typename T>
[[nodiscard]] T bySecurity(Security security, T ssl, T startTls, T none)
{
    switch (security) {
    case Security::Ssl:
        return ssl;
    case Security::StartTls:
        return startTls;
    case Security::None:
        break;
    }
    return none;
}

/// A server's sign-in methods as people read them, in both languages (for refusals).
[[nodiscard]] LocalizedText authNamesText(const ServerSettings &server);

/// One %-argument of a refusal: the same in both languages, or its own per language.
struct RefusalArgument {
    RefusalArgument(const QString &same) : text{same, same} {} // NOLINT: implicit on purpose
    RefusalArgument(LocalizedText localized) : text(std::move(localized)) {} // NOLINT: implicit
    LocalizedText text;
};

/// A refusal in German and English from a QT_TRANSLATE_NOOP("ExportRefusal", …) source text;
/// `arguments` fill %1, %2 … in order.
[[nodiscard]] ExportRefusal exportRefusal(const char *sourceText, const QList<RefusalArgument> &arguments = {});

} // namespace mailsetup
