// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "check/SocketTransport.h"
#include "discovery/OverridingNetworkAccessManager.h"
#include "discovery/QtDnsResolver.h"
#include "i18n/Translation.h"
#include "session/OnlineServices.h"
#include "session/SetupSession.h"
#include "wizard/AddressPage.h"
#include "wizard/MailSetupWizard.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace mailsetup::ui {

void loadCatalogInBackground(SetupSession *session)
{
    using Watcher = QFutureWatcher<std::shared_ptr<const LoadedCatalog>>;
    auto *watcher = new Watcher(session);
    QObject::connect(watcher, &Watcher::finished, session, [watcher, session] {
        session->setCatalog(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] { return LoadedCatalog::load({}); }));
}

std::optional<WizardOptions> readWizardOptions(const QStringList &arguments)
{
    WizardOptions options = WizardOptions::parse(arguments);
    if (options.error.isEmpty())
        return options;
    QTextStream(stderr) << "mailsetup: " << options.error << '\n'
                        << WizardOptions::usage(options.language.value_or(i18n::systemLanguage())) << '\n';
    return std::nullopt;
}

int runWizard(const WizardOptions &options)
{
    LanguageManager languages;
    languages.setLanguage(options.language.value_or(AppSettings::language().value_or(i18n::systemLanguage())));
    // Only a choice made in the window is remembered, not a one-off --lang.
    QObject::connect(&languages, &LanguageManager::languageChanged, &languages,
        [](Language language) { AppSettings::setLanguage(language); });

    // The real network, used only after the user has agreed: the system's proxy settings and
    // resolver, sockets that never ignore a TLS error.
    OverridingNetworkAccessManager network{ConnectionOverrides{}};
    QtDnsResolver dns;
    OnlineServices services;
    services.network = &network;
    services.dns = &dns;
    // The TLS configuration loads the OpenSSL backend: only when a check really connects.
    services.createTransport = [](QObject *parent) {
        return new SocketTransport(ConnectionOverrides{}.sslConfiguration(), {}, parent);
    };
    services.settingsFile = AppSettings::filePath();

    SetupSession session;
    MailSetupWizard wizard(&session, &languages);
    wizard.setOnline(services);
    wizard.addressPage()->setAddressText(options.address);
    // The catalogs load in a worker thread once the window is on the screen: even a large catalog
    // file of the user's own never competes with the first paint, and the address page works
    // without them until an answer is needed.
    QObject::connect(&wizard, &MailSetupWizard::setupCompleted, &session,
                     [&session] { loadCatalogInBackground(&session); }, Qt::SingleShotConnection);
    wizard.show();
    return QApplication::exec();
}

} // namespace mailsetup::ui
