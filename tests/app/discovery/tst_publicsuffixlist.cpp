// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/PublicSuffixList.h"

#include <QFile>
#include <QTest>

using namespace mailsetup;

class TestPublicSuffixList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void sharedListKnowsRealSuffixes_data();
    void sharedListKnowsRealSuffixes();
    void bundledCopyIsComplete();
    void emptyListUsesImplicitRule();
};

namespace {

// A miniature list with the rule kinds of the real one (the wildcard and exception examples
// are those of publicsuffix.org's own test file).
const QByteArray kMiniList = "// ===BEGIN ICANN DOMAINS===\n"
                             "com\n"
                             "uk\n"
                             "co.uk\n"
                             "// ck : https://www.iana.org/domains/root/db/ck.html\n"
                             "*.ck\n"
                             "!www.ck\n"
                             "jp\n"
                             "*.kawasaki.jp\n"
                             "!city.kawasaki.jp\n"
                             "公司.cn\n"
                             "cn\n"
                             "de   trailing words are ignored\n"
                             "// ===END ICANN DOMAINS===\n"
                             "// ===BEGIN PRIVATE DOMAINS===\n"
                             "blogspot.com\n";

} // namespace

void TestPublicSuffixList::rules_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("registrable");

    QTest::newRow("plain") << "mx00.kundenserver.de" << "de" << "kundenserver.de";
    QTest::newRow("two-label suffix") << "mx.example.co.uk" << "co.uk" << "example.co.uk";
    QTest::newRow("suffix itself") << "co.uk" << "co.uk" << "";
    QTest::newRow("tld itself") << "com" << "com" << "";
    QTest::newRow("wildcard") << "b.test.ck" << "test.ck" << "b.test.ck";
    QTest::newRow("wildcard deeper") << "a.b.test.ck" << "test.ck" << "b.test.ck";
    QTest::newRow("wildcard alone") << "test.ck" << "test.ck" << "";
    QTest::newRow("exception") << "www.ck" << "ck" << "www.ck";
    QTest::newRow("exception deeper") << "www.www.ck" << "ck" << "www.ck";
    QTest::newRow("exception in wildcard zone") << "mail.city.kawasaki.jp" << "kawasaki.jp" << "city.kawasaki.jp";
    QTest::newRow("wildcard zone") << "mx.foo.kawasaki.jp" << "foo.kawasaki.jp" << "mx.foo.kawasaki.jp";
    QTest::newRow("private section") << "mx.someone.blogspot.com" << "blogspot.com" << "someone.blogspot.com";
    QTest::newRow("unlisted tld") << "mx.example.unlisted" << "unlisted" << "example.unlisted";
    QTest::newRow("upper case and root dot") << "MX.Example.CO.UK." << "co.uk" << "example.co.uk";
    QTest::newRow("unicode rule, ace host") << "mail.xn--85x722f.xn--55qx5d.cn" << "xn--55qx5d.cn"
                                            << "xn--85x722f.xn--55qx5d.cn";
    QTest::newRow("empty label") << "mx..example.com" << "" << "";
    QTest::newRow("empty") << "" << "" << "";
    QTest::newRow("rule with trailing words") << "mail.example.de" << "de" << "example.de";
}

void TestPublicSuffixList::rules()
{
    QFETCH(QString, host);
    QFETCH(QString, suffix);
    QFETCH(QString, registrable);
    const PublicSuffixList list = PublicSuffixList::fromData(kMiniList);
    QCOMPARE(list.publicSuffix(host), suffix);
    QCOMPARE(list.registrableDomain(host), registrable);
}

void TestPublicSuffixList::sharedListKnowsRealSuffixes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("registrable");
    QTest::newRow("kundenserver") << "mx01.kundenserver.de" << "kundenserver.de";
    QTest::newRow("co.uk") << "mx.example.co.uk" << "example.co.uk";
    QTest::newRow("com.au") << "mail.provider.com.au" << "provider.com.au";
    QTest::newRow("outlook") << "example-com.mail.protection.outlook.com" << "outlook.com";
    QTest::newRow("google") << "aspmx.l.google.com" << "google.com";
}

void TestPublicSuffixList::sharedListKnowsRealSuffixes()
{
    QFETCH(QString, host);
    QFETCH(QString, registrable);
    QVERIFY2(!PublicSuffixList::shared().isEmpty(), "neither the system nor the bundled list could be read");
    QCOMPARE(PublicSuffixList::shared().registrableDomain(host), registrable);
}

void TestPublicSuffixList::bundledCopyIsComplete()
{
    QFile bundled(PublicSuffixList::searchPaths().constLast());
    QVERIFY2(bundled.open(QIODevice::ReadOnly), "the bundled copy is missing from the resources");
    const PublicSuffixList list = PublicSuffixList::fromData(bundled.readAll());
    QVERIFY2(list.ruleCount() > 9000, qPrintable(QString::number(list.ruleCount())));
    QCOMPARE(list.registrableDomain(QStringLiteral("mx.example.co.uk")), QStringLiteral("example.co.uk"));
}

void TestPublicSuffixList::emptyListUsesImplicitRule()
{
    const PublicSuffixList list;
    QVERIFY(list.isEmpty());
    QCOMPARE(list.registrableDomain(QStringLiteral("a.b.example")), QStringLiteral("b.example"));
}

QTEST_GUILESS_MAIN(TestPublicSuffixList)
#include "tst_publicsuffixlist.moc"
