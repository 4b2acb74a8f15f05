// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders every page of the wizard in German and English at 1024×768 (or WIDTHxHEIGHT) to PNG
// files, for the documentation, the AppStream screenshots and for looking at the layout:
// mailsetup-render-pages OUTPUT_DIR [WIDTHxHEIGHT].
// Run it under Xvfb (tests/ui/render-pages.sh) or with QT_QPA_PLATFORM=offscreen.

#include "AppInfo.h"
#include "WizardHarness.h"
#include "about/AboutDialog.h"
#include "glossary/GlossaryWindow.h"
#include "i18n/Translation.h"
#include "online/ConsentDialog.h"
#include "online/PrivacyDialog.h"
#include "wizard/ExportPage.h"
#include "wizard/NotFoundPage.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSize>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace mailsetup;
using namespace mailsetup::ui;

namespace {

class Renderer
{
public:
    Renderer(const QString &directory, QSize windowSize)
        : m_directory(directory)
        , m_windowSize(windowSize)
    { }

    void renderAll(Language language)
    {
        m_prefix = i18n::languageCode(language);
        test::WizardHarness h(language);
        h.wizard.resize(m_windowSize);
        h.wizard.show();
        settle();

        h.wizard.restart();
        h.typeAddress(QStringLiteral("anna@gmx.ch"));
        h.find<QLineEdit>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Anna Muster"));
        shoot(&h.wizard, QStringLiteral("01-address"));
        h.typeAddress(QStringLiteral("anna@gmx.dee"));
        shoot(&h.wizard, QStringLiteral("02-address-typo"));
        h.typeAddress(QStringLiteral("anna.gmx.ch"));
        shoot(&h.wizard, QStringLiteral("03-address-invalid"));

        h.lookUp(QStringLiteral("anna@gmx.ch"));
        shoot(&h.wizard, QStringLiteral("04-settings"));
        h.find<QPushButton>(QStringLiteral("moreOptionsButton"))->setChecked(true);
        shoot(&h.wizard, QStringLiteral("05-settings-more-options"));
        h.find<QPushButton>(QStringLiteral("moreOptionsButton"))->setChecked(false);
        h.find<QPushButton>(QStringLiteral("bothLanguagesButton"))->setChecked(true);
        shoot(&h.wizard, QStringLiteral("06-settings-both-languages"));
        h.find<QPushButton>(QStringLiteral("bothLanguagesButton"))->setChecked(false);

        h.wizard.next();
        shoot(&h.wizard, QStringLiteral("07-export-thunderbird"));
        h.find<QRadioButton>(QStringLiteral("outlookNewRadio"))->setChecked(true);
        shoot(&h.wizard, QStringLiteral("08-export-new-outlook"));
        h.find<QRadioButton>(QStringLiteral("otherRadio"))->setChecked(true);
        shoot(&h.wizard, QStringLiteral("09-export-sheet"));

        h.lookUp(QStringLiteral("anna@outlook.com"));
        shoot(&h.wizard, QStringLiteral("10-settings-oauth2"));
        h.lookUp(QStringLiteral("anna@arcor.de"));
        shoot(&h.wizard, QStringLiteral("11-settings-merged"));

        h.lookUp(QStringLiteral("info@baeckerei-muster.de"));
        auto *hosters = h.find<QListWidget>(QStringLiteral("hosterList"));
        hosters->setCurrentRow(0);
        shoot(&h.wizard, QStringLiteral("12-not-found"));
        h.find<QRadioButton>(QStringLiteral("manualRadio"))->setChecked(true);
        h.wizard.next();
        shoot(&h.wizard, QStringLiteral("13-manual"));

        h.wizard.showGlossary(QStringLiteral("starttls"));
        shoot(h.wizard.glossaryWindow(), QStringLiteral("14-glossary"));
        h.wizard.glossaryWindow()->close();

        AboutDialog about(h.session.catalog(), &h.wizard);
        about.offerPrivacySettings([] {});
        about.show();
        shoot(&about, QStringLiteral("15-about"));
        about.close();

        // The online search while it runs: the provider's web server has answered, the others not yet.
        h.network.set(test::kUnknownAutoconfig, fake::Response::notFound());
        h.network.set(QStringLiteral("https://live.thunderbird.net/autoconfig/v1.1/baeckerei-muster.de"),
            fake::Response::hanging());
        h.dns.setHanging(DnsResolver::Type::Mx, QStringLiteral("baeckerei-muster.de"));
        h.lookUp(test::kUnknownAddress);
        h.find<QPushButton>(QStringLiteral("searchOnlineButton"))->click();
        shoot(&h.wizard, QStringLiteral("16-online-search"));
        h.wizard.onlineSearch()->cancel();

        // A connection check with one problem: the outgoing server refuses its port.
        h.outgoingServer.connectFailure = FakeTransport::Failure::Refused;
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.checkConnection(QStringLiteral("secret"));
        shoot(&h.wizard, QStringLiteral("17-connection-check"));

        // The question before the first online search, and the privacy settings.
        h.lookUp(test::kUnknownAddress);
        ConsentDialog consent(h.wizard.onlineSearch()->consentRequest(), &h.wizard);
        consent.show();
        shoot(&consent, QStringLiteral("18-consent"));
        consent.close();
        PrivacyDialog privacy(h.wizard.onlineConsent(), &h.wizard);
        privacy.show();
        shoot(&privacy, QStringLiteral("19-privacy"));
        privacy.close();
    }

    [[nodiscard]] int written() const { return m_written; }

private:
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    void shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QString path = QDir(m_directory).filePath(QStringLiteral("%1-%2.png").arg(m_prefix, name));
        if (widget->grab().save(path))
            ++m_written;
        else
            QTextStream(stderr) << "cannot write " << path << '\n';
    }

    QString m_directory;
    QSize m_windowSize;
    QString m_prefix;
    int m_written = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    // Never read or change the settings of the person running it.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    QSize windowSize(1024, 768);
    if (arguments.size() == 3) {
        const QStringList parts = arguments.at(2).split(u'x');
        windowSize = parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
    }
    if (arguments.size() < 2 || arguments.size() > 3 || windowSize.isEmpty()) {
        QTextStream(stderr) << "usage: mailsetup-render-pages OUTPUT_DIR [WIDTHxHEIGHT]\n";
        return 2;
    }
    QDir().mkpath(arguments.at(1));
    Renderer renderer(arguments.at(1), windowSize);
    renderer.renderAll(Language::English);
    renderer.renderAll(Language::German);
    QTextStream(stdout) << renderer.written() << " pictures in " << arguments.at(1) << '\n';
    return renderer.written() == 38 ? 0 : 1;
}
