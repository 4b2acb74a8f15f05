// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFixture.h"
#include "export/AutodiscoverXmlWriter.h"

using namespace mailsetup;
using namespace ExportFixture;

namespace {

/// Every `<Protocol>` block as element -> text, from a strict, namespace-aware parse.
QList<QMap<QString, QString>> readProtocols(const QByteArray &xml, QString *error)
{
    QList<QMap<QString, QString>> protocols;
    QXmlStreamReader reader(xml);
    const QString responseNamespace =
        QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a");
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != QLatin1String("Protocol"))
            continue;
        if (reader.namespaceUri() != responseNamespace)
            *error = QStringLiteral("Protocol is in namespace %1").arg(reader.namespaceUri().toString());
        QMap<QString, QString> protocol;
        while (reader.readNextStartElement())
            protocol.insert(reader.name().toString(), reader.readElementText());
        protocols.append(protocol);
    }
    if (reader.hasError())
        *error = reader.errorString();
    return protocols;
}

} // namespace

class TestAutodiscoverXmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitSpaAndSsl();
    void pop3FirstWhenChosen();
    void passwordFallbackOnlyForOAuth2Providers();
};

void TestAutodiscoverXmlWriter::explicitSpaAndSsl()
{
    QString error;
    const auto protocols =
        readProtocols(bytes(AutodiscoverXmlWriter::write(account(QStringLiteral("anna@beispiel-mail.test")))), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(protocols.size(), 5);
    for (const auto &protocol : protocols) {
        // SPA and SSL default to "on" when missing: every block says what it means.
        QCOMPARE(protocol.value(QStringLiteral("SPA")), QStringLiteral("off"));
        QCOMPARE(protocol.value(QStringLiteral("SSL")), QStringLiteral("on"));
        const QString encryption = protocol.value(QStringLiteral("Encryption"));
        const QString port = protocol.value(QStringLiteral("Port"));
        const bool implicitTls = port == QLatin1String("993") || port == QLatin1String("995") || port == QLatin1String("465");
        QCOMPARE(encryption, implicitTls ? QStringLiteral("SSL") : QStringLiteral("TLS"));
    }
    QCOMPARE(protocols.constFirst().value(QStringLiteral("Type")), QStringLiteral("IMAP"));
    QCOMPARE(protocols.constLast().value(QStringLiteral("Type")), QStringLiteral("SMTP"));
    QCOMPARE(protocols.constLast().value(QStringLiteral("UsePOPAuth")), QStringLiteral("on"));
}

void TestAutodiscoverXmlWriter::pop3FirstWhenChosen()
{
    QString error;
    const auto protocols = readProtocols(
        bytes(AutodiscoverXmlWriter::write(account(QStringLiteral("anna@beispiel-mail.test"), {}, Protocol::Pop3))), &error);
    QCOMPARE(protocols.constFirst().value(QStringLiteral("Type")), QStringLiteral("POP3"));
    QCOMPARE(protocols.constFirst().value(QStringLiteral("LoginName")), QStringLiteral("anna"));
    // SMTP logs in with the full address, not the POP3 login.
    QCOMPARE(protocols.constLast().value(QStringLiteral("UsePOPAuth")), QStringLiteral("off"));
}

void TestAutodiscoverXmlWriter::passwordFallbackOnlyForOAuth2Providers()
{
    QString error;
    const auto gmail = readProtocols(bytes(AutodiscoverXmlWriter::write(account(QStringLiteral("anna@gmail.com")))), &error);
    QCOMPARE(gmail.size(), 2);
    QVERIFY(std::holds_alternative<ExportRefusal>(AutodiscoverXmlWriter::write(account(QStringLiteral("anna@outlook.com")))));
}

QTEST_GUILESS_MAIN(TestAutodiscoverXmlWriter)
#include "tst_autodiscoverxmlwriter.moc"
