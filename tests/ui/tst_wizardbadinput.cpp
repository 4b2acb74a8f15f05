// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QStandardPaths>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// What the wizard does with input nobody should give it: a megabyte pasted into the address
/// field is answered at once with a reason, and the wizard stays on the address page.
class TestWizardBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void megabytePasteIsRefusedQuickly_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::newRow("one long address") << QString(1024 * 1024, u'a') + QStringLiteral("@example.org");
        QTest::newRow("a document") << QStringLiteral("Dear Anna,\nmy address is anna@example.org.\n").repeated(25000);
    }

    void megabytePasteIsRefusedQuickly()
    {
        QFETCH(QString, pasted);
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        auto *edit = h.find<QLineEdit>(QStringLiteral("addressEdit"));
        QGuiApplication::clipboard()->setText(pasted);
        QElapsedTimer timer;
        timer.start();
        edit->setFocus();
        edit->paste();
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        const QString shown = h.find<QLabel>(QStringLiteral("addressStatusLabel"))->text();
        // QLineEdit keeps the first 32767 characters; the reason names the limit.
        QVERIFY2(shown.contains(QLatin1String("at most 254 are allowed")), qPrintable(shown.left(300)));
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::AddressPageId));
    }
};

QTEST_MAIN(TestWizardBadInput)
#include "tst_wizardbadinput.moc"
