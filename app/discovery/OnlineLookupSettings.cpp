// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/OnlineLookupSettings.h"

#include <QSettings>

namespace mailsetup {

OnlineLookupSettings OnlineLookupSettings::load(const QSettings &settings)
{
    OnlineLookupSettings result;
    // Anything unknown, including a damaged file, means: ask again.
    result.consent = fromSpelling<Consent>(settings.value(QLatin1String(kConsentKey)).toString()).value_or(Consent::NotAsked);
    result.allowInsecureSources = settings.value(QLatin1String(kInsecureKey), false).toBool();
    result.connectionCheck =
        fromSpelling<Consent>(settings.value(QLatin1String(kCheckConsentKey)).toString()).value_or(Consent::NotAsked);
    return result;
}

void OnlineLookupSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(kConsentKey), mailsetup::spelling(consent));
    settings.setValue(QLatin1String(kInsecureKey), allowInsecureSources);
    settings.setValue(QLatin1String(kCheckConsentKey), mailsetup::spelling(connectionCheck));
}

bool OnlineLookupSettings::mayDiscover(const LookupResult &offline) const
{
    return consent == Consent::Allowed && offline.address.isValid() && !offline.found;
}

} // namespace mailsetup
