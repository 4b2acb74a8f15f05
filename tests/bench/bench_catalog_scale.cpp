// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scale check: a synthetic catalog of 10,000 providers / 100,000 domains, loaded from the compiled
// form (CBOR, what the program embeds) versus parsed from YAML by yaml-cpp (what a user catalog
// costs). Prints "yaml-ms", "compiled-ms" (medians) for tests/bench/run-benchmarks.py.
#include "catalog/Catalog.h"
#include "catalog/CatalogCbor.h"
#include "catalog/CatalogYamlReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mailsetup;

namespace {

/// The synthetic catalog as YAML text: every provider like a typical real entry.
QByteArray syntheticYaml(int providers, int domainsPerProvider)
{
    QByteArray yaml = "schema: 1\nsnapshot: 2026-11-27\nproviders:\n";
    for (int p = 0; p < providers; ++p) {
        const QByteArray id = "provider" + QByteArray::number(p);
        yaml += "  - id: " + id + "\n    name: Provider " + QByteArray::number(p) + "\n    status: active\n    domains: [";
        for (int d = 0; d < domainsPerProvider; ++d)
            yaml += (d ? ", " : "") + id + "-" + QByteArray::number(d) + ".example";
        yaml += "]\n    verified: {date: 2026-03-12, source: https://example.org/" + id + "}\n"
                "    incoming:\n"
                "      - {protocol: imap, host: imap." + id + ".example, port: 993, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}\n"
                "      - {protocol: pop3, host: pop." + id + ".example, port: 995, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}\n"
                "    outgoing:\n"
                "      - {protocol: smtp, host: smtp." + id + ".example, port: 465, security: ssl, auth: [password], username: \"%EMAILADDRESS%\"}\n"
                "    notes:\n"
                "      - {kind: before-setup, de: Schalten Sie zuerst IMAP ein., en: First switch on IMAP.}\n";
    }
    return yaml;
}

template <typename F>
double medianMilliseconds(int runs, F work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    const int providers = quick ? 100 : 10000;
    const QByteArray yaml = syntheticYaml(providers, 10);
    const auto parsed = CatalogYamlReader::read(yaml, QStringLiteral("synthetic.yaml"));
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.errors.constFirst().toString()));
        return 1;
    }
    const QByteArray compiled = CatalogCbor::encode(parsed.catalog);
    const int runs = quick ? 1 : 5;

    const double yamlMs = medianMilliseconds(runs, [&] { (void)CatalogYamlReader::read(yaml, QStringLiteral("synthetic.yaml")); });
    const double compiledMs = medianMilliseconds(runs, [&] {
        Catalog catalog;
        catalog.addLayer({SettingsSource::Catalog, QStringLiteral("synthetic"), *CatalogCbor::decode(compiled)});
        if (catalog.domainIndex().size() != providers * 10)
            std::abort();
    });
    std::printf("providers %d\ndomains %d\nyaml-bytes %lld\ncompiled-bytes %lld\nyaml-ms %.2f\ncompiled-ms %.2f\n", providers,
                providers * 10, static_cast<long long>(yaml.size()), static_cast<long long>(compiled.size()), yamlMs, compiledMs);
    return 0;
}
