// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/PriorityRace.h"

#include <QTest>

using namespace mailsetup;
using Slot = PriorityRace::Slot;
using Action = PriorityRace::Decision::Action;

Q_DECLARE_METATYPE(QList<Slot>)
Q_DECLARE_METATYPE(Action)

class TestPriorityRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
};

void TestPriorityRace::decide_data()
{
    QTest::addColumn<QList<Slot>>("slots");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qsizetype>("index");

    QTest::newRow("all pending") << QList<Slot>{Slot::Pending, Slot::Pending} << Action::Wait << qsizetype(-1);
    QTest::newRow("highest answers at once")
        << QList<Slot>{Slot::Answered, Slot::Pending, Slot::Pending} << Action::Take << qsizetype(0);
    QTest::newRow("lower answer waits for higher")
        << QList<Slot>{Slot::Pending, Slot::Answered} << Action::Wait << qsizetype(-1);
    QTest::newRow("lower answer taken once higher gave up")
        << QList<Slot>{Slot::Empty, Slot::Answered, Slot::Pending} << Action::Take << qsizetype(1);
    QTest::newRow("best of several answers")
        << QList<Slot>{Slot::Empty, Slot::Answered, Slot::Answered} << Action::Take << qsizetype(1);
    QTest::newRow("nothing anywhere") << QList<Slot>{Slot::Empty, Slot::Empty} << Action::NoAnswer << qsizetype(-1);
    QTest::newRow("no sources") << QList<Slot>{} << Action::NoAnswer << qsizetype(-1);
}

void TestPriorityRace::decide()
{
    QFETCH(QList<Slot>, slots);
    QFETCH(Action, action);
    QFETCH(qsizetype, index);
    const auto decision = PriorityRace::decide(slots);
    QCOMPARE(decision.action, action);
    QCOMPARE(decision.index, index);
}

QTEST_GUILESS_MAIN(TestPriorityRace)
#include "tst_priorityrace.moc"
