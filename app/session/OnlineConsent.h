// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/OnlineLookupSettings.h"
#include "model/Language.h"

#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <functional>

namespace mailsetup {

/// The user's yes or no to going online — for the online search and for the connection check —
/// for this window and, when the user ticks "remember", for later starts too (OnlineLookupSettings
/// in the program's settings file). Asked once; a remembered answer is changed in the privacy
/// settings, not by asking again.
class OnlineConsent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineConsent)

public:
    enum class Purpose { Discovery, ConnectionCheck };

    struct Answer {
        bool allowed = false;
        bool remember = false;
    };

    /// One party that will be contacted, and what it receives.
    struct Contact {
        LocalizedText who;      ///< "your provider's web server"
        QString target;         ///< a URL, a host and port, or "DNS"
        LocalizedText receives; ///< "the domain example.com (never your full address)"
    };

    /// What the question shows before anything is sent.
    struct Request {
        Purpose purpose = Purpose::Discovery;
        QList<Contact> contacts;
    };

    /// Asks the user (a dialog in the program, a scripted answer in tests).
    using Asker = std::function<Answer(const Request &)>;

    /// Reads the remembered choices from `settingsFile` (INI); writes them there when they change.
    explicit OnlineConsent(QString settingsFile, QObject *parent = nullptr);

    [[nodiscard]] bool isAllowed(Purpose purpose) const;
    /// Refused and remembered: the wizard does not ask again; the privacy settings can change it.
    [[nodiscard]] bool isSwitchedOff(Purpose purpose) const;
    /// True when allowed already; false when switched off; otherwise asks and records the answer
    /// (only a remembered answer is written; "allow" without remembering lasts for this window).
    bool obtain(const Request &request, const Asker &ask);

    /// Also ask plain-http addresses during the online search (their answers need confirmation).
    [[nodiscard]] bool allowInsecureSources() const { return m_settings.allowInsecureSources; }
    [[nodiscard]] const OnlineLookupSettings &remembered() const { return m_settings; }

    /// The privacy settings' switches: remembered at once, replacing an answer for this window.
    void setAllowed(Purpose purpose, bool allowed);
    void setAllowInsecureSources(bool allow);

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] OnlineLookupSettings::Consent &stored(Purpose purpose);
    [[nodiscard]] OnlineLookupSettings::Consent stored(Purpose purpose) const;
    void save();

    QString m_file;
    OnlineLookupSettings m_settings;
    std::array<bool, 2> m_allowedForThisWindow{};
};

} // namespace mailsetup
