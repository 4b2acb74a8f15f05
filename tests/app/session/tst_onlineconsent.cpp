// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OnlineConsent.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;
using Purpose = OnlineConsent::Purpose;
using Consent = OnlineLookupSettings::Consent;

namespace {

/// An asker that answers `answer` and counts how often it was asked.
struct ScriptedAsker {
    OnlineConsent::Answer answer;
    int asked = 0;
    OnlineConsent::Asker function()
    {
        return [this](const OnlineConsent::Request &) {
            ++asked;
            return answer;
        };
    }
};

OnlineConsent::Request request(Purpose purpose)
{
    return {purpose, {}};
}

} // namespace

/// Asked once, remembered only when the user says so, the two purposes apart, and the privacy
/// settings' switches replace an answer.
class TestOnlineConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); QFile::remove(file()); }

    void nothingIsAllowedBeforeAsking()
    {
        const OnlineConsent consent(file());
        for (const Purpose purpose : {Purpose::Discovery, Purpose::ConnectionCheck}) {
            QVERIFY(!consent.isAllowed(purpose));
            QVERIFY(!consent.isSwitchedOff(purpose));
        }
        QVERIFY(!consent.allowInsecureSources());
    }

    void rememberedYesIsAskedOnce()
    {
        ScriptedAsker asker{{true, true}};
        {
            OnlineConsent consent(file());
            QSignalSpy changed(&consent, &OnlineConsent::changed);
            QVERIFY(consent.obtain(request(Purpose::Discovery), asker.function()));
            QVERIFY(consent.obtain(request(Purpose::Discovery), asker.function()));
            QCOMPARE(asker.asked, 1);
            QCOMPARE(changed.count(), 1);
            QVERIFY(!consent.isAllowed(Purpose::ConnectionCheck)); // a different question
        }
        QCOMPARE(QSettings(file(), QSettings::IniFormat).value(QStringLiteral("privacy/onlineLookup")).toString(),
                 QStringLiteral("allowed"));
        OnlineConsent later(file());
        QVERIFY(later.obtain(request(Purpose::Discovery), asker.function()));
        QCOMPARE(asker.asked, 1);
    }

    void yesWithoutRememberingLastsForThisWindow()
    {
        ScriptedAsker asker{{true, false}};
        {
            OnlineConsent consent(file());
            QVERIFY(consent.obtain(request(Purpose::ConnectionCheck), asker.function()));
            QVERIFY(consent.obtain(request(Purpose::ConnectionCheck), asker.function()));
            QCOMPARE(asker.asked, 1);
        }
        QVERIFY(!QFile::exists(file())); // nothing written
        OnlineConsent later(file());
        QVERIFY(later.obtain(request(Purpose::ConnectionCheck), asker.function()));
        QCOMPARE(asker.asked, 2);
    }

    void notNowAsksAgainButRememberedNoDoesNot()
    {
        OnlineConsent consent(file());
        ScriptedAsker notNow{{false, false}};
        QVERIFY(!consent.obtain(request(Purpose::Discovery), notNow.function()));
        QVERIFY(!consent.obtain(request(Purpose::Discovery), notNow.function()));
        QCOMPARE(notNow.asked, 2);
        QVERIFY(!consent.isSwitchedOff(Purpose::Discovery));

        ScriptedAsker never{{false, true}};
        QVERIFY(!consent.obtain(request(Purpose::Discovery), never.function()));
        QVERIFY(consent.isSwitchedOff(Purpose::Discovery));
        ScriptedAsker wouldSayYes{{true, true}};
        QVERIFY(!consent.obtain(request(Purpose::Discovery), wouldSayYes.function()));
        QCOMPARE(wouldSayYes.asked, 0);
        QCOMPARE(OnlineConsent(file()).remembered().consent, Consent::Refused);
    }

    void withoutAnAskerNothingIsAllowed()
    {
        OnlineConsent consent(file());
        QVERIFY(!consent.obtain(request(Purpose::Discovery), {}));
    }

    void privacySwitchesReplaceAnswers()
    {
        OnlineConsent consent(file());
        ScriptedAsker once{{true, false}};
        QVERIFY(consent.obtain(request(Purpose::Discovery), once.function()));
        QSignalSpy changed(&consent, &OnlineConsent::changed);
        consent.setAllowed(Purpose::Discovery, false); // switched off although allowed for this window
        QVERIFY(consent.isSwitchedOff(Purpose::Discovery));
        consent.setAllowed(Purpose::ConnectionCheck, true);
        consent.setAllowInsecureSources(true);
        QCOMPARE(changed.count(), 3);

        const OnlineLookupSettings stored = OnlineConsent(file()).remembered();
        QCOMPARE(stored.consent, Consent::Refused);
        QCOMPARE(stored.connectionCheck, Consent::Allowed);
        QVERIFY(stored.allowInsecureSources);
    }

private:
    QString file() const { return m_dir.filePath(QStringLiteral("mailsetup.conf")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOnlineConsent)
#include "tst_onlineconsent.moc"
