// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "WizardLauncher.h"
#include "catalog/CatalogLoader.h"
#include "wizard/NotFoundPage.h"
#include "wizard/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// The page flows of the wizard as a user walks them: found, OAuth2-only, merged, not found
/// (hoster, manual entry), invalid address, and an answer that needs confirmation.
class TestWizardFlow : public QObject
{
    Q_OBJECT

private:
    static QString text(const WizardHarness &h, const QString &name) { return h.find<QLabel>(name)->text(); }

    /// Every note box's text, in order.
    static QStringList notes(const WizardHarness &h)
    {
        QStringList texts;
        for (int i = 0; auto *label = h.find<QLabel>(QStringLiteral("note_%1_text").arg(i)); ++i)
            texts.append(label->text());
        return texts;
    }

    /// Clicks a check box or radio button on its indicator (a click right of its text misses).
    static void clickIndicator(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    static void enterAddress(WizardHarness &h, const QString &address)
    {
        h.typeAddress(address);
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(h.button(QWizard::NextButton), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void foundProvidersShowTheirSettings_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("incomingHost");
        QTest::addColumn<QString>("outgoingHost");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("firstNote");
        QTest::newRow("gmx.ch") << "anna@gmx.ch"
                                << "GMX"
                                << "imap.gmx.net"
                                << "mail.gmx.net"
                                << "anna@gmx.ch"
                                << "Before you start";
        QTest::newRow("web.de") << "anna@web.de"
                                << "WEB.DE"
                                << "imap.web.de"
                                << "smtp.web.de"
                                << "anna"
                                << "Before you start";
    }

    void foundProvidersShowTheirSettings()
    {
        QFETCH(QString, address);
        QFETCH(QString, provider);
        QFETCH(QString, incomingHost);
        QFETCH(QString, outgoingHost);
        QFETCH(QString, username);
        QFETCH(QString, firstNote);
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        enterAddress(h, address);
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QCOMPARE(text(h, QStringLiteral("providerLabel")), provider);
        QVERIFY(text(h, QStringLiteral("statusLabel")).contains(QStringLiteral("verified on")));
        QCOMPARE(text(h, QStringLiteral("incoming_server_value")), incomingHost);
        QCOMPARE(text(h, QStringLiteral("incoming_port_value")), QStringLiteral("993"));
        QCOMPARE(text(h, QStringLiteral("incoming_encryption_value")), QStringLiteral("SSL/TLS"));
        QCOMPARE(text(h, QStringLiteral("incoming_username_value")), username);
        QCOMPARE(text(h, QStringLiteral("outgoing_server_value")), outgoingHost);
        QVERIFY(!notes(h).isEmpty());
        QVERIFY2(notes(h).constFirst().contains(firstNote), qPrintable(notes(h).constFirst()));
        // The notes stand above the fields.
        QWidget *notesPanel = h.find(QStringLiteral("notesPanel"));
        QWidget *servers = h.find(QStringLiteral("serversWidget"));
        QVERIFY(notesPanel->isVisible());
        QVERIFY(notesPanel->mapTo(&h.wizard, QPoint(0, 0)).y() < servers->mapTo(&h.wizard, QPoint(0, 0)).y());

        // POP3 is offered and switches every field.
        auto *pop3 = h.find<QRadioButton>(QStringLiteral("pop3Radio"));
        QVERIFY(pop3->isVisible());
        clickIndicator(pop3);
        QVERIFY(text(h, QStringLiteral("incoming_server_value")).startsWith(QStringLiteral("pop")));
        QCOMPARE(text(h, QStringLiteral("incoming_port_value")), QStringLiteral("995"));
        QVERIFY(h.find<QGroupBox>(QStringLiteral("incomingGroup"))->title().contains(QStringLiteral("POP3")));

        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ExportPageId));
    }

    void oauth2OnlyAsksForNoPassword()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        enterAddress(h, QStringLiteral("anna@outlook.com"));
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QVERIFY(notes(h).constFirst().contains(QStringLiteral("Sign-in in the browser")));
        QVERIFY(text(h, QStringLiteral("incoming_authentication_value")).contains(QStringLiteral("OAuth2")));
        QVERIFY(!text(h, QStringLiteral("incoming_authentication_value")).contains(QStringLiteral("password")));
        const auto edits = h.wizard.findChildren<QLineEdit *>();
        for (const QLineEdit *edit : edits) // the connection check's test sign-in has none for OAuth2 either
            QVERIFY2(!edit->isVisible() || edit->echoMode() == QLineEdit::Normal, qPrintable(edit->objectName()));
        QVERIFY(h.find(QStringLiteral("checkConnectionButton"))->isVisible());
    }

    void mergedProviderShowsItsSuccessor()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        enterAddress(h, QStringLiteral("anna@arcor.de"));
        QVERIFY(text(h, QStringLiteral("providerLabel")).contains(QStringLiteral("Vodafone")));
        QVERIFY(text(h, QStringLiteral("statusLabel")).contains(QStringLiteral("merged")));
        QVERIFY(notes(h).constFirst().startsWith(QStringLiteral("<b>Status:</b>")));
        QCOMPARE(text(h, QStringLiteral("incoming_server_value")), QStringLiteral("imap.vodafonemail.de"));
        QCOMPARE(text(h, QStringLiteral("incoming_username_value")), QStringLiteral("anna@arcor.de"));
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
    }

    void unknownDomainOffersHosters()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        enterAddress(h, QStringLiteral("info@baeckerei-muster.de"));
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::NotFoundPageId));
        QVERIFY(h.wizard.currentPage()->title().contains(QStringLiteral("baeckerei-muster.de")));
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        auto *filter = h.find<QLineEdit>(QStringLiteral("hosterFilterEdit"));
        QTest::keyClicks(filter, QStringLiteral("strato"));
        auto *list = h.find<QListWidget>(QStringLiteral("hosterList"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("STRATO"));
        QVERIFY(h.find<QRadioButton>(QStringLiteral("hosterRadio"))->isChecked());
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QCOMPARE(text(h, QStringLiteral("providerLabel")), QStringLiteral("STRATO"));
        QVERIFY(text(h, QStringLiteral("incoming_server_value")).endsWith(QStringLiteral("strato.de")));
        QCOMPARE(text(h, QStringLiteral("incoming_username_value")), QStringLiteral("info@baeckerei-muster.de"));

        QTest::keyClicks(filter, QStringLiteral("no such hoster")); // filter away everything
        h.wizard.back();
        filter->setText(QStringLiteral("no such hoster"));
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
    }

    void manualEntryStartsFromMarkedGuesses()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        enterAddress(h, QStringLiteral("info@baeckerei-muster.de"));
        clickIndicator(h.find<QRadioButton>(QStringLiteral("manualRadio")));
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ManualPageId));
        auto *host = h.find<QLineEdit>(QStringLiteral("incomingHostEdit"));
        QCOMPARE(host->text(), QStringLiteral("imap.baeckerei-muster.de"));
        QCOMPARE(h.find<QSpinBox>(QStringLiteral("incomingPortSpin"))->value(), 993);
        QCOMPARE(
            h.find<QLineEdit>(QStringLiteral("outgoingHostEdit"))->text(), QStringLiteral("smtp.baeckerei-muster.de"));
        QCOMPARE(h.find<QSpinBox>(QStringLiteral("outgoingPortSpin"))->value(), 465);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("info@baeckerei-muster.de"));
        auto *hostGuess = h.find<QLabel>(QStringLiteral("incomingHostGuess"));
        QVERIFY(hostGuess->isVisible());
        QVERIFY(h.find<QLabel>(QStringLiteral("guessBanner"))->text().contains(QStringLiteral("guess")));

        // Editing a value takes away its "guess" mark; a changed encryption moves a guessed port.
        host->clear();
        QTest::keyClicks(host, QStringLiteral("mail.example-hoster.net"));
        QVERIFY(!hostGuess->isVisible());
        auto *security = h.find<QComboBox>(QStringLiteral("outgoingSecurityCombo"));
        security->setCurrentIndex(security->findData(int(Security::StartTls)));
        QCOMPARE(h.find<QSpinBox>(QStringLiteral("outgoingPortSpin"))->value(), 587);

        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QCOMPARE(text(h, QStringLiteral("incoming_server_value")), QStringLiteral("mail.example-hoster.net"));
        QCOMPARE(text(h, QStringLiteral("outgoing_port_value")), QStringLiteral("587"));
        QCOMPARE(text(h, QStringLiteral("outgoing_encryption_value")), QStringLiteral("STARTTLS"));
        QVERIFY(notes(h).constFirst().contains(QStringLiteral("guesses")));

        host->clear(); // an empty server cannot go on
        h.wizard.back();
        host->clear();
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
    }

    void invalidAddressShowsTheReasonAndStays_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no at") << "anna.gmx.ch"
                               << "@";
        QTest::newRow("two at") << "anna@@gmx.ch"
                                << "@";
        QTest::newRow("no dot") << "anna@gmx"
                                << ".";
    }

    void invalidAddressShowsTheReasonAndStays()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.typeAddress(typed);
        const QString shown = text(h, QStringLiteral("addressStatusLabel"));
        QVERIFY2(!shown.isEmpty() && shown.contains(reason), qPrintable(shown));
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(h.find(QStringLiteral("addressEdit")), Qt::Key_Return);
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::AddressPageId));
    }

    void suggestionIsOfferedNotApplied()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.typeAddress(QStringLiteral("anna@gmx.dee"));
        auto *suggestion = h.find<QPushButton>(QStringLiteral("suggestionButton"));
        QVERIFY(suggestion->isVisible());
        QCOMPARE(suggestion->text(), QStringLiteral("Did you mean anna@gmx.de?"));
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("addressEdit"))->text(), QStringLiteral("anna@gmx.dee"));
        QTest::mouseClick(suggestion, Qt::LeftButton);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("addressEdit"))->text(), QStringLiteral("anna@gmx.de"));
        QVERIFY(!suggestion->isVisible());
        QVERIFY(text(h, QStringLiteral("addressStatusLabel")).contains(QStringLiteral("GMX")));
    }

    void addressPageWaitsForTheCatalog()
    {
        LanguageManager languages;
        languages.setLanguage(Language::English);
        SetupSession session;
        MailSetupWizard wizard(&session, &languages);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(QStringLiteral("anna@gmx.ch"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("addressStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("Loading")));
        session.setCatalog(test::bundledCatalog());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void restOfTheWindowIsBuiltAfterTheFirstPaint()
    {
        LanguageManager languages;
        languages.setLanguage(Language::English);
        SetupSession session;
        MailSetupWizard wizard(&session, &languages);
        QSignalSpy completed(&wizard, &MailSetupWizard::setupCompleted);
        auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
        // Only the address page exists before the first frame; the clear button (an icon-theme
        // look-up) and the other pages come once it is painted.
        QVERIFY(!edit->isClearButtonEnabled());
        QVERIFY(!wizard.findChild<SettingsPage *>());
        QVERIFY(wizard.windowIcon().isNull());
        wizard.show();
        QVERIFY(completed.wait());
        QVERIFY(edit->isClearButtonEnabled());
        QVERIFY(wizard.findChild<SettingsPage *>());
        QVERIFY(!wizard.windowIcon().isNull());
    }

    void brokenUserCatalogWarnsWithoutBlocking()
    {
        const QString path = CatalogLoader::userCatalogPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("schema: 1\nproviders:\n  - id: broken\n    nmae: typo\n");
        file.close();

        LanguageManager languages;
        languages.setLanguage(Language::English);
        SetupSession session;
        MailSetupWizard wizard(&session, &languages);
        wizard.show();
        loadCatalogInBackground(&session);
        QVERIFY(!session.hasCatalog()); // the window is there before the catalog
        auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
        QTest::keyClicks(edit, QStringLiteral("anna@gmx.ch"));
        QTRY_VERIFY(session.hasCatalog());
        auto *banner = wizard.findChild<QLabel *>(QStringLiteral("catalogWarningLabel"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(path), qPrintable(banner->text()));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QFile::remove(path);
    }

    void insecureAnswerMustBeConfirmed()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        LookupResult untrusted = h.session.result();
        untrusted.secure = false;
        untrusted.source = SettingsSource::Mx;
        h.session.setResult(untrusted);
        auto *confirm = h.find<QCheckBox>(QStringLiteral("confirmInsecureCheck"));
        QVERIFY(h.find(QStringLiteral("insecureFrame"))->isVisible());
        QVERIFY(!confirm->isChecked());
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!h.find(QStringLiteral("incoming_server_copy"))->isEnabled());
        QVERIFY(!h.find(QStringLiteral("copyAllButton"))->isEnabled());
        clickIndicator(confirm);
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
        QVERIFY(h.find(QStringLiteral("incoming_server_copy"))->isEnabled());
        QVERIFY(h.find(QStringLiteral("copyAllButton"))->isEnabled());
    }

    void answerWithoutServersCannotGoOn()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        LookupResult defunct = h.session.result();
        defunct.provider->status = ProviderStatus::Defunct;
        defunct.incoming.clear();
        defunct.outgoing.clear();
        h.session.setResult(defunct);
        QVERIFY(h.find(QStringLiteral("noServersLabel"))->isVisible());
        QVERIFY(!h.find(QStringLiteral("serversWidget"))->isVisible());
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
        QVERIFY(text(h, QStringLiteral("statusLabel")).contains(QStringLiteral("discontinued")));
    }

    void reservedSlotsTakeWidgets()
    {
        WizardHarness h;
        auto *search = new QPushButton(QStringLiteral("Search online"));
        h.wizard.notFoundPage()->setOnlineDiscoveryWidget(search);
        QCOMPARE(search->parentWidget(), h.find(QStringLiteral("onlineSearchSlot")));
        auto *check = new QPushButton(QStringLiteral("Check connection"));
        h.wizard.settingsPage()->setConnectionCheckWidget(check);
        QCOMPARE(check->parentWidget(), h.find(QStringLiteral("connectionCheckSlot")));
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
