// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark (not a test): how soon does online discovery answer when one source answers in
// about 50 ms and another hangs? Fakes only, nothing leaves the process.
//
//   cmake --build --preset dev --target discovery_bench && build/dev/bin/discovery_bench [RUNS]
//
// 1. The best source (autoconfig) answers after 50 ms, every other source hangs: the answer
//    should come at about 50 ms, a tiny fraction of the hanging sources' timeout.
// 2. The best source hangs, the ISPDB answers after 50 ms: the answer has to wait for the
//    hanging source's own timeout (ratio about 1.0), never for the whole run's bound.
#include "catalog/Catalog.h"
#include "discovery/DiscoveryRun.h"
#include "discovery/PublicSuffixList.h"
#include "../app/discovery/FakeNetwork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace mailsetup;
using namespace std::chrono_literals;

namespace {

const QString kAutoconfig = QStringLiteral("https://autoconfig.example.com/mail/config-v1.1.xml");
const QString kWellKnown = QStringLiteral("https://example.com/.well-known/autoconfig/mail/config-v1.1.xml");
const QString kIspdb = QStringLiteral("https://ispdb.test/v1.1/example.com");

struct Scenario {
    const char *name;
    bool autoconfigHangs;
    std::chrono::milliseconds hangingTimeout;
};

double runOnce(const Scenario &scenario, const QByteArray &config)
{
    fake::NetworkAccessManager network;
    fake::DnsResolver dns;
    dns.setHanging(DnsResolver::Type::Mx, QStringLiteral("example.com"));
    for (const auto &service : {"_submissions", "_submission", "_imaps", "_imap", "_pop3s", "_pop3"})
        dns.setHanging(DnsResolver::Type::Srv, QString::fromLatin1(service) + QStringLiteral("._tcp.example.com"));
    if (scenario.autoconfigHangs) {
        network.set(kAutoconfig, fake::Response::hanging());
        network.set(kWellKnown, fake::Response::hanging());
        network.set(kIspdb, fake::Response::xml(config, 50));
    } else {
        network.set(kAutoconfig, fake::Response::xml(config, 50));
        network.set(kWellKnown, fake::Response::hanging());
        network.set(kIspdb, fake::Response::hanging());
    }
    const Catalog catalog;
    DiscoveryContext context;
    context.address = EmailAddress::parse(u"anna@example.com");
    context.catalog = &catalog;
    context.network = &network;
    context.dns = &dns;
    context.suffixes = &PublicSuffixList::shared();
    context.options.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
    context.options.sourceTimeouts = {scenario.hangingTimeout, scenario.hangingTimeout, scenario.hangingTimeout,
                                      scenario.hangingTimeout};
    context.options.totalTimeout = 10s;

    DiscoveryRun run(context);
    QSignalSpy finished(&run, &DiscoveryRun::finished);
    QElapsedTimer clock;
    clock.start();
    run.start();
    finished.wait(20000);
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    if (!run.result().found)
        qFatal("the benchmark's discovery found nothing");
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("10")).toInt());
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA_DIR "/discovery/example-provider.xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    const QByteArray config = file.readAll();

    QTextStream out(stdout);
    out << "discovery_bench: " << runs << " runs per scenario, median time-to-answer\n";
    for (const Scenario &scenario : {Scenario{"best source answers in 50 ms, the others hang", false, 6000ms},
                                     Scenario{"best source hangs (timeout 1 s), the next answers in 50 ms", true, 1000ms}}) {
        QList<double> times;
        for (int i = 0; i < runs; ++i)
            times.append(runOnce(scenario, config));
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        out << QStringLiteral("  %1:\n    %2 ms (min %3, max %4); ratio to the hanging source's timeout (%5 ms): %6\n")
                   .arg(QString::fromLatin1(scenario.name), QString::number(median, 'f', 1), QString::number(times.first(), 'f', 1),
                        QString::number(times.last(), 'f', 1), QString::number(scenario.hangingTimeout.count()),
                        QString::number(median / double(scenario.hangingTimeout.count()), 'f', 3));
    }
    return 0;
}
