// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Autoconfig and ISPDB answers from the network (ClientConfigParser): whatever a server sends,
// the parser never crashes, every refusal has a message, and an accepted configuration is one
// the rest of the program may trust — host names in ACE/LDH form (or an IP address), ports from
// 1 to 65535, IMAP or POP3 in, SMTP out, a known security and at least one sign-in method.
#include "FuzzTarget.h"

#include "address/DomainName.h"
#include "discovery/ClientConfigParser.h"

#include <QHostAddress>

using namespace mailsetup;

namespace {

/// Lower-case letters, digits, hyphens and dots only: what a host name may be after ACE.
bool isLdh(const QString &host)
{
    for (const QChar c : host) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
        if (!allowed)
            return false;
    }
    return true;
}

void checkHost(const QString &host)
{
    FUZZ_ASSERT(!host.isEmpty());
    if (QHostAddress(host).isNull()) {
        const QString withDomain = QString(host).replace(QLatin1String("%EMAILDOMAIN%"), QLatin1String("example.com"));
        FUZZ_ASSERT(isLdh(withDomain));
        FUZZ_ASSERT(DomainName::parse(withDomain, false).isValid());
    }
}

void checkServer(const ServerTemplate &server, bool outgoing)
{
    checkHost(server.host);
    FUZZ_ASSERT(server.port >= 1);
    FUZZ_ASSERT(outgoing ? server.protocol == Protocol::Smtp : server.protocol != Protocol::Smtp);
    FUZZ_ASSERT(!server.auth.isEmpty());
    FUZZ_ASSERT(!server.username.isEmpty() || !server.usernameHint.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ClientConfigParser::Result result = ClientConfigParser::parse(xml);
    if (!result.provider) {
        FUZZ_ASSERT(result.problem.isProblem());
        FUZZ_ASSERT(!result.problem.message(Language::English).isEmpty());
        FUZZ_ASSERT(!result.problem.message(Language::German).isEmpty());
        return 0;
    }
    FUZZ_ASSERT(!result.problem.isProblem());
    const Provider &provider = *result.provider;
    FUZZ_ASSERT(!provider.incoming.isEmpty());
    FUZZ_ASSERT(!provider.outgoing.isEmpty());
    for (const ServerTemplate &server : provider.incoming)
        checkServer(server, false);
    for (const ServerTemplate &server : provider.outgoing)
        checkServer(server, true);
    for (const QString &domain : provider.domains) {
        FUZZ_ASSERT(isLdh(domain));
        FUZZ_ASSERT(DomainName::parse(domain).isValid());
    }
    for (const Note &note : provider.notes)
        FUZZ_ASSERT(!note.text.de.isEmpty() || !note.url.isEmpty());
    return 0;
}
