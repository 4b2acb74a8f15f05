// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/Exporter.h"
#include "model/LookupResult.h"
#include "session/LoadedCatalog.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace mailsetup {

/// Everything the wizard's pages share: the address, the answer for it and the user's choices.
///
/// Pages read from it when they are shown and write to it when the user goes on; the session
/// emits a signal for every change so that views (and the server list model) follow.
class SetupSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupSession)

public:
    /// Prefilled values for entering settings by hand: the usual host names of a domain.
    struct Guess {
        ServerSettings incoming;
        ServerSettings outgoing;
    };

    /// Provider id of an answer the user typed in (useManualSettings()).
    static constexpr auto kManualProviderId = "manual";

    explicit SetupSession(QObject *parent = nullptr);
    ~SetupSession() override;

    /// The catalog arrives after the window is shown (it is read in the background).
    void setCatalog(std::shared_ptr<const LoadedCatalog> catalog);
    [[nodiscard]] bool hasCatalog() const { return m_catalog != nullptr; }
    [[nodiscard]] const LoadedCatalog *catalog() const { return m_catalog.get(); }

    /// Parses what the user typed and updates the live preview (validity, typo suggestion).
    void setAddressText(const QString &text);
    [[nodiscard]] const EmailAddress &address() const { return m_preview.address; }
    /// The catalog's answer for the address as typed so far (empty until the catalog is loaded).
    [[nodiscard]] const LookupResult &preview() const { return m_preview; }

    void setDisplayName(const QString &name) { m_displayName = name.trimmed(); }
    [[nodiscard]] const QString &displayName() const { return m_displayName; }

    /// Takes the preview as the answer to show.
    void lookUp();
    /// Uses the settings of a hoster the user picked for an own domain.
    void chooseHoster(const QString &providerId);
    /// Uses settings the user typed in.
    void useManualSettings(const ServerSettings &incoming, const ServerSettings &outgoing);
    /// Shows an answer found elsewhere (e.g. online discovery); an insecure one must be confirmed.
    void setResult(const LookupResult &result);
    [[nodiscard]] const LookupResult &result() const { return m_result; }

    /// Whether the answer came over an untrusted channel and the user has not yet accepted it.
    [[nodiscard]] bool needsConfirmation() const { return m_result.found && !m_result.secure && !m_confirmed; }
    void confirmInsecureResult();
    /// Settings to set up exist and may be used.
    [[nodiscard]] bool isReady() const { return m_result.isUsable() && !needsConfirmation(); }

    /// Index into result().incoming / result().outgoing of the server the user will set up.
    [[nodiscard]] qsizetype incomingIndex() const { return m_incomingIndex; }
    [[nodiscard]] qsizetype outgoingIndex() const { return m_outgoingIndex; }
    void chooseIncoming(qsizetype index);
    void chooseOutgoing(qsizetype index);
    /// Chooses the recommended server of `protocol` (IMAP or POP3).
    void chooseIncomingProtocol(Protocol protocol);
    /// The incoming protocols the answer offers, IMAP first.
    [[nodiscard]] QList<Protocol> incomingProtocols() const;
    [[nodiscard]] const ServerSettings *chosenIncoming() const;
    [[nodiscard]] const ServerSettings *chosenOutgoing() const;
    /// The answer with the chosen servers first, as "Copy all" and the exports present it.
    [[nodiscard]] LookupResult chosenResult() const;

    /// Sheets (copy all, print, send) in both languages instead of the current one.
    void setBothLanguages(bool both);
    [[nodiscard]] bool bothLanguages() const { return m_bothLanguages; }

    [[nodiscard]] ExportRequest exportRequest(Language currentLanguage) const;

    [[nodiscard]] static Guess guessFor(const EmailAddress &address);
    /// The standard port of a protocol with an encryption (IMAP with SSL/TLS: 993; SMTP with STARTTLS: 587).
    [[nodiscard]] static quint16 standardPort(Protocol protocol, Security security);

Q_SIGNALS:
    void catalogChanged();
    void addressChanged();
    void resultChanged();
    void choiceChanged();

private:
    void updatePreview();

    std::shared_ptr<const LoadedCatalog> m_catalog;
    QString m_addressText;
    LookupResult m_preview;
    QString m_displayName;
    LookupResult m_result;
    bool m_confirmed = false;
    qsizetype m_incomingIndex = 0;
    qsizetype m_outgoingIndex = 0;
    bool m_bothLanguages = false;
};

} // namespace mailsetup
