// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SetupSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailsetup;

class TestSetupSession : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const LoadedCatalog> catalog()
    {
        static const auto loaded = LoadedCatalog::load({{}, false, false, true});
        return loaded;
    }

private Q_SLOTS:
    void previewWaitsForTheCatalog()
    {
        SetupSession session;
        session.setAddressText(QStringLiteral("anna@gmx.ch"));
        QVERIFY(session.address().isValid());
        QVERIFY(!session.preview().found);
        QSignalSpy changed(&session, &SetupSession::addressChanged);
        session.setCatalog(catalog());
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.preview().found);
        QCOMPARE(session.preview().provider->name, QStringLiteral("GMX"));
        QVERIFY(!session.result().found); // nothing is taken before the user goes on
    }

    void previewExplainsAndSuggests_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("typo") << "anna@gmx.dee" << true << "anna@gmx.de";
        QTest::newRow("trailing dot") << "anna@web.de." << false << "anna@web.de";
        QTest::newRow("no at") << "anna.gmx.ch" << false << "";
        QTest::newRow("known") << "anna@gmx.ch" << true << "";
    }

    void previewExplainsAndSuggests()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, suggestion);
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(typed);
        QCOMPARE(session.address().isValid(), valid);
        QCOMPARE(session.preview().suggestion, suggestion);
    }

    void lookUpTakesThePreview()
    {
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(QStringLiteral("anna@web.de"));
        QSignalSpy result(&session, &SetupSession::resultChanged);
        session.lookUp();
        QCOMPARE(result.count(), 1);
        QVERIFY(session.isReady());
        QCOMPARE(session.chosenIncoming()->protocol, Protocol::Imap);
        QCOMPARE(session.chosenOutgoing()->protocol, Protocol::Smtp);
    }

    void choosingPop3PutsItFirst()
    {
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(QStringLiteral("anna@gmx.ch"));
        session.lookUp();
        QCOMPARE(session.incomingProtocols(), (QList<Protocol> {Protocol::Imap, Protocol::Pop3}));
        QSignalSpy choice(&session, &SetupSession::choiceChanged);
        session.chooseIncomingProtocol(Protocol::Pop3);
        QCOMPARE(choice.count(), 1);
        QCOMPARE(session.chosenIncoming()->host, QStringLiteral("pop.gmx.net"));
        QCOMPARE(session.chosenIncoming()->port, 995);
        const LookupResult chosen = session.chosenResult();
        QCOMPARE(chosen.incoming.constFirst().host, QStringLiteral("pop.gmx.net"));
        QCOMPARE(chosen.incoming.size(), session.result().incoming.size());
        const ExportRequest request = session.exportRequest(Language::German);
        QCOMPARE(request.incoming, std::optional(Protocol::Pop3));
        QCOMPARE(request.result.incoming.constFirst().host, QStringLiteral("pop.gmx.net"));
        QCOMPARE(request.languages, QList<Language> {Language::German});
        session.setBothLanguages(true);
        QCOMPARE(
            session.exportRequest(Language::German).languages, (QList<Language> {Language::German, Language::English}));
    }

    void outOfRangeChoicesAreIgnored()
    {
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(QStringLiteral("anna@gmx.ch"));
        session.lookUp();
        QSignalSpy choice(&session, &SetupSession::choiceChanged);
        session.chooseIncoming(99);
        session.chooseOutgoing(-1);
        QCOMPARE(choice.count(), 0);
        QCOMPARE(session.incomingIndex(), 0);
    }

    void hosterForOwnDomain()
    {
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(QStringLiteral("info@baeckerei-muster.de"));
        QVERIFY(!session.preview().found);
        session.chooseHoster(QStringLiteral("strato"));
        QVERIFY(session.result().found);
        QCOMPARE(session.result().provider->id, QStringLiteral("strato"));
        QVERIFY(session.chosenIncoming()->host.endsWith(QStringLiteral("strato.de")));
    }

    void manualSettingsAreMarked()
    {
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(QStringLiteral("info@baeckerei-muster.de"));
        const SetupSession::Guess guess = SetupSession::guessFor(session.address());
        session.useManualSettings(guess.incoming, guess.outgoing);
        QVERIFY(session.isReady());
        QCOMPARE(session.result().provider->name, QStringLiteral("baeckerei-muster.de"));
        QCOMPARE(session.result().notes.size(), 1);
        const Note &note = session.result().notes.constFirst();
        QCOMPARE(note.kind, NoteKind::Warning);
        QVERIFY(!note.text.de.isEmpty());
        QVERIFY(note.text.de != note.text.en);
    }

    void guessUsesTheAceDomain()
    {
        const SetupSession::Guess guess = SetupSession::guessFor(EmailAddress::parse(u"anna@müller.de"));
        QCOMPARE(guess.incoming.host, QStringLiteral("imap.xn--mller-kva.de"));
        QCOMPARE(guess.incoming.port, 993);
        QCOMPARE(guess.incoming.security, Security::Ssl);
        QCOMPARE(guess.incoming.username, QStringLiteral("anna@xn--mller-kva.de"));
        QCOMPARE(guess.outgoing.host, QStringLiteral("smtp.xn--mller-kva.de"));
        QCOMPARE(guess.outgoing.port, 465);
        QCOMPARE(guess.outgoing.protocol, Protocol::Smtp);
    }

    void standardPorts_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Security>("security");
        QTest::addColumn<int>("port");
        QTest::newRow("imaps") << Protocol::Imap << Security::Ssl << 993;
        QTest::newRow("imap starttls") << Protocol::Imap << Security::StartTls << 143;
        QTest::newRow("pop3s") << Protocol::Pop3 << Security::Ssl << 995;
        QTest::newRow("pop3 starttls") << Protocol::Pop3 << Security::StartTls << 110;
        QTest::newRow("submissions") << Protocol::Smtp << Security::Ssl << 465;
        QTest::newRow("submission") << Protocol::Smtp << Security::StartTls << 587;
        QTest::newRow("smtp plain") << Protocol::Smtp << Security::None << 25;
    }

    void standardPorts()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Security, security);
        QFETCH(int, port);
        QCOMPARE(int(SetupSession::standardPort(protocol, security)), port);
    }

    void insecureResultNeedsConfirmation()
    {
        SetupSession session;
        session.setCatalog(catalog());
        session.setAddressText(QStringLiteral("anna@gmx.ch"));
        LookupResult result = session.preview();
        result.secure = false;
        result.source = SettingsSource::Autoconfig;
        session.setResult(result);
        QVERIFY(session.needsConfirmation());
        QVERIFY(!session.isReady());
        QSignalSpy changed(&session, &SetupSession::resultChanged);
        session.confirmInsecureResult();
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.isReady());
        session.setResult(result); // a new answer must be confirmed again
        QVERIFY(session.needsConfirmation());
    }
};

QTEST_GUILESS_MAIN(TestSetupSession)
#include "tst_setupsession.moc"
