// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ThunderbirdOAuthHosts.h"

namespace mailsetup::ThunderbirdOAuthHosts {

namespace {

// The mail entries of kHostnames in Thunderbird 153.8 ESR (omni.ja,
// modules/OAuth2Providers.sys.mjs): Google, Mail.ru, Yandex, Yahoo/AT&T, AOL, Microsoft,
// Fastmail, Comcast and Thundermail. Thunderbird's own test hosts are left out. Re-check this
// list when the supported Thunderbird version changes (docs/export.md).
constexpr const char *kHostSuffixes[] = {
    "googlemail.com",    "gmail.com",         "imap.mail.ru",      "smtp.mail.ru",    "imap.yandex.com",
    "smtp.yandex.com",   "yahoo.com",         "att.net",           "aol.com",         "office365.com",
    "outlook.com",       "hotmail.com",       "imap.fastmail.com", "pop.fastmail.com", "smtp.fastmail.com",
    "imap.comcast.net",  "pop.comcast.net",   "smtp.comcast.net",  "thundermail.com",
};

} // namespace

bool isKnown(const QString &host)
{
    // Like Thunderbird: the host itself, then each parent domain that still contains a dot.
    QString candidate = host.toLower();
    while (candidate.contains(u'.')) {
        for (const char *suffix : kHostSuffixes) {
            if (candidate == QLatin1String(suffix))
                return true;
        }
        candidate = candidate.mid(candidate.indexOf(u'.') + 1);
    }
    return false;
}

} // namespace mailsetup::ThunderbirdOAuthHosts
