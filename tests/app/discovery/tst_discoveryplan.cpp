// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryPlan.h"

#include <QTest>

using namespace mailsetup;

class TestDiscoveryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryContactWithoutTheAddress();
    void plainHttpOnlyWhenAllowed();
};

void TestDiscoveryPlan::listsEveryContactWithoutTheAddress()
{
    const auto contacts = DiscoveryPlan::contacts(EmailAddress::parse(u"anna.secret@example.com"), DiscoveryOptions());
    QCOMPARE(contacts.size(), 5);
    QCOMPARE(contacts.at(0).target, QStringLiteral("https://autoconfig.example.com/mail/config-v1.1.xml"));
    QCOMPARE(contacts.at(2).source, DiscoverySourceKind::Ispdb);
    QCOMPARE(contacts.at(2).target, QStringLiteral("https://live.thunderbird.net/autoconfig/v1.1/example.com"));
    QCOMPARE(contacts.at(3).source, DiscoverySourceKind::Mx);
    QVERIFY(contacts.at(4).sends.en.contains(QStringLiteral("_submissions._tcp.example.com")));
    for (const auto &contact : contacts) {
        QVERIFY(!contact.target.contains(QStringLiteral("anna")));
        QVERIFY(!contact.sends.en.contains(QStringLiteral("anna")));
        QVERIFY(!contact.sends.de.isEmpty());
    }
}

void TestDiscoveryPlan::plainHttpOnlyWhenAllowed()
{
    DiscoveryOptions options;
    options.allowHttp = true;
    const auto contacts = DiscoveryPlan::contacts(EmailAddress::parse(u"anna@example.com"), options);
    QCOMPARE(contacts.size(), 7);
    QVERIFY(contacts.at(2).target.startsWith(QStringLiteral("http://")));
}

QTEST_GUILESS_MAIN(TestDiscoveryPlan)
#include "tst_discoveryplan.moc"
