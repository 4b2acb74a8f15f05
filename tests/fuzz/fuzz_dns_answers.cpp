// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What discovery makes of DNS answers (DiscoveredSettings): SRV records become servers, MX records
// a list of mail hosts and the base domain to ask about. DNS labels may hold any byte, so a broken
// or hostile name server can send any name. Input: the domain of the address, then for each of
// the six SRV services a record count byte and per record target, port, priority and weight, then
// the MX records (count, exchange, preference). Properties: nothing crashes; every server and MX
// host is a valid lower-case ACE host name; ports are 1–65535; a base domain is a valid domain.
#include "FuzzInput.h"
#include "FuzzTarget.h"

#include "address/DomainName.h"
#include "address/EmailAddress.h"
#include "discovery/DiscoveredSettings.h"
#include "discovery/PublicSuffixList.h"

using namespace mailsetup;

namespace {

void checkHost(const QString &host)
{
    const DomainName parsed = DomainName::parse(host);
    FUZZ_ASSERT(parsed.isValid());
    FUZZ_ASSERT(parsed.ace == host);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const EmailAddress address = EmailAddress::parse(QString(QStringLiteral("user@") + input.text()));
    if (!address.isValid())
        return 0;
    const PublicSuffixList &suffixes = PublicSuffixList::shared();

    QList<DiscoveredSettings::SrvAnswer> answers;
    for (const DiscoveredSettings::SrvService &service : DiscoveredSettings::srvServices()) {
        DnsAnswer answer;
        answer.status = input.pick({DnsAnswer::Status::Found, DnsAnswer::Status::NotFound, DnsAnswer::Status::Failed});
        for (int count = input.byte() % 4; count > 0; --count) {
            SrvRecord record;
            record.target = input.text();
            record.port = input.number16();
            record.priority = input.number16();
            record.weight = input.number16();
            answer.srv.append(record);
        }
        answers.append({service, answer});
    }
    const LookupResult result = DiscoveredSettings::fromSrv(answers, address, suffixes);
    FUZZ_ASSERT(result.found == result.isUsable());
    for (const QList<ServerSettings> *servers : {&result.incoming, &result.outgoing}) {
        for (const ServerSettings &server : *servers) {
            checkHost(server.host);
            FUZZ_ASSERT(server.port >= 1);
            FUZZ_ASSERT(server.username == address.addressAce());
        }
    }

    QList<MxRecord> mx;
    for (int count = input.byte() % 8; count > 0; --count) {
        MxRecord record;
        record.exchange = input.text();
        record.preference = input.number16();
        mx.append(record);
    }
    const QStringList hosts = DiscoveredSettings::mxHostsByPreference(mx);
    FUZZ_ASSERT(hosts.size() <= mx.size());
    for (const QString &host : hosts) {
        checkHost(host);
        const QString base = DiscoveredSettings::mxBaseDomain(host, address.domainAce(), suffixes);
        if (!base.isEmpty()) {
            checkHost(base);
            FUZZ_ASSERT(host == base || host.endsWith(u'.' + base));
        }
    }
    return 0;
}
