// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OnlineConsent.h"

#include <QSettings>

namespace mailsetup {

using Consent = OnlineLookupSettings::Consent;

OnlineConsent::OnlineConsent(QString settingsFile, QObject *parent) : QObject(parent), m_file(std::move(settingsFile))
{
    const QSettings settings(m_file, QSettings::IniFormat);
    m_settings = OnlineLookupSettings::load(settings);
}

Consent &OnlineConsent::stored(Purpose purpose)
{
    return purpose == Purpose::Discovery ? m_settings.consent : m_settings.connectionCheck;
}

Consent OnlineConsent::stored(Purpose purpose) const
{
    return purpose == Purpose::Discovery ? m_settings.consent : m_settings.connectionCheck;
}

bool OnlineConsent::isAllowed(Purpose purpose) const
{
    return stored(purpose) == Consent::Allowed || m_allowedForThisWindow.at(std::size_t(purpose));
}

bool OnlineConsent::isSwitchedOff(Purpose purpose) const
{
    return !isAllowed(purpose) && stored(purpose) == Consent::Refused;
}

bool OnlineConsent::obtain(const Request &request, const Asker &ask)
{
    if (isAllowed(request.purpose))
        return true;
    if (isSwitchedOff(request.purpose) || !ask)
        return false;
    const Answer answer = ask(request);
    if (answer.remember) {
        stored(request.purpose) = answer.allowed ? Consent::Allowed : Consent::Refused;
        save();
    } else if (answer.allowed) {
        m_allowedForThisWindow.at(std::size_t(request.purpose)) = true;
    }
    Q_EMIT changed();
    return answer.allowed;
}

void OnlineConsent::setAllowed(Purpose purpose, bool allowed)
{
    m_allowedForThisWindow.at(std::size_t(purpose)) = false;
    stored(purpose) = allowed ? Consent::Allowed : Consent::Refused;
    save();
    Q_EMIT changed();
}

void OnlineConsent::setAllowInsecureSources(bool allow)
{
    m_settings.allowInsecureSources = allow;
    save();
    Q_EMIT changed();
}

void OnlineConsent::save()
{
    QSettings settings(m_file, QSettings::IniFormat);
    m_settings.save(settings);
}

} // namespace mailsetup
