// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ConnectionTester.h"

#include "../check/FakeTransport.h"
#include "../discovery/FakeNetwork.h"
#include "check/CheckProgressModel.h"
#include "session/SetupSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;
using namespace std::chrono_literals;

namespace {

using RowKind = CheckProgressModel::RowKind;
using ServerState = CheckProgressModel::ServerState;

/// gmx.ch from the bundled catalog, checked against scripted servers.
struct Harness {
    Harness()
    {
        static const auto catalog = LoadedCatalog::load({{}, false, false, true});
        session.setCatalog(catalog);
        session.setAddressText(QStringLiteral("anna@gmx.ch"));
        session.lookUp();
        DnsAnswer answer;
        answer.status = DnsAnswer::Status::Found;
        answer.addresses = {QHostAddress(QStringLiteral("192.0.2.7"))};
        for (const QString &host : {QStringLiteral("imap.gmx.net"), QStringLiteral("mail.gmx.net"), QStringLiteral("pop.gmx.net")})
            dns.set(DnsResolver::Type::Address, host, {answer, 0, false});
        services.dns = &dns;
        services.checkTimeout = 3s;
        services.createTransport = [this](QObject *parent) {
            ++transports;
            const auto *check = qobject_cast<ServerCheck *>(parent);
            const bool smtp = check && check->report().server.protocol == Protocol::Smtp;
            return new FakeTransport(smtp ? outgoing : incoming, parent);
        };
    }

    bool runToEnd(ConnectionTester &tester, const QString &password = {})
    {
        if (!tester.start(password, allow))
            return false;
        return QTest::qWaitFor([&] { return tester.state() != ConnectionTester::State::Running; }, 5000);
    }

    static QStringList texts(const CheckProgressModel *model)
    {
        QStringList lines;
        for (int row = 0; row < model->rowCount(); ++row)
            lines.append(model->index(row).data().toString());
        return lines;
    }

    QTemporaryDir dir;
    fake::DnsResolver dns;
    QList<QByteArray> sentIn;
    QList<QByteArray> sentOut;
    FakeTransport::Script incoming = FakeTransport::mailServer(Protocol::Imap, &sentIn, "right");
    FakeTransport::Script outgoing = FakeTransport::mailServer(Protocol::Smtp, &sentOut, "right");
    int transports = 0;
    SetupSession session;
    OnlineServices services;
    OnlineConsent consent{dir.filePath(QStringLiteral("mailsetup.conf"))};
    OnlineConsent::Asker allow = [](const OnlineConsent::Request &) { return OnlineConsent::Answer{true, false}; };
};

} // namespace

/// The view model behind "Check connection": the chosen servers, consent first, each step as
/// a row as it happens, a plain verdict, Stop, and a password that stays nowhere.
class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksTheChosenServersAfterConsent()
    {
        Harness h;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QCOMPARE(tester.servers().size(), 2);
        QCOMPARE(tester.servers().at(0).host, QStringLiteral("imap.gmx.net"));
        QCOMPARE(tester.servers().at(1).host, QStringLiteral("mail.gmx.net"));
        QVERIFY(tester.offersPasswordLogin());
        const OnlineConsent::Request request = tester.consentRequest();
        QCOMPARE(request.purpose, OnlineConsent::Purpose::ConnectionCheck);
        QCOMPARE(request.contacts.size(), 3);
        QCOMPARE(request.contacts.at(0).target, QStringLiteral("imap.gmx.net:993"));
        QCOMPARE(request.contacts.at(2).receives.en, QStringLiteral("the names imap.gmx.net, mail.gmx.net"));

        QVERIFY(!tester.start(QStringLiteral("right"), [](const OnlineConsent::Request &) { return OnlineConsent::Answer{}; }));
        QTest::qWait(20);
        QCOMPARE(h.transports, 0);
        QVERIFY(h.dns.queries().isEmpty());
        QCOMPARE(tester.state(), ConnectionTester::State::Idle);
    }

    void successWithLoginIsExplained()
    {
        Harness h;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QAbstractItemModelTester modelTester(tester.progress(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(tester.progress(), &QAbstractItemModel::rowsInserted);
        QVERIFY(h.runToEnd(tester, QStringLiteral("right")));
        QCOMPARE(tester.state(), ConnectionTester::State::Passed);
        QVERIFY(inserted.count() > 2); // steps arrived one by one
        const QStringList lines = Harness::texts(tester.progress());
        QCOMPARE(lines.constFirst(), QStringLiteral("Incoming mail: IMAP imap.gmx.net, port 993 (SSL/TLS) — works"));
        QVERIFY(lines.contains(QStringLiteral("Signing in as anna@gmx.ch worked.")));
        QVERIFY(lines.contains(QStringLiteral("Outgoing mail: SMTP mail.gmx.net, port 465 (SSL/TLS) — works")));
        QCOMPARE(tester.statusText(Language::English),
            QStringLiteral("Both servers work with these settings, and the sign-in with your password worked."));
        QVERIFY(tester.statusText(Language::German).startsWith(QStringLiteral("Beide Server funktionieren")));
        const CheckProgressModel *model = tester.progress();
        QCOMPARE(RowKind(model->index(0).data(CheckProgressModel::RowKindRole).toInt()), RowKind::Server);
        QCOMPARE(ServerState(model->index(0).data(CheckProgressModel::StatusRole).toInt()), ServerState::Works);
        QCOMPARE(RowKind(model->index(1).data(CheckProgressModel::RowKindRole).toInt()), RowKind::Step);
        QCOMPARE(CheckStatus(model->index(1).data(CheckProgressModel::StatusRole).toInt()), CheckStatus::Passed);
        QVERIFY(model->index(1).data(CheckProgressModel::GermanTextRole).toString().startsWith(QStringLiteral("Der Servername")));
    }

    void passwordReachesOnlyTheServers()
    {
        Harness h;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(h.runToEnd(tester, QStringLiteral("right")));
        QVERIFY(std::any_of(h.sentIn.cbegin(), h.sentIn.cend(), [](const QByteArray &line) { return line.contains("right"); }));
        const CheckProgressModel *model = tester.progress();
        for (int row = 0; row < model->rowCount(); ++row) {
            // Every role a view could ask for, Qt's own and the model's.
            for (int role = 0; role <= CheckProgressModel::EnglishTextRole; ++role)
                QVERIFY(!model->index(row).data(role).toString().contains(QStringLiteral("right")));
        }
        for (const Language language : {Language::English, Language::German})
            QVERIFY(!tester.statusText(language).contains(QStringLiteral("right")));
    }

    void failureIsExplained()
    {
        Harness h;
        h.outgoing.connectFailure = FakeTransport::Failure::Refused;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(h.runToEnd(tester, QStringLiteral("wrong")));
        QCOMPARE(tester.state(), ConnectionTester::State::Failed);
        const QStringList lines = Harness::texts(tester.progress());
        QVERIFY2(lines.contains(QStringLiteral("Outgoing mail: SMTP mail.gmx.net, port 465 (SSL/TLS) — does not work with these settings")),
            qPrintable(lines.join(u'\n')));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.startsWith(QStringLiteral("The server did not accept the user name anna@gmx.ch"));
        }));
        QCOMPARE(tester.statusText(Language::English),
            QStringLiteral("Neither server works with these settings. The lines marked with a red cross say why."));
    }

    void verdictNamesTheServerThatFails()
    {
        Harness h;
        h.incoming.connectFailure = FakeTransport::Failure::Refused;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(h.runToEnd(tester));
        QCOMPARE(tester.statusText(Language::English),
            QStringLiteral("The incoming server does not work with these settings; the outgoing server does. The lines "
                           "marked with a red cross say why."));
    }

    void failedServerComesFirst()
    {
        Harness h;
        h.outgoing.connectFailure = FakeTransport::Failure::Refused;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QAbstractItemModelTester modelTester(tester.progress(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CheckProgressModel *model = tester.progress();
        QVERIFY(tester.start({}, h.allow));
        // A view holding on to the incoming server's heading must still find it after the move.
        const QPersistentModelIndex incomingHeading = model->index(0);
        QCOMPARE(Harness::texts(model).constFirst(), QStringLiteral("Incoming mail: IMAP imap.gmx.net, port 993 (SSL/TLS) — checking …"));
        QTRY_VERIFY(tester.state() != ConnectionTester::State::Running);
        QCOMPARE(tester.state(), ConnectionTester::State::Failed);

        // The verdict points at the red crosses: the failing outgoing server is right below it.
        const QStringList lines = Harness::texts(model);
        QCOMPARE(lines.constFirst(),
            QStringLiteral("Outgoing mail: SMTP mail.gmx.net, port 465 (SSL/TLS) — does not work with these settings"));
        QCOMPARE(model->index(0).data(CheckProgressModel::ServerRole).toInt(), 1); // still the check's server 1
        int incomingRow = 1;
        bool crossBelowVerdict = false;
        while (RowKind(model->index(incomingRow).data(CheckProgressModel::RowKindRole).toInt()) != RowKind::Server) {
            QCOMPARE(model->index(incomingRow).data(CheckProgressModel::ServerRole).toInt(), 1);
            crossBelowVerdict |= CheckStatus(model->index(incomingRow).data(CheckProgressModel::StatusRole).toInt())
                                 == CheckStatus::Failed;
            ++incomingRow;
        }
        QVERIFY(crossBelowVerdict);
        QCOMPARE(lines.at(incomingRow), QStringLiteral("Incoming mail: IMAP imap.gmx.net, port 993 (SSL/TLS) — works"));
        QCOMPARE(incomingHeading.row(), incomingRow);
        for (int row = incomingRow; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row).data(CheckProgressModel::ServerRole).toInt(), 0);
    }

    void serversThatAllFailKeepTheCheckOrder()
    {
        Harness h;
        h.incoming.connectFailure = FakeTransport::Failure::Refused;
        h.outgoing.connectFailure = FakeTransport::Failure::Refused;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(h.runToEnd(tester));
        const QStringList lines = Harness::texts(tester.progress());
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("Incoming mail: IMAP imap.gmx.net")));
    }

    void stopKeepsWhatWasSeen()
    {
        Harness h;
        h.incoming.hang = true;
        h.outgoing.hang = true;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(tester.start({}, h.allow));
        QVERIFY(!tester.canStart());
        QTRY_VERIFY(Harness::texts(tester.progress()).contains(QStringLiteral("A connection to 192.0.2.7 on port 465 was made.")));
        tester.stop();
        QCOMPARE(tester.state(), ConnectionTester::State::Stopped);
        const QStringList lines = Harness::texts(tester.progress());
        QVERIFY(lines.constFirst().endsWith(QStringLiteral("— check stopped")));
        QVERIFY(lines.contains(QStringLiteral("A connection to 192.0.2.7 on port 465 was made.")));
        QCOMPARE(tester.statusText(Language::English), QStringLiteral("The check was stopped."));
        QVERIFY(tester.canStart());
        QTest::qWait(50); // nothing arrives after the stop
        QCOMPARE(Harness::texts(tester.progress()), lines);
    }

    void otherServersClearTheResult()
    {
        Harness h;
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(h.runToEnd(tester));
        QVERIFY(tester.progress()->rowCount() > 0);
        h.session.setBothLanguages(true); // the same servers: the result stays
        QCOMPARE(tester.state(), ConnectionTester::State::Passed);
        h.session.chooseIncomingProtocol(Protocol::Pop3);
        QCOMPARE(tester.state(), ConnectionTester::State::Idle);
        QCOMPARE(tester.progress()->rowCount(), 0);
        QCOMPARE(tester.servers().constFirst().host, QStringLiteral("pop.gmx.net"));
    }

    void unconfirmedSettingsAreNotContacted()
    {
        Harness h;
        LookupResult untrusted = h.session.result();
        untrusted.secure = false;
        h.session.setResult(untrusted);
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(tester.waitsForConfirmation());
        QVERIFY(!tester.canStart());
        QVERIFY(!tester.start(QStringLiteral("right"), h.allow));
        QCOMPARE(h.transports, 0);
        h.session.confirmInsecureResult();
        QVERIFY(tester.canStart());
    }

    void oauth2OnlyOffersNoPasswordLogin()
    {
        Harness h;
        h.session.setAddressText(QStringLiteral("anna@outlook.com"));
        h.session.lookUp();
        ConnectionTester tester(&h.session, h.services, &h.consent);
        QVERIFY(!tester.offersPasswordLogin());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
