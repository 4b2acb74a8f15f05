// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ServerListModel.h"

#include "session/SetupSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

    static QList<int> checkedRows(const ServerListModel &model)
    {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked)
                rows.append(row);
        }
        return rows;
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

    void rowsAreIncomingThenOutgoingInTheModelsLanguage()
    {
        SetupSession session;
        session.setCatalog(catalog());
        ServerListModel model(&session);
        lookUp(session, QStringLiteral("anna@gmx.ch"));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ServerListModel::IsOutgoingRole).toBool(), false);
        // Shown inside its direction's group; standing alone (screen readers) it names the direction.
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("IMAP · imap.gmx.net · Port 993 · SSL/TLS (recommended)"));
        QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Incoming mail: IMAP · imap.gmx.net · Port 993 · SSL/TLS (recommended)"));
        model.setLanguage(Language::German);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("IMAP · imap.gmx.net · Port 993 · SSL/TLS (empfohlen)"));
        QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Posteingang: IMAP · imap.gmx.net · Port 993 · SSL/TLS (empfohlen)"));

        const QModelIndex last = model.index(model.rowCount() - 1);
        QVERIFY(last.data(ServerListModel::IsOutgoingRole).toBool());
        QCOMPARE(last.data(Qt::DisplayRole).toString(), QStringLiteral("SMTP · mail.gmx.net · Port 587 · STARTTLS"));
    }

    void checkingARowChoosesThatServer()
    {
        SetupSession session;
        session.setCatalog(catalog());
        ServerListModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lookUp(session, QStringLiteral("anna@gmx.ch"));
        QCOMPARE(checkedRows(model), (QList<int>{0, 4}));
        QVERIFY(model.flags(model.index(1)).testFlag(Qt::ItemIsUserCheckable));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(session.incomingIndex(), 1);
        QCOMPARE(session.chosenIncoming()->port, 143);
        // A one-of choice: the previously chosen incoming row is unchecked, and views hear of both.
        QCOMPARE(checkedRows(model), (QList<int>{1, 4}));
        QVERIFY(!changed.isEmpty());
        const auto first = changed.constLast().at(0).value<QModelIndex>();
        const auto last = changed.constLast().at(1).value<QModelIndex>();
        QVERIFY(first.row() <= 0 && last.row() >= 1);
        QVERIFY(changed.constLast().at(2).value<QList<int>>().contains(Qt::CheckStateRole));

        const int lastRow = model.rowCount() - 1;
        QVERIFY(model.setData(model.index(lastRow), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(session.chosenOutgoing()->port, 587);
        QCOMPARE(checkedRows(model), (QList<int>{1, lastRow}));
        // Like a radio button: a chosen row cannot be unchecked by itself, the choice stays.
        QVERIFY(!model.setData(model.index(lastRow), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(session.chosenOutgoing()->port, 587);
        QCOMPARE(checkedRows(model), (QList<int>{1, lastRow}));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("x"), Qt::EditRole));
    }
};

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
