// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "lookup/SettingsText.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// Every Copy button puts exactly the value shown next to it on the clipboard.
class TestWizardClipboard : public QObject
{
    Q_OBJECT

private:
    /// Clicks every enabled `<prefix>_<field>_copy` button and compares with `<…>_value`.
    static int checkCopyButtons(const WizardHarness &h, const QString &prefix)
    {
        int checked = 0;
        for (const char *field : {"server", "port", "encryption", "username", "authentication"}) {
            const QString base = QStringLiteral("%1_%2").arg(prefix, QLatin1String(field));
            auto *copy = h.find<QPushButton>(base + QStringLiteral("_copy"));
            auto *value = h.find<QLabel>(base + QStringLiteral("_value"));
            if (!copy || !value)
                return -1;
            if (!copy->isVisible() || !copy->isEnabled())
                continue;
            QGuiApplication::clipboard()->clear();
            QTest::mouseClick(copy, Qt::LeftButton);
            if (QGuiApplication::clipboard()->text() != value->text() || value->text().isEmpty()) {
                qWarning() << base << "copied" << QGuiApplication::clipboard()->text() << "shows" << value->text();
                return -1;
            }
            ++checked;
        }
        return checked;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsPageCopiesEachValue_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<Language>("language");
        QTest::addColumn<bool>("pop3");
        QTest::newRow("gmx.ch en") << "anna@gmx.ch" << Language::English << false;
        QTest::newRow("gmx.ch de pop3") << "anna@gmx.ch" << Language::German << true;
        QTest::newRow("outlook.com") << "anna@outlook.com" << Language::English << false;
        QTest::newRow("arcor.de de") << "anna@arcor.de" << Language::German << false;
    }

    void settingsPageCopiesEachValue()
    {
        QFETCH(QString, address);
        QFETCH(Language, language);
        QFETCH(bool, pop3);
        WizardHarness h(language);
        QVERIFY(h.showAndActivate());
        h.lookUp(address);
        if (pop3)
            h.find<QRadioButton>(QStringLiteral("pop3Radio"))->setChecked(true);
        QCOMPARE(checkCopyButtons(h, QStringLiteral("incoming")), 5);
        QCOMPARE(checkCopyButtons(h, QStringLiteral("outgoing")), 5);
        QVERIFY(
            h.find<QLabel>(QStringLiteral("copyStatusLabel"))->text().contains(QGuiApplication::clipboard()->text()));
    }

    void alternativeServerIsWhatIsCopied()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("moreOptionsButton")), Qt::LeftButton);
        auto *smtp587 = h.find<QRadioButton>(QStringLiteral("serverChoice_5_value")); // GMX's last server
        QVERIFY(smtp587->isVisible());
        QCOMPARE(smtp587->text(), QStringLiteral("SMTP · mail.gmx.net · Port 587 · STARTTLS"));
        QTest::mouseClick(smtp587, Qt::LeftButton);
        QCOMPARE(h.find<QLabel>(QStringLiteral("outgoing_port_value"))->text(), QStringLiteral("587"));
        QCOMPARE(checkCopyButtons(h, QStringLiteral("outgoing")), 5);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("normal password"));
    }

    void assignedUserNameIsDescribedNotCopied()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@chello.at"));
        auto *value = h.find<QLabel>(QStringLiteral("incoming_username_value"));
        QVERIFY(value->text().contains(QStringLiteral("user name")));
        QVERIFY(!h.find(QStringLiteral("incoming_username_copy"))->isEnabled());
        QCOMPARE(checkCopyButtons(h, QStringLiteral("incoming")), 4);
    }

    void copyAllIsTheReadableBlock_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("de") << Language::German;
    }

    void copyAllIsTheReadableBlock()
    {
        QFETCH(Language, language);
        WizardHarness h(language);
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.find<QRadioButton>(QStringLiteral("pop3Radio"))->setChecked(true);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("copyAllButton")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, SettingsText::formatResult(h.session.chosenResult(), language));
        QVERIFY(copied.contains(QStringLiteral("pop.gmx.net")));

        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("bothLanguagesButton")), Qt::LeftButton);
        QVERIFY(h.find(QStringLiteral("bilingualView"))->isVisible());
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("copyAllButton")), Qt::LeftButton);
        const QString both = QGuiApplication::clipboard()->text();
        QVERIFY(both.contains(QStringLiteral("Posteingang")));
        QVERIFY(both.contains(QStringLiteral("Incoming mail")));
    }

    void newOutlookStepsCopyEachValue()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.wizard.next();
        h.find<QRadioButton>(QStringLiteral("outlookNewRadio"))->setChecked(true);
        QVERIFY(h.find(QStringLiteral("manualStepsPanel"))->isVisible());
        QCOMPARE(checkCopyButtons(h, QStringLiteral("export_incoming")), 5);
        QCOMPARE(checkCopyButtons(h, QStringLiteral("export_outgoing")), 5);
    }

    void sheetContentIsCopied()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.wizard.next();
        h.find<QRadioButton>(QStringLiteral("otherRadio"))->setChecked(true);
        auto *formats = h.find<QComboBox>(QStringLiteral("formatCombo"));
        formats->setCurrentIndex(formats->findData(int(ExportFormat::SheetText)));
        auto *copy = h.find<QPushButton>(QStringLiteral("copyButton"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const auto rendered = Exporter::render(ExportFormat::SheetText, h.session.exportRequest(Language::English));
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(std::get<ExportDocument>(rendered).data));
    }
};

QTEST_MAIN(TestWizardClipboard)
#include "tst_wizardclipboard.moc"
