// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/OnlineLookupSettings.h"

#include <QSettings>

namespace mailsetup {

OnlineLookupSettings OnlineLookupSettings::load(const QSettings &settings)
{
    OnlineLookupSettings result;
    result.consent = consentFromSpelling(settings.value(QLatin1String(kConsentKey)).toString());
    result.allowInsecureSources = settings.value(QLatin1String(kInsecureKey), false).toBool();
    return result;
}

void OnlineLookupSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(kConsentKey), spelling(consent));
    settings.setValue(QLatin1String(kInsecureKey), allowInsecureSources);
}

bool OnlineLookupSettings::mayDiscover(const LookupResult &offline) const
{
    return consent == Consent::Allowed && offline.address.isValid() && !offline.found;
}

QString OnlineLookupSettings::spelling(Consent consent)
{
    switch (consent) {
    case Consent::Allowed:
        return QStringLiteral("allowed");
    case Consent::Refused:
        return QStringLiteral("refused");
    case Consent::NotAsked:
        break;
    }
    return QStringLiteral("not-asked");
}

OnlineLookupSettings::Consent OnlineLookupSettings::consentFromSpelling(const QString &text)
{
    if (text == QLatin1String("allowed"))
        return Consent::Allowed;
    if (text == QLatin1String("refused"))
        return Consent::Refused;
    // Anything else, including a damaged file, means: ask again.
    return Consent::NotAsked;
}

} // namespace mailsetup
