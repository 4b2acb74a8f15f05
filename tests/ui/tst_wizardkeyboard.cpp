// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "glossary/GlossaryWindow.h"
#include "lookup/SettingsText.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// The whole flow with the keyboard alone: typing, Tab, Enter, Space, Alt+letter, F1, Escape.
class TestWizardKeyboard : public QObject
{
    Q_OBJECT

private:
    static QWidget *focus() { return QApplication::focusWidget(); }

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), Qt::Key(key), modifiers);
    }

    /// Alt+letter: a mnemonic "animates" its button and clicks it a moment later.
    static void mnemonic(int key)
    {
        press(key, Qt::AltModifier);
        QTest::qWait(150);
    }

    /// Presses Tab until `target` has the focus; false if it never gets it.
    static bool tabTo(QWidget *target)
    {
        for (int i = 0; i < 60 && focus() != target; ++i)
            press(Qt::Key_Tab);
        return focus() == target;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromStartToSettingsCopied()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        QCOMPARE(focus(), h.find(QStringLiteral("addressEdit")));
        QTest::keyClicks(focus(), QStringLiteral("anna@gmx.ch"));
        press(Qt::Key_Tab);
        QCOMPARE(focus(), h.find(QStringLiteral("nameEdit")));
        QTest::keyClicks(focus(), QStringLiteral("Anna Muster"));
        press(Qt::Key_Return);
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QCOMPARE(h.session.displayName(), QStringLiteral("Anna Muster"));

        mnemonic(Qt::Key_C); // "Copy all"
        QCOMPARE(QGuiApplication::clipboard()->text(),
            SettingsText::formatResult(h.session.chosenResult(), Language::English));
        QVERIFY(h.find<QLabel>(QStringLiteral("copyStatusLabel"))->text().contains(QStringLiteral("clipboard")));

        // Each field's Copy button is reachable with Tab and pressed with Space.
        QVERIFY(tabTo(h.find(QStringLiteral("incoming_server_copy"))));
        press(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("imap.gmx.net"));
        QVERIFY(tabTo(h.find(QStringLiteral("outgoing_port_copy"))));
        press(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("465"));

        mnemonic(Qt::Key_P); // POP3
        QVERIFY(h.find<QRadioButton>(QStringLiteral("pop3Radio"))->isChecked());
        QCOMPARE(h.find<QLabel>(QStringLiteral("incoming_server_value"))->text(), QStringLiteral("pop.gmx.net"));

        mnemonic(Qt::Key_N); // Next
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ExportPageId));
        mnemonic(Qt::Key_B); // Back
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        press(Qt::Key_Escape);
        QVERIFY(!h.wizard.isVisible());
    }

    void glossaryOpensWithF1AndFromAField()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.typeAddress(QStringLiteral("anna@gmx.ch"));
        press(Qt::Key_Return);
        press(Qt::Key_F1);
        QVERIFY(h.wizard.glossaryWindow());
        QTRY_VERIFY(h.wizard.glossaryWindow()->isVisible());
        h.wizard.glossaryWindow()->close();

        QApplication::setActiveWindow(&h.wizard);
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        h.find(QStringLiteral("incoming_encryption_explain"))->setFocus();
        press(Qt::Key_Space);
        QTRY_VERIFY(h.wizard.glossaryWindow()->isVisible());
        QCOMPARE(h.wizard.glossaryWindow()->currentTermId(), QStringLiteral("ssl-tls"));
        QTest::keyClick(h.wizard.glossaryWindow(), Qt::Key_Escape);
        QVERIFY(!h.wizard.glossaryWindow()->isVisible());
        QVERIFY(h.wizard.isVisible());
    }

    void languageAndPagesByMnemonicInGerman()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        mnemonic(Qt::Key_D); // "Deutsch"
        QTRY_COMPARE(h.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        QTest::keyClicks(h.find(QStringLiteral("addressEdit")), QStringLiteral("anna@gmx.ch"));
        mnemonic(Qt::Key_W); // "Weiter"
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        mnemonic(Qt::Key_A); // "Alles kopieren"
        QCOMPARE(QGuiApplication::clipboard()->text(),
            SettingsText::formatResult(h.session.chosenResult(), Language::German));
        mnemonic(Qt::Key_E); // "English"
        QTRY_COMPARE(h.button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
    }

    void everyControlHasAnAccessibleName()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        const auto check = [&h] {
            const auto widgets = h.wizard.findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                    continue;
                QString name = widget->accessibleName();
                if (auto *button = qobject_cast<QAbstractButton *>(widget); button && name.isEmpty())
                    name = button->text();
                if (name.isEmpty() && !qobject_cast<QLabel *>(widget)
                    && !widget->objectName().startsWith(QLatin1String("qt_")))
                    return QStringLiteral("%1 (%2) has no accessible name")
                        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
            }
            return QString();
        };
        for (const QString &address : {QStringLiteral("anna@gmx.ch"), QStringLiteral("a@baeckerei-muster.de")}) {
            h.wizard.restart();
            QString problem = check();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            h.lookUp(address);
            problem = check();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            h.wizard.next();
            problem = check();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
