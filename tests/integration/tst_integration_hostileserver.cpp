// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliRunner.h"
#include "FakeMailServer.h"

#include <QJsonArray>
#include <QTest>

/// `mailsetup check` against scripted servers on 127.0.0.1 that misbehave on purpose: a flood of
/// capability lines, a line without end, an overlong line, silence, and an HTTP answer. Each must
/// end the check quickly with a clear explanation — never a hang, never megabytes buffered.
class TestIntegrationHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capabilityFloodEndsTheCheck();
    void lineWithoutEndIsRefused();
    void overlongLineIsRefused();
    void silentServerTimesOut();
    void httpServerIsAProtocolError();

private:
    /// Runs the check of hostile.test with its servers mapped to `imap` and `smtp`.
    CliRunner::Run check(FakeMailServer &imap, FakeMailServer &smtp, int timeoutSeconds = 30);
    /// Whether the check failed (exit 1) within `withinMs` with one failed step per server, each
    /// starting with or containing `message`; says what it got otherwise.
    bool bothFailWith(FakeMailServer &imap, FakeMailServer &smtp, const QString &message, int timeoutSeconds = 30,
                      qint64 withinMs = 15000);

    CliRunner m_cli;
};

namespace {

/// 200 000 lines (about 2.6 MB): far beyond any limit, sent in one go.
QByteArray flood(const QByteArray &line)
{
    return line.repeated(200000);
}

FakeMailServer::Script imapCapabilityFlood()
{
    return [](const QByteArray &line) -> FakeMailServer::Reply {
        if (line.endsWith("CAPABILITY"))
            return {flood("* OK still thinking about my capabilities\r\n")};
        return {};
    };
}

FakeMailServer::Script smtpEhloFlood()
{
    return [](const QByteArray &line) -> FakeMailServer::Reply {
        if (line.startsWith("EHLO"))
            return {"250-mail.hostile.test\r\n" + flood("250-X-EXTENSION-THAT-NEVER-ENDS\r\n")};
        return {};
    };
}

FakeMailServer::Script silent()
{
    return [](const QByteArray &) { return FakeMailServer::Reply{}; };
}

} // namespace

CliRunner::Run TestIntegrationHostileServer::check(FakeMailServer &imap, FakeMailServer &smtp, int timeoutSeconds)
{
    if (!imap.isListening() && !imap.listen())
        return {};
    if (!smtp.isListening() && !smtp.listen())
        return {};
    return m_cli.run({QStringLiteral("check"), QStringLiteral("anna@hostile.test"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--catalog"),
                      QStringLiteral(MAILSETUP_TEST_DATA_DIR "/check/hostile-catalog.yaml"), QStringLiteral("--timeout"),
                      QString::number(timeoutSeconds), QStringLiteral("--resolve"),
                      QStringLiteral("imap.hostile.test:143:127.0.0.1:%1").arg(imap.serverPort()),
                      QStringLiteral("--resolve"),
                      QStringLiteral("smtp.hostile.test:25:127.0.0.1:%1").arg(smtp.serverPort())});
}

bool TestIntegrationHostileServer::bothFailWith(FakeMailServer &imap, FakeMailServer &smtp, const QString &message,
                                                int timeoutSeconds, qint64 withinMs)
{
    const CliRunner::Run run = check(imap, smtp, timeoutSeconds);
    QStringList failed;
    for (const QJsonValue &server : run.json()[QStringLiteral("servers")].toArray()) {
        for (const QJsonValue &step : server[QStringLiteral("steps")].toArray()) {
            if (step[QStringLiteral("status")].toString() == QLatin1String("failed"))
                failed.append(step[QStringLiteral("message")][QStringLiteral("en")].toString());
        }
    }
    const bool ok = run.exitCode == 1 && run.elapsedMs < withinMs && failed.size() == 2
                    && std::all_of(failed.cbegin(), failed.cend(), [&message](const QString &each) { return each.contains(message); });
    if (!ok)
        qWarning("exit %d after %lld ms, failed steps:\n%s", run.exitCode, run.elapsedMs, qPrintable(failed.join(u'\n')));
    return ok;
}

void TestIntegrationHostileServer::capabilityFloodEndsTheCheck()
{
    FakeMailServer imap("* OK hostile IMAP ready\r\n", imapCapabilityFlood());
    FakeMailServer smtp("220 mail.hostile.test ESMTP\r\n", smtpEhloFlood());
    // Cut off by the line limit within seconds, not by the 30-second timeout.
    QVERIFY(bothFailWith(imap, smtp, QStringLiteral("The server sent more than 1000 lines or 256 KiB in one answer")));
}

void TestIntegrationHostileServer::lineWithoutEndIsRefused()
{
    FakeMailServer imap(QByteArray(1024 * 1024, 'x'), silent());
    FakeMailServer smtp(QByteArray(1024 * 1024, '2'), silent());
    QVERIFY(bothFailWith(imap, smtp, QStringLiteral("the server sent a line longer than 65536 bytes")));
}

void TestIntegrationHostileServer::overlongLineIsRefused()
{
    // A line just over the limit, with its line end: refused whole, not read as two lines.
    FakeMailServer imap("* OK " + QByteArray(65536, 'x') + "\r\n", silent());
    FakeMailServer smtp("220 " + QByteArray(65536, 'y') + "\r\n", silent());
    QVERIFY(bothFailWith(imap, smtp, QStringLiteral("the server sent a line longer than 65536 bytes")));
    // The longest allowed line still works.
    FakeMailServer longGreeting("* OK " + QByteArray(65536 - 5, 'x') + "\r\n", silent());
    const auto accepted = check(longGreeting, smtp, 2);
    const QJsonObject imapReport = accepted.json()[QStringLiteral("servers")][0].toObject();
    QCOMPARE(imapReport[QStringLiteral("greeting")].toString().size(), 65536 - 5);
}

void TestIntegrationHostileServer::silentServerTimesOut()
{
    FakeMailServer imap({}, silent());
    FakeMailServer smtp({}, silent());
    QVERIFY(bothFailWith(imap, smtp, QStringLiteral("The server did not greet within 2 seconds"), 2, 10000));
}

void TestIntegrationHostileServer::httpServerIsAProtocolError()
{
    const QByteArray http = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\n\r\n<html>nope</html>\r\n";
    FakeMailServer imap(http, silent());
    FakeMailServer smtp(http, silent());
    QVERIFY(bothFailWith(imap, smtp, QStringLiteral("The server gave an answer that does not fit: \"HTTP/1.1 400 Bad Request\".")));
}

QTEST_GUILESS_MAIN(TestIntegrationHostileServer)
#include "tst_integration_hostileserver.moc"
