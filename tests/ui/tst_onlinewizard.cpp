// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "about/AboutDialog.h"
#include "app/AppSettings.h"
#include "check/CheckProgressModel.h"
#include "discovery/DiscoveryProgressModel.h"
#include "online/ConsentDialog.h"
#include "online/PrivacyDialog.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace mailsetup;
using namespace mailsetup::ui;
using namespace mailsetup::ui::test;

namespace {

const QString kIspdb = QStringLiteral("https://live.thunderbird.net/autoconfig/v1.1/baeckerei-muster.de");
const QString kHttpAutoconfig = QStringLiteral("http://autoconfig.baeckerei-muster.de/mail/config-v1.1.xml");

QString labelText(const WizardHarness &h, const QString &name)
{
    const auto *label = h.find<QLabel>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

/// The texts of the rows a StatusRowsView shows.
QStringList rowTexts(const WizardHarness &h, const QString &view)
{
    QStringList texts;
    for (int row = 0;; ++row) {
        const auto *label = h.find<QLabel>(QStringLiteral("%1_row_%2").arg(view).arg(row));
        if (!label)
            return texts;
        texts.append(label->text());
    }
}

/// Every file below `directory`, read whole.
QList<QPair<QString, QByteArray>> filesBelow(const QString &directory)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

QStringList s_messages;

/// Alt+letter as a user presses it: a mnemonic "animates" its button and clicks it a moment later.
void mnemonic(int key)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::AltModifier);
    QTest::qWait(150);
}

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_messages.append(message);
}

} // namespace

/// The wizard's online search and connection check, with fake network, DNS and mail servers:
/// consent first and remembered, nothing sent without it, live progress, results on the settings
/// page, and a password that is used once and kept nowhere.
class TestOnlineWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AppSettings::filePath());
    }
    void cleanup() { QFile::remove(AppSettings::filePath()); }

    void pageShowsWhatWillBeContacted()
    {
        WizardHarness h;
        h.lookUp(kUnknownAddress);
        const QString intro = labelText(h, QStringLiteral("onlineIntroLabel"));
        for (const QString &expected : {QStringLiteral("autoconfig.baeckerei-muster.de"), QStringLiteral("live.thunderbird.net"),
                 QStringLiteral("DNS"), QStringLiteral("only the domain baeckerei-muster.de")})
            QVERIFY2(intro.contains(expected), qPrintable(intro));
        QVERIFY(!intro.contains(QStringLiteral("info@")));
        QVERIFY(!h.find(QStringLiteral("onlineProgress"))->isVisibleTo(&h.wizard));
        QVERIFY(h.find(QStringLiteral("searchOnlineButton"))->isEnabled());
    }

    void consentIsAskedOnceAndRemembered()
    {
        {
            WizardHarness h(Language::English, AppSettings::filePath());
            h.consentAnswer = {true, true};
            h.lookUp(kUnknownAddress);
            QVERIFY(h.searchOnline(OnlineSearch::State::NothingFound));
            QCOMPARE(h.consentRequests.size(), 1);
            const OnlineConsent::Request &request = h.consentRequests.constFirst();
            QCOMPARE(request.purpose, OnlineConsent::Purpose::Discovery);
            QStringList targets;
            for (const OnlineConsent::Contact &contact : request.contacts) {
                targets.append(contact.target);
                QVERIFY2(!contact.receives.en.contains(QStringLiteral("info@")), qPrintable(contact.receives.en));
                QVERIFY(!contact.who.de.isEmpty() && !contact.receives.de.isEmpty());
            }
            QVERIFY(targets.contains(kUnknownAutoconfig));
            QVERIFY(targets.contains(kIspdb));
            QVERIFY(targets.contains(QStringLiteral("DNS")));

            QVERIFY(h.searchOnline(OnlineSearch::State::NothingFound)); // again: no second question
            QCOMPARE(h.consentRequests.size(), 1);
        }
        const QSettings stored(AppSettings::filePath(), QSettings::IniFormat);
        QCOMPARE(stored.value(QStringLiteral("privacy/onlineLookup")).toString(), QStringLiteral("allowed"));
        QCOMPARE(stored.value(QStringLiteral("privacy/connectionCheck")).toString(), QStringLiteral("not-asked"));

        WizardHarness later(Language::English, AppSettings::filePath());
        later.lookUp(kUnknownAddress);
        QVERIFY(later.searchOnline(OnlineSearch::State::NothingFound));
        QVERIFY(later.consentRequests.isEmpty());
        QVERIFY(later.network.requestedUrls().contains(kUnknownAutoconfig));
    }

    void allowWithoutRememberingLastsForThisWindowOnly()
    {
        {
            WizardHarness h(Language::English, AppSettings::filePath());
            h.lookUp(kUnknownAddress);
            QVERIFY(h.searchOnline(OnlineSearch::State::NothingFound));
            QVERIFY(h.searchOnline(OnlineSearch::State::NothingFound));
            QCOMPARE(h.consentRequests.size(), 1);
        }
        QVERIFY(!QSettings(AppSettings::filePath(), QSettings::IniFormat).contains(QStringLiteral("privacy/onlineLookup")));
        WizardHarness later(Language::English, AppSettings::filePath());
        later.lookUp(kUnknownAddress);
        QVERIFY(later.searchOnline(OnlineSearch::State::NothingFound));
        QCOMPARE(later.consentRequests.size(), 1);
    }

    void decliningSendsNothing()
    {
        WizardHarness h(Language::English, AppSettings::filePath());
        h.consentAnswer = {false, false};
        h.lookUp(kUnknownAddress);
        auto *search = h.find<QPushButton>(QStringLiteral("searchOnlineButton"));
        search->click();
        QTest::qWait(50);
        QCOMPARE(h.consentRequests.size(), 1);
        QVERIFY(h.network.requests().isEmpty());
        QVERIFY(h.dns.queries().isEmpty());
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Ready);
        QVERIFY(search->isEnabled()); // "Not now" without remembering: asked again next time

        h.consentAnswer = {false, true};
        search->click();
        QTest::qWait(50);
        QCOMPARE(h.consentRequests.size(), 2);
        QVERIFY(h.network.requests().isEmpty());
        QVERIFY(h.dns.queries().isEmpty());
        QVERIFY(!search->isEnabled());
        QVERIFY(h.find(QStringLiteral("searchPrivacyButton"))->isVisible() || !h.wizard.isVisible());
        QVERIFY(h.find<QPushButton>(QStringLiteral("searchPrivacyButton"))->isVisibleTo(&h.wizard));
        QVERIFY(labelText(h, QStringLiteral("onlineIntroLabel")).contains(QStringLiteral("switched the online search off")));
        QVERIFY(!h.wizard.onlineSearch()->start([](const OnlineConsent::Request &) { return OnlineConsent::Answer{true, true}; }));
        QVERIFY(h.network.requests().isEmpty());
        QCOMPARE(QSettings(AppSettings::filePath(), QSettings::IniFormat).value(QStringLiteral("privacy/onlineLookup")).toString(),
            QStringLiteral("refused"));
        // Hoster and manual entry work as before.
        QVERIFY(h.find(QStringLiteral("hosterRadio"))->isEnabled());
        QVERIFY(h.find(QStringLiteral("manualRadio"))->isEnabled());
    }

    void progressRowsFollowEachSourceAndStopWorks()
    {
        WizardHarness h;
        h.network.set(kUnknownAutoconfig, fake::Response::notFound(20));
        h.network.set(kIspdb, fake::Response::hanging());
        h.dns.setHanging(DnsResolver::Type::Mx, QStringLiteral("baeckerei-muster.de"));
        h.lookUp(kUnknownAddress);
        QVERIFY(h.showAndActivate());
        h.find<QPushButton>(QStringLiteral("searchOnlineButton"))->click();
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Running);
        QVERIFY(h.find(QStringLiteral("onlineProgress"))->isVisible());
        QVERIFY(h.find(QStringLiteral("stopSearchButton"))->isVisible());
        QCOMPARE(rowTexts(h, QStringLiteral("onlineProgress")).size(), 4);
        QTRY_VERIFY2(rowTexts(h, QStringLiteral("onlineProgress")).value(0).contains(QStringLiteral("nothing found")),
            qPrintable(rowTexts(h, QStringLiteral("onlineProgress")).join(u'\n')));
        QVERIFY(rowTexts(h, QStringLiteral("onlineProgress")).value(0).startsWith(QStringLiteral("The provider's own configuration file")));
        QVERIFY(rowTexts(h, QStringLiteral("onlineProgress")).value(1).contains(QStringLiteral("waiting")));
        QVERIFY(rowTexts(h, QStringLiteral("onlineProgress")).value(2).contains(QStringLiteral("waiting")));
        QCOMPARE(h.find<QLabel>(QStringLiteral("onlineProgress_row_0_mark"))->accessibleName(), QStringLiteral("nothing"));
        QCOMPARE(h.find<QLabel>(QStringLiteral("onlineProgress_row_1_mark"))->accessibleName(), QStringLiteral("in progress"));
        // The window stays responsive: the language can change while the search runs.
        h.switchLanguage(Language::German);
        QVERIFY2(rowTexts(h, QStringLiteral("onlineProgress")).value(1).contains(QStringLiteral("wartet")),
            qPrintable(rowTexts(h, QStringLiteral("onlineProgress")).value(1)));
        h.switchLanguage(Language::English);

        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("stopSearchButton")), Qt::LeftButton);
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Cancelled);
        QVERIFY(labelText(h, QStringLiteral("onlineStatusLabel")).contains(QStringLiteral("stopped")));
        QVERIFY(!h.find(QStringLiteral("stopSearchButton"))->isVisible());
        QVERIFY(rowTexts(h, QStringLiteral("onlineProgress")).value(1).contains(QStringLiteral("cancelled")));
        const qsizetype ispdb = h.network.requestedUrls().indexOf(kIspdb);
        QVERIFY(ispdb >= 0);
        QTRY_VERIFY(h.network.replyLogs().at(ispdb)->aborted);
        QVERIFY(h.find(QStringLiteral("searchOnlineButton"))->isEnabled());
    }

    void foundResultLandsOnSettingsPageWithItsSource()
    {
        WizardHarness h;
        h.network.set(kUnknownAutoconfig, fake::Response::xml(fake::clientConfig(QStringLiteral("imap.baeckerei-muster.de"))));
        QVERIFY(h.showAndActivate());
        h.lookUp(kUnknownAddress);
        QVERIFY(h.searchOnline(OnlineSearch::State::Found));
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QCOMPARE(labelText(h, QStringLiteral("providerLabel")), QStringLiteral("imap.baeckerei-muster.de"));
        QVERIFY2(labelText(h, QStringLiteral("statusLabel")).contains(QStringLiteral("found online in the provider's own configuration file")),
            qPrintable(labelText(h, QStringLiteral("statusLabel"))));
        QCOMPARE(labelText(h, QStringLiteral("incoming_server_value")), QStringLiteral("imap.baeckerei-muster.de"));
        QVERIFY(!h.find(QStringLiteral("insecureFrame"))->isVisible());
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());

        // Back and on again keeps the online answer (not a hoster's).
        h.wizard.back();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::NotFoundPageId));
        QVERIFY(labelText(h, QStringLiteral("onlineStatusLabel")).contains(QStringLiteral("Settings found")));
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QCOMPARE(h.session.result().source, std::optional(SettingsSource::Autoconfig));
    }

    void insecureResultIsGreyedOutUntilConfirmed()
    {
        WizardHarness h;
        h.wizard.onlineConsent()->setAllowInsecureSources(true);
        h.network.set(kUnknownAutoconfig, fake::Response::notFound());
        h.network.set(kHttpAutoconfig, fake::Response::xml(fake::clientConfig(QStringLiteral("imap.baeckerei-muster.de"))));
        QVERIFY(h.showAndActivate());
        h.lookUp(kUnknownAddress);
        QVERIFY(labelText(h, QStringLiteral("onlineIntroLabel")).contains(QStringLiteral("without encryption")));
        QVERIFY(h.searchOnline(OnlineSearch::State::Found));
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::SettingsPageId));
        QVERIFY(!h.session.result().secure);
        QVERIFY(h.find(QStringLiteral("insecureFrame"))->isVisible());
        QVERIFY(!h.find(QStringLiteral("serversWidget"))->isEnabled());
        QVERIFY(!h.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!h.find(QStringLiteral("checkConnectionButton"))->isEnabled());
        QVERIFY(!h.find(QStringLiteral("checkPasswordEdit"))->isEnabled());
        QVERIFY(labelText(h, QStringLiteral("checkIntroLabel")).contains(QStringLiteral("Confirm the settings above first")));
        h.find<QCheckBox>(QStringLiteral("confirmInsecureCheck"))->setChecked(true);
        QVERIFY(h.find(QStringLiteral("serversWidget"))->isEnabled());
        QVERIFY(h.button(QWizard::NextButton)->isEnabled());
        QVERIFY(h.find(QStringLiteral("checkConnectionButton"))->isEnabled());
    }

    void nothingFoundOffersHosterAndManualEntry()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(kUnknownAddress);
        QVERIFY(h.searchOnline(OnlineSearch::State::NothingFound));
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::NotFoundPageId));
        const QString status = labelText(h, QStringLiteral("onlineStatusLabel"));
        QVERIFY2(status.contains(QStringLiteral("Nothing was found online for baeckerei-muster.de")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("hoster")));
        QVERIFY(h.find(QStringLiteral("hosterRadio"))->isVisible());
        QVERIFY(h.find(QStringLiteral("hosterList"))->isVisible());
        QVERIFY(h.find(QStringLiteral("manualRadio"))->isVisible());
        h.find<QRadioButton>(QStringLiteral("manualRadio"))->setChecked(true);
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ManualPageId));
    }

    void leavingThePageStopsTheSearch()
    {
        WizardHarness h;
        h.network.set(kUnknownAutoconfig, fake::Response::hanging());
        h.lookUp(kUnknownAddress);
        h.find<QPushButton>(QStringLiteral("searchOnlineButton"))->click();
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Running);
        h.wizard.back();
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Cancelled);
        QTRY_VERIFY(h.network.replyLogs().constFirst()->aborted);
        h.typeAddress(QStringLiteral("anna@other-domain.de")); // a new address starts afresh
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Ready);
    }

    void checkSuccessIsExplained()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        QVERIFY(labelText(h, QStringLiteral("checkIntroLabel")).contains(QStringLiteral("imap.gmx.net (port 993)")));
        QVERIFY(h.checkConnection(QStringLiteral("secret")));
        QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Passed);
        const QStringList rows = rowTexts(h, QStringLiteral("checkProgress"));
        QVERIFY2(rows.contains(QStringLiteral("Incoming mail: IMAP imap.gmx.net, port 993 (SSL/TLS) — works")),
            qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(QStringLiteral("Outgoing mail: SMTP mail.gmx.net, port 465 (SSL/TLS) — works")));
        QVERIFY(rows.contains(QStringLiteral("Signing in as anna@gmx.ch worked.")));
        QVERIFY(labelText(h, QStringLiteral("checkStatusLabel")).contains(QStringLiteral("sign-in with your password worked")));
        QVERIFY(h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->text().isEmpty());
        QVERIFY(!h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->isUndoAvailable());
        QCOMPARE(h.consentRequests.size(), 1);
        QCOMPARE(h.consentRequests.constFirst().purpose, OnlineConsent::Purpose::ConnectionCheck);
        QStringList targets;
        for (const OnlineConsent::Contact &contact : h.consentRequests.constFirst().contacts)
            targets.append(contact.target);
        QCOMPARE(targets, (QStringList{"imap.gmx.net:993", "mail.gmx.net:465", "DNS"}));
    }

    void checkFailureIsExplained()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.outgoingServer.connectFailure = FakeTransport::Failure::Refused;
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        QVERIFY(h.checkConnection());
        QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Failed);
        const QStringList rows = rowTexts(h, QStringLiteral("checkProgress"));
        // The failing server comes first, right below the verdict that points at its red crosses.
        QVERIFY2(rows.value(0) == QStringLiteral("Outgoing mail: SMTP mail.gmx.net, port 465 (SSL/TLS) — does not work with "
                                                 "these settings"),
            qPrintable(rows.join(u'\n')));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
            [](const QString &row) { return row.startsWith(QStringLiteral("The server refuses connections on port 465")); }));
        QVERIFY(rows.contains(QStringLiteral("No password was given, so signing in was not tried.")));
        const int failedRow = int(rows.indexOf(QRegularExpression(QStringLiteral("^The server refuses.*"))));
        QCOMPARE(h.find<QLabel>(QStringLiteral("checkProgress_row_%1_mark").arg(failedRow))->accessibleName(),
            QStringLiteral("problem"));
        // ... and the page has scrolled so that the red cross is on screen.
        const auto *scroll = h.find<QScrollArea>(QStringLiteral("scrollArea"));
        const QLabel *failedLine = h.find<QLabel>(QStringLiteral("checkProgress_row_%1").arg(failedRow));
        QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(failedLine->mapTo(scroll->viewport(), QPoint()), failedLine->size())));
        QCOMPARE(labelText(h, QStringLiteral("checkStatusLabel")),
            QStringLiteral("The outgoing server does not work with these settings; the incoming server does. The lines "
                           "marked with a red cross say why."));
        h.switchLanguage(Language::German);
        QVERIFY2(rowTexts(h, QStringLiteral("checkProgress")).contains(QStringLiteral("Postausgang: SMTP mail.gmx.net, Port 465 (SSL/TLS) — funktioniert mit diesen Einstellungen nicht")),
            qPrintable(rowTexts(h, QStringLiteral("checkProgress")).join(u'\n')));
    }

    void passwordIsUsedOnceAndKeptNowhere()
    {
        const QString password = QStringLiteral("Unique-7Qx-secret");
        s_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
        {
            WizardHarness h(Language::English, AppSettings::filePath());
            h.consentAnswer = {true, true};
            h.incomingServer = FakeTransport::mailServer(Protocol::Imap, &h.sentToIncoming, password.toUtf8());
            h.outgoingServer = FakeTransport::mailServer(Protocol::Smtp, &h.sentToOutgoing, password.toUtf8());
            QVERIFY(h.showAndActivate());
            h.lookUp(QStringLiteral("anna@gmx.ch"));
            QVERIFY(h.checkConnection(password));
            QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Passed);
            // It reached the servers (and only there) ...
            QVERIFY(std::any_of(h.sentToIncoming.cbegin(), h.sentToIncoming.cend(),
                [&](const QByteArray &line) { return line.contains(password.toUtf8()); }));
            // ... but no model, text or field holds it.
            auto *edit = h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"));
            QVERIFY(edit->text().isEmpty());
            QVERIFY(!edit->isUndoAvailable());
            const CheckProgressModel *model = h.wizard.connectionTester()->progress();
            for (int row = 0; row < model->rowCount(); ++row) {
                // Every role a view could ask for, Qt's own and the model's.
                for (int role = 0; role <= CheckProgressModel::EnglishTextRole; ++role)
                    QVERIFY(!model->index(row).data(role).toString().contains(password));
            }
            for (const QLabel *label : h.wizard.findChildren<QLabel *>())
                QVERIFY2(!label->text().contains(password), qPrintable(label->objectName()));
            h.wizard.reject(); // saves the window geometry, as closing does
        }
        qInstallMessageHandler(previous);
        for (const QString &message : std::as_const(s_messages))
            QVERIFY2(!message.contains(password), qPrintable(message));

        QVERIFY(QFile::exists(AppSettings::filePath()));
        QCOMPARE(QSettings(AppSettings::filePath(), QSettings::IniFormat).value(QStringLiteral("privacy/connectionCheck")).toString(),
            QStringLiteral("allowed"));
        int files = 0;
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                 QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation, QStandardPaths::AppDataLocation}) {
            for (const auto &[path, content] : filesBelow(QStandardPaths::writableLocation(location))) {
                ++files;
                QVERIFY2(!content.contains(password.toUtf8()), qPrintable(path));
                QVERIFY2(!content.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)),
                    qPrintable(path));
            }
        }
        QVERIFY(files > 0); // the settings file at least was looked at
    }

    void checkCanBeStopped()
    {
        WizardHarness h;
        h.incomingServer.hang = true; // connects, then says nothing
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->setText(QStringLiteral("secret"));
        h.find<QPushButton>(QStringLiteral("checkConnectionButton"))->click();
        QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Running);
        QVERIFY(h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->text().isEmpty());
        QVERIFY(!h.find(QStringLiteral("checkConnectionButton"))->isEnabled());
        QTRY_VERIFY(rowTexts(h, QStringLiteral("checkProgress")).contains(QStringLiteral("A connection to 192.0.2.25 on port 993 was made.")));
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("stopCheckButton")), Qt::LeftButton);
        QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Stopped);
        const QStringList rows = rowTexts(h, QStringLiteral("checkProgress"));
        QVERIFY2(rows.constFirst().endsWith(QStringLiteral("— check stopped")), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(QStringLiteral("A connection to 192.0.2.25 on port 993 was made."))); // what was seen stays
        QVERIFY(labelText(h, QStringLiteral("checkStatusLabel")).contains(QStringLiteral("stopped")));
        QVERIFY(h.find(QStringLiteral("checkConnectionButton"))->isEnabled());
        QVERIFY(!h.find(QStringLiteral("stopCheckButton"))->isVisible());
    }

    void decliningTheCheckContactsNoServer()
    {
        WizardHarness h;
        h.consentAnswer = {false, true};
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->setText(QStringLiteral("secret"));
        h.find<QPushButton>(QStringLiteral("checkConnectionButton"))->click();
        QTest::qWait(50);
        QCOMPARE(h.consentRequests.size(), 1);
        QVERIFY(h.dns.queries().isEmpty());
        QVERIFY(h.sentToIncoming.isEmpty() && h.sentToOutgoing.isEmpty());
        QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Idle);
        QVERIFY(h.find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->text().isEmpty());
        QVERIFY(!h.find(QStringLiteral("checkConnectionButton"))->isEnabled());
        QVERIFY(h.find<QPushButton>(QStringLiteral("checkPrivacyButton"))->isVisibleTo(&h.wizard));
        // The online search is a separate question.
        QVERIFY(!h.wizard.onlineConsent()->isSwitchedOff(OnlineConsent::Purpose::Discovery));
    }

    void otherServersClearTheResult()
    {
        WizardHarness h;
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        QVERIFY(h.checkConnection());
        QVERIFY(!rowTexts(h, QStringLiteral("checkProgress")).isEmpty());
        h.find<QPushButton>(QStringLiteral("bothLanguagesButton"))->setChecked(true); // same servers: result stays
        QVERIFY(!rowTexts(h, QStringLiteral("checkProgress")).isEmpty());
        h.find<QPushButton>(QStringLiteral("bothLanguagesButton"))->setChecked(false);
        h.find<QRadioButton>(QStringLiteral("pop3Radio"))->setChecked(true);
        QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Idle);
        QVERIFY(rowTexts(h, QStringLiteral("checkProgress")).isEmpty());
        QVERIFY(labelText(h, QStringLiteral("checkIntroLabel")).contains(QStringLiteral("pop.gmx.net")));
    }

    void keyboardReachesTheNewControls()
    {
        WizardHarness h;
        h.network.set(kUnknownAutoconfig, fake::Response::hanging());
        QVERIFY(h.showAndActivate());
        h.lookUp(kUnknownAddress);
        mnemonic(Qt::Key_O);
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Running);
        QCOMPARE(QApplication::focusWidget(), h.find(QStringLiteral("stopSearchButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(h.wizard.onlineSearch()->state(), OnlineSearch::State::Cancelled);

        h.lookUp(QStringLiteral("anna@gmx.ch"));
        mnemonic(Qt::Key_W);
        QCOMPARE(QApplication::focusWidget(), h.find(QStringLiteral("checkPasswordEdit")));
        QVERIFY(!h.find(QStringLiteral("checkPasswordEdit"))->accessibleName().isEmpty());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("secret"));
        mnemonic(Qt::Key_K);
        QTRY_COMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Passed);
        // Tab from the last control of the settings (GMX's sixth server under "More options",
        // made after the check was placed) reaches the check.
        QWidget *widget = h.find(QStringLiteral("serverChoice_5_value"));
        QVERIFY(widget);
        bool reached = false;
        for (int i = 0; i < 10 && !reached; ++i) {
            widget = widget->nextInFocusChain();
            reached = widget == h.find(QStringLiteral("checkPasswordEdit"));
        }
        QVERIFY(reached);
    }

    void privacySettingsChangeOnlyWhatIsTouched()
    {
        OnlineConsent consent(AppSettings::filePath());
        {
            PrivacyDialog dialog(&consent);
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("notAskedLabel"))->isVisibleTo(&dialog));
            dialog.accept(); // untouched: still "ask the first time"
        }
        QCOMPARE(consent.remembered().consent, OnlineLookupSettings::Consent::NotAsked);
        QCOMPARE(consent.remembered().connectionCheck, OnlineLookupSettings::Consent::NotAsked);
        {
            PrivacyDialog dialog(&consent);
            dialog.findChild<QCheckBox *>(QStringLiteral("connectionCheckCheck"))->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("insecureSourcesCheck"))->setChecked(true);
            dialog.accept();
        }
        QCOMPARE(consent.remembered().consent, OnlineLookupSettings::Consent::NotAsked);
        QCOMPARE(consent.remembered().connectionCheck, OnlineLookupSettings::Consent::Allowed);
        QVERIFY(consent.allowInsecureSources());
        {
            PrivacyDialog dialog(&consent);
            dialog.findChild<QCheckBox *>(QStringLiteral("onlineSearchCheck"))->setChecked(false);
            dialog.findChild<QCheckBox *>(QStringLiteral("connectionCheckCheck"))->setChecked(false);
            dialog.reject(); // Cancel changes nothing
        }
        QCOMPARE(consent.remembered().connectionCheck, OnlineLookupSettings::Consent::Allowed);
        const QSettings stored(AppSettings::filePath(), QSettings::IniFormat);
        QCOMPARE(stored.value(QStringLiteral("privacy/connectionCheck")).toString(), QStringLiteral("allowed"));
        QCOMPARE(stored.value(QStringLiteral("privacy/allowInsecureSources")).toBool(), true);
    }

    void switchedOffSearchCanBeSwitchedOnAgain()
    {
        WizardHarness h;
        h.consentAnswer = {false, true};
        h.lookUp(kUnknownAddress);
        h.find<QPushButton>(QStringLiteral("searchOnlineButton"))->click();
        QVERIFY(!h.find(QStringLiteral("searchOnlineButton"))->isEnabled());
        h.wizard.onlineConsent()->setAllowed(OnlineConsent::Purpose::Discovery, true); // what the dialog's OK does
        QVERIFY(h.find(QStringLiteral("searchOnlineButton"))->isEnabled());
        QVERIFY(!h.find<QPushButton>(QStringLiteral("searchPrivacyButton"))->isVisibleTo(&h.wizard));
        QVERIFY(h.searchOnline(OnlineSearch::State::NothingFound));
        QCOMPARE(h.consentRequests.size(), 1);
    }

    void aboutOffersPrivacySettingsAndDescribesBoth()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        QString text;
        bool hasButton = false;
        QTimer::singleShot(0, [&] {
            auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            QVERIFY(about);
            text = about->findChild<QLabel *>(QStringLiteral("aboutLabel"))->text();
            hasButton = about->findChild<QPushButton *>(QStringLiteral("privacySettingsButton")) != nullptr;
            about->reject();
        });
        h.wizard.showAbout();
        QVERIFY(hasButton);
        for (const QString &expected : {QStringLiteral("only the domain"), QStringLiteral("live.thunderbird.net"),
                 QStringLiteral("Check connection"), QStringLiteral("incoming and outgoing mail server"),
                 QStringLiteral("never stores a password")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(QStringLiteral("future")));
    }

    void consentDialogSaysWhatGoesWhere()
    {
        LanguageManager languages;
        languages.setLanguage(Language::English);
        OnlineConsent::Request request;
        request.contacts = {{{QStringLiteral("Webserver"), QStringLiteral("your provider's web server")},
            QStringLiteral("https://autoconfig.example.com/mail/config-v1.1.xml"),
            {QStringLiteral("die Domain example.com"), QStringLiteral("the domain example.com")}}};
        ConsentDialog dialog(request);
        const QString contacts = dialog.findChild<QLabel *>(QStringLiteral("consentContactsLabel"))->text();
        QVERIFY2(contacts.contains(QStringLiteral("<b>Your provider's web server</b>")), qPrintable(contacts));
        QVERIFY(contacts.contains(QStringLiteral("https://autoconfig.example.com/mail/config-v1.1.xml")));
        QVERIFY(contacts.contains(QStringLiteral("receives the domain example.com")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("consentNothingElseLabel"))->text().contains(QStringLiteral("Nothing else")));
        auto *allow = dialog.findChild<QPushButton *>(QStringLiteral("allowButton"));
        QCOMPARE(allow->text(), QStringLiteral("&Allow online lookup"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("notNowButton"))->text(), QStringLiteral("&Not now"));
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.answer().allowed, false);
        QCOMPARE(dialog.answer().remember, true);
        dialog.show();
        allow->click();
        QCOMPARE(dialog.answer().allowed, true);

        languages.setLanguage(Language::German);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(allow->text(), QStringLiteral("Online-Suche &erlauben"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("consentContactsLabel"))->text().contains(QStringLiteral("Webserver")));
    }
};

QTEST_MAIN(TestOnlineWizard)
#include "tst_onlinewizard.moc"
