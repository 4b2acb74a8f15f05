// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ServerListModel.h"

#include "session/SetupSession.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mailsetup;

class TestServerListModel : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const LoadedCatalog> catalog()
    {
        static const auto loaded = LoadedCatalog::load({{}, false, false, true});
        return loaded;
    }

    static void lookUp(SetupSession &session, const QString &address)
    {
        session.setAddressText(address);
        session.lookUp();
    }

private Q_SLOTS:
    void passesTheModelTesterThroughChanges()
    {
        SetupSession session;
        session.setCatalog(catalog());
        ServerListModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        lookUp(session, QStringLiteral("anna@gmx.ch"));
        QCOMPARE(model.rowCount(), 6); // GMX: 4 incoming, 2 outgoing
        session.chooseIncomingProtocol(Protocol::Pop3);
        model.setLanguage(Language::German);
        lookUp(session, QStringLiteral("anna@outlook.com"));
        QCOMPARE(model.rowCount(), 3);
        lookUp(session, QStringLiteral("nobody@baeckerei-muster.de"));
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsAreIncomingThenOutgoingWithBothLanguages()
    {
        SetupSession session;
        session.setCatalog(catalog());
        ServerListModel model(&session);
        lookUp(session, QStringLiteral("anna@gmx.ch"));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ServerListModel::IsOutgoingRole).toBool(), false);
        QCOMPARE(first.data(ServerListModel::ProtocolRole).toString(), QStringLiteral("imap"));
        QCOMPARE(first.data(ServerListModel::HostRole).toString(), QStringLiteral("imap.gmx.net"));
        QCOMPARE(first.data(ServerListModel::PortRole).toInt(), 993);
        QCOMPARE(first.data(ServerListModel::SecurityRole).toString(), QStringLiteral("ssl"));
        QVERIFY(first.data(ServerListModel::RecommendedRole).toBool());
        QVERIFY(first.data(ServerListModel::GermanTextRole).toString().startsWith(QStringLiteral("Posteingang")));
        QVERIFY(first.data(ServerListModel::EnglishTextRole).toString().startsWith(QStringLiteral("Incoming mail")));
        QCOMPARE(first.data(Qt::DisplayRole), first.data(ServerListModel::EnglishTextRole));
        model.setLanguage(Language::German);
        QCOMPARE(first.data(Qt::DisplayRole), first.data(ServerListModel::GermanTextRole));

        const QModelIndex last = model.index(model.rowCount() - 1);
        QVERIFY(last.data(ServerListModel::IsOutgoingRole).toBool());
        QCOMPARE(last.data(ServerListModel::PortRole).toInt(), 587);
        QVERIFY(!last.data(ServerListModel::RecommendedRole).toBool());
    }

    void checkingARowChoosesThatServer()
    {
        SetupSession session;
        session.setCatalog(catalog());
        ServerListModel model(&session);
        lookUp(session, QStringLiteral("anna@gmx.ch"));
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.flags(model.index(1)).testFlag(Qt::ItemIsUserCheckable));

        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(session.incomingIndex(), 1);
        QCOMPARE(session.chosenIncoming()->port, 143);
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        const int lastRow = model.rowCount() - 1;
        QVERIFY(model.setData(model.index(lastRow), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(session.chosenOutgoing()->port, 587);
        // One server per direction stays chosen: unchecking does nothing.
        QVERIFY(!model.setData(model.index(lastRow), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(session.chosenOutgoing()->port, 587);
        QVERIFY(!model.setData(model.index(0), QStringLiteral("x"), Qt::EditRole));
    }
};

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
