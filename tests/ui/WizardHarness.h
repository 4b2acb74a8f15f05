// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the widget tests and the screenshot renderer: a wizard over the bundled catalogs
// only (never the user's own files), driven the way a user drives it. Its network, DNS and mail
// servers are fakes: nothing leaves the process.

#include "../app/check/FakeTransport.h"
#include "../app/discovery/FakeNetwork.h"
#include "app/LanguageManager.h"
#include "discovery/PublicSuffixList.h"
#include "session/ConnectionTester.h"
#include "session/OnlineSearch.h"
#include "session/OnlineServices.h"
#include "session/SetupSession.h"
#include "wizard/MailSetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace mailsetup::ui::test {

inline std::shared_ptr<const LoadedCatalog> bundledCatalog()
{
    static const std::shared_ptr<const LoadedCatalog> catalog = LoadedCatalog::load({{}, false, false, true});
    return catalog;
}

/// One wizard window with its session and language, in a known state.
class WizardHarness
{
public:
    /// `settingsFile`: where the privacy choices go; empty means a temporary file.
    explicit WizardHarness(Language language = Language::English, const QString &settingsFile = {})
    {
        languages.setLanguage(language);
        session.setCatalog(bundledCatalog());
        wizard.resize(1024, 768);
        for (const QString &host : {QStringLiteral("imap.gmx.net"), QStringLiteral("mail.gmx.net")}) {
            DnsAnswer answer;
            answer.status = DnsAnswer::Status::Found;
            answer.addresses = {QHostAddress(QStringLiteral("192.0.2.25"))};
            dns.set(DnsResolver::Type::Address, host, {answer, 0, false});
        }
        OnlineServices services;
        services.network = &network;
        services.dns = &dns;
        services.suffixes = &suffixes;
        services.createTransport = [this](QObject *parent) {
            // The check's transport belongs to the ServerCheck of one server: answer as that server.
            const auto *check = qobject_cast<ServerCheck *>(parent);
            const bool smtp = check && check->report().server.protocol == Protocol::Smtp;
            return new FakeTransport(smtp ? outgoingServer : incomingServer, parent);
        };
        // Sources that hang stay "waiting" for as long as a test looks at them.
        services.discovery.sourceTimeouts.fill(std::chrono::minutes(5));
        services.discovery.totalTimeout = std::chrono::minutes(5);
        services.settingsFile = settingsFile.isEmpty() ? settingsDir.filePath(QStringLiteral("mailsetup.conf")) : settingsFile;
        wizard.setOnline(services, [this](const OnlineConsent::Request &request) {
            consentRequests.append(request);
            return consentAnswer;
        });
    }

    template<typename T = QWidget> T *find(const QString &name) const { return wizard.findChild<T *>(name); }

    [[nodiscard]] QAbstractButton *button(QWizard::WizardButton which) const { return wizard.button(which); }

    /// Types into the address field as a user would (keyClicks handles ASCII only).
    void typeAddress(const QString &address) const
    {
        auto *edit = find<QLineEdit>(QStringLiteral("addressEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, address);
    }

    /// Shows the window and waits until it can take keyboard input.
    bool showAndActivate()
    {
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        return QTest::qWaitForWindowActive(&wizard);
    }

    /// Restarts at the address page, enters `address` and goes on.
    void lookUp(const QString &address)
    {
        wizard.restart();
        find<QLineEdit>(QStringLiteral("addressEdit"))->setText(address);
        wizard.next();
    }

    /// Switches the language as the language buttons do, and lets the posted LanguageChange
    /// events arrive.
    void switchLanguage(Language language)
    {
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }

    /// Clicks "Search online" on the not-found page and waits until the search has `state`.
    bool searchOnline(OnlineSearch::State until)
    {
        find<QPushButton>(QStringLiteral("searchOnlineButton"))->click();
        const bool reached = QTest::qWaitFor([&] { return wizard.onlineSearch()->state() == until; }, 5000);
        QTest::qWait(20); // lets the nested layouts settle, as the event loop would
        return reached;
    }

    /// Types `password` (may be empty), clicks "Check connection" and waits for the verdict.
    bool checkConnection(const QString &password = {})
    {
        find<QLineEdit>(QStringLiteral("checkPasswordEdit"))->setText(password);
        find<QPushButton>(QStringLiteral("checkConnectionButton"))->click();
        const bool done = QTest::qWaitFor(
            [&] {
                const auto state = wizard.connectionTester()->state();
                return state == ConnectionTester::State::Passed || state == ConnectionTester::State::Failed;
            },
            5000);
        QTest::qWait(20); // lets the nested layouts settle, as the event loop would
        return done;
    }

    QTemporaryDir settingsDir;
    fake::NetworkAccessManager network;
    fake::DnsResolver dns;
    PublicSuffixList suffixes = PublicSuffixList::fromData("com\nde\nnet\norg\nch\n");
    QList<QByteArray> sentToIncoming;
    QList<QByteArray> sentToOutgoing;
    /// The provider's servers; the password "secret" is right.
    FakeTransport::Script incomingServer = FakeTransport::mailServer(Protocol::Imap, &sentToIncoming, "secret");
    FakeTransport::Script outgoingServer = FakeTransport::mailServer(Protocol::Smtp, &sentToOutgoing, "secret");
    /// What the consent question answers, and every question put.
    OnlineConsent::Answer consentAnswer {true, false};
    QList<OnlineConsent::Request> consentRequests;

    LanguageManager languages;
    SetupSession session;
    MailSetupWizard wizard {&session, &languages};
};

inline const QString kUnknownAddress = QStringLiteral("info@baeckerei-muster.de");
inline const QString kUnknownAutoconfig = QStringLiteral("https://autoconfig.baeckerei-muster.de/mail/config-v1.1.xml");

/// Brings a fresh wizard into one state the user can see.
using PageState = std::function<void(WizardHarness &)>;

/// Every page, and the notable states of each, for the checks that must hold everywhere
/// (language switch, mnemonics, layout at 1024×768).
inline QList<std::pair<const char *, PageState>> pageStates()
{
    QList<std::pair<const char *, PageState>> states;
    states.append({"address found", [](WizardHarness &h) { h.typeAddress(QStringLiteral("anna@gmx.ch")); }});
    states.append({"address typo", [](WizardHarness &h) { h.typeAddress(QStringLiteral("anna@gmx.dee")); }});
    states.append({"address invalid", [](WizardHarness &h) { h.typeAddress(QStringLiteral("anna.gmx.ch")); }});
    states.append(
        {"address unknown", [](WizardHarness &h) { h.typeAddress(QStringLiteral("a@baeckerei-muster.de")); }});
    states.append({"settings", [](WizardHarness &h) { h.lookUp(QStringLiteral("anna@gmx.ch")); }});
    states.append({"settings more options", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.find<QPushButton>(QStringLiteral("moreOptionsButton"))->setChecked(true);
                       h.find<QPushButton>(QStringLiteral("incoming_server_copy"))->click();
                   }});
    states.append({"settings both languages", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.find<QPushButton>(QStringLiteral("bothLanguagesButton"))->setChecked(true);
                   }});
    states.append({"settings oauth2", [](WizardHarness &h) { h.lookUp(QStringLiteral("anna@outlook.com")); }});
    states.append({"settings merged", [](WizardHarness &h) { h.lookUp(QStringLiteral("anna@arcor.de")); }});
    states.append({"settings unconfirmed", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       LookupResult result = h.session.result();
                       result.secure = false;
                       result.source = SettingsSource::Autoconfig;
                       h.session.setResult(result);
                   }});
    states.append({"not found", [](WizardHarness &h) { h.lookUp(QStringLiteral("a@baeckerei-muster.de")); }});
    states.append({"manual", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("a@baeckerei-muster.de"));
                       h.find<QRadioButton>(QStringLiteral("manualRadio"))->setChecked(true);
                       h.wizard.next();
                   }});
    states.append({"manual settings", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("a@baeckerei-muster.de"));
                       h.find<QRadioButton>(QStringLiteral("manualRadio"))->setChecked(true);
                       h.wizard.next();
                       h.wizard.next();
                   }});
    states.append({"export", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.wizard.next();
                   }});
    states.append({"export new outlook", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.wizard.next();
                       h.find<QRadioButton>(QStringLiteral("outlookNewRadio"))->setChecked(true);
                   }});
    states.append({"export sheet", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.wizard.next();
                       h.find<QRadioButton>(QStringLiteral("otherRadio"))->setChecked(true);
                   }});
    states.append({"online search running", [](WizardHarness &h) {
                       h.network.set(kUnknownAutoconfig, fake::Response::notFound());
                       h.network.set(QStringLiteral("https://live.thunderbird.net/autoconfig/v1.1/baeckerei-muster.de"),
                           fake::Response::hanging());
                       h.dns.setHanging(DnsResolver::Type::Mx, QStringLiteral("baeckerei-muster.de"));
                       h.lookUp(kUnknownAddress);
                       h.find<QPushButton>(QStringLiteral("searchOnlineButton"))->click();
                       QTest::qWait(50);
                   }});
    states.append({"online search nothing found", [](WizardHarness &h) {
                       h.lookUp(kUnknownAddress);
                       h.searchOnline(OnlineSearch::State::NothingFound);
                   }});
    states.append({"settings found online", [](WizardHarness &h) {
                       h.network.set(kUnknownAutoconfig, fake::Response::xml(fake::clientConfig(QStringLiteral("imap.baeckerei-muster.de"))));
                       h.lookUp(kUnknownAddress);
                       h.searchOnline(OnlineSearch::State::Found);
                   }});
    states.append({"settings connection works", [](WizardHarness &h) {
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.checkConnection(QStringLiteral("secret"));
                   }});
    states.append({"settings connection fails", [](WizardHarness &h) {
                       h.outgoingServer.connectFailure = FakeTransport::Failure::Refused;
                       h.lookUp(QStringLiteral("anna@gmx.ch"));
                       h.checkConnection();
                   }});
    return states;
}

} // namespace mailsetup::ui::test
