// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/OnlineLookupSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;
using Consent = OnlineLookupSettings::Consent;

class TestOnlineLookupSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsToAsk();
    void roundTrip();
    void damagedValueMeansAskAgain();
    void connectionCheckIsAskedSeparately();
    void discoversOnlyUnknownValidDomainsWithConsent();
};

void TestOnlineLookupSettings::defaultIsToAsk()
{
    QTemporaryDir dir;
    const QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const OnlineLookupSettings loaded = OnlineLookupSettings::load(settings);
    QCOMPARE(loaded.consent, Consent::NotAsked);
    QVERIFY(loaded.needsQuestion());
    QVERIFY(!loaded.allowInsecureSources);
}

void TestOnlineLookupSettings::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        OnlineLookupSettings{Consent::Allowed, true}.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("privacy/onlineLookup")).toString(), QStringLiteral("allowed"));
    QCOMPARE(OnlineLookupSettings::load(settings), (OnlineLookupSettings{Consent::Allowed, true}));
    OnlineLookupSettings{Consent::Refused, false}.save(settings);
    QCOMPARE(OnlineLookupSettings::load(settings).consent, Consent::Refused);
}

void TestOnlineLookupSettings::damagedValueMeansAskAgain()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("privacy/onlineLookup"), QStringLiteral("yes please"));
    QCOMPARE(OnlineLookupSettings::load(settings).consent, Consent::NotAsked);
}

void TestOnlineLookupSettings::connectionCheckIsAskedSeparately()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(OnlineLookupSettings::load(settings).connectionCheck, Consent::NotAsked);
    OnlineLookupSettings{Consent::Refused, false, Consent::Allowed}.save(settings);
    QCOMPARE(settings.value(QStringLiteral("privacy/connectionCheck")).toString(), QStringLiteral("allowed"));
    const OnlineLookupSettings loaded = OnlineLookupSettings::load(settings);
    QCOMPARE(loaded.consent, Consent::Refused);
    QCOMPARE(loaded.connectionCheck, Consent::Allowed);
}

void TestOnlineLookupSettings::discoversOnlyUnknownValidDomainsWithConsent()
{
    LookupResult unknown;
    unknown.address = EmailAddress::parse(u"anna@own-domain.example");
    LookupResult known = unknown;
    known.found = true;
    LookupResult invalid;
    invalid.address = EmailAddress::parse(u"anna@");

    const OnlineLookupSettings allowed{Consent::Allowed, false};
    QVERIFY(allowed.mayDiscover(unknown));
    QVERIFY(!allowed.mayDiscover(known));
    QVERIFY(!allowed.mayDiscover(invalid));
    QVERIFY(!(OnlineLookupSettings{Consent::NotAsked, false}.mayDiscover(unknown)));
    QVERIFY(!(OnlineLookupSettings{Consent::Refused, false}.mayDiscover(unknown)));
}

QTEST_GUILESS_MAIN(TestOnlineLookupSettings)
#include "tst_onlinelookupsettings.moc"
