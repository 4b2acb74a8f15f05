// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "model/Language.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

/// One server as the catalog describes it; host and username may hold %EMAIL…% placeholders.
struct ServerTemplate {
    Protocol protocol = Protocol::Imap;
    QString host; ///< may be "%MXHOST%": the customer's own server, known from the domain's MX record
    quint16 port = 0;
    Security security = Security::Ssl;
    QList<AuthMethod> auth;
    QString username;           ///< template; empty when the provider assigns account names
    LocalizedText usernameHint; ///< what to enter when `username` is empty
    LocalizedText hostHint;     ///< what to enter for a "%MXHOST%" host when the MX record is not known

    friend bool operator==(const ServerTemplate &, const ServerTemplate &) = default;
};

/// A bilingual hint shown with the settings ("switch on IMAP first", "use an app password").
struct Note {
    NoteKind kind = NoteKind::Info;
    LocalizedText text;
    QString url;

    friend bool operator==(const Note &, const Note &) = default;
};

/// One catalog entry: a mail provider or a web hoster for people's own domains.
struct Provider {
    QString id;
    QString name;
    ProviderStatus status = ProviderStatus::Active;
    QString mergedInto; ///< provider id, only for ProviderStatus::Merged
    bool hoster = false;
    QStringList domains;    ///< ACE, lower case
    QStringList mxSuffixes; ///< ACE, lower case, without leading dot
    QString helpUrl;
    QDate verifiedDate;
    QString verifiedSource;
    QList<ServerTemplate> incoming;
    QList<ServerTemplate> outgoing;
    QList<Note> notes;

    friend bool operator==(const Provider &, const Provider &) = default;
};

/// Where the facts of a whole catalog file come from (used by the ISPDB import).
struct CatalogOrigin {
    QString name;
    QString url;
    QString commit;
    QString license;

    [[nodiscard]] bool isEmpty() const { return name.isEmpty() && url.isEmpty(); }
    friend bool operator==(const CatalogOrigin &, const CatalogOrigin &) = default;
};

/// The content of one catalog file.
struct CatalogFile {
    int schema = 1;
    QDate snapshot;
    CatalogOrigin origin;
    QList<Provider> providers;

    friend bool operator==(const CatalogFile &, const CatalogFile &) = default;
};

} // namespace mailsetup
