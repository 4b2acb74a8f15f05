// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/MailSetupWizard.h"

#include "about/AboutDialog.h"
#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "glossary/GlossaryWindow.h"
#include "online/ConnectionCheckWidget.h"
#include "online/ConsentDialog.h"
#include "online/OnlineSearchWidget.h"
#include "online/PrivacyDialog.h"
#include "session/ConnectionTester.h"
#include "session/OnlineSearch.h"
#include "session/OnlineServices.h"
#include "session/SetupSession.h"
#include "wizard/AddressPage.h"
#include "wizard/ExportPage.h"
#include "wizard/ManualPage.h"
#include "wizard/NotFoundPage.h"
#include "wizard/SettingsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>

namespace mailsetup::ui {

namespace {

// QWizard's own button texts live in Qt's translation (qtbase_de), context "QWizard". Qt 6.4 does
// not re-read them on a language change, so we set them ourselves; the context is a variable so
// that lupdate does not copy these strings into our .ts file.
const char *const kQtWizardContext = "QWizard";

QString qtWizardText(const char *source)
{
    return QCoreApplication::translate(kQtWizardContext, source);
}

constexpr QSize kDefaultSize(960, 700);

} // namespace

MailSetupWizard::MailSetupWizard(SetupSession *session, LanguageManager *languages, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_languages(languages)
    , m_addressPage(new AddressPage(session))
{
    setObjectName(QStringLiteral("MailSetupWizard"));
    // One look on every platform, the one the documentation and screenshots show.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // "Finish" closes it there; two closing buttons confuse
    setPage(AddressPageId, m_addressPage);
    setStartId(AddressPageId);
    m_addressPage->installEventFilter(this); // see eventFilter(): the rest comes after the first paint

    // Enter always means "go on" (the Next button), wherever the focus is; Space presses the
    // focused button. Buttons in dialogs would otherwise take Enter for themselves.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    setUpButtons();
    connect(m_languages, &LanguageManager::languageChanged, this, &MailSetupWizard::showLanguage);
    connect(this, &QWizard::currentIdChanged, this, &MailSetupWizard::focusFirstControl);

    if (!restoreGeometry(AppSettings::windowGeometry())) {
        QSize size = kDefaultSize;
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize());
        resize(size);
    }
    retranslate();
}

MailSetupWizard::~MailSetupWizard() = default;

void MailSetupWizard::completeSetup()
{
    if (m_settingsPage)
        return;
    m_settingsPage = new SettingsPage(m_session);
    m_notFoundPage = new NotFoundPage(m_session);
    m_exportPage = new ExportPage(m_session);
    setPage(SettingsPageId, m_settingsPage);
    setPage(NotFoundPageId, m_notFoundPage);
    setPage(ManualPageId, new ManualPage(m_session));
    setPage(ExportPageId, m_exportPage);
    for (QWizardPage *page : {static_cast<QWizardPage *>(m_settingsPage), static_cast<QWizardPage *>(m_notFoundPage),
                              page(ManualPageId), static_cast<QWizardPage *>(m_exportPage)}) {
        for (QPushButton *button : page->findChildren<QPushButton *>())
            button->setAutoDefault(false); // Enter stays "Next"
    }
    connect(m_settingsPage, &SettingsPage::glossaryRequested, this, &MailSetupWizard::showGlossary);
    connect(m_exportPage, &ExportPage::glossaryRequested, this, &MailSetupWizard::showGlossary);
    if (m_search)
        buildOnlineWidgets();

    // Icons are SVG: loading the SVG plugin and the files (and, for the clear button, looking up
    // the icon theme) would delay the first paint.
    m_addressPage->enableClearButton();
    if (QFile::exists(QStringLiteral(":/icons/mailsetup.svg")))
        setWindowIcon(QIcon(QStringLiteral(":/icons/mailsetup.svg")));
    const QIcon languageIcon(QStringLiteral(":/icons/language.svg"));
    button(QWizard::CustomButton1)->setIcon(languageIcon);
    button(QWizard::CustomButton2)->setIcon(languageIcon);
    button(QWizard::HelpButton)->setIcon(QIcon(QStringLiteral(":/icons/glossary.svg")));
    Q_EMIT setupCompleted();
}

SettingsPage *MailSetupWizard::settingsPage()
{
    completeSetup();
    return m_settingsPage;
}

NotFoundPage *MailSetupWizard::notFoundPage()
{
    completeSetup();
    return m_notFoundPage;
}

ExportPage *MailSetupWizard::exportPage()
{
    completeSetup();
    return m_exportPage;
}

bool MailSetupWizard::validateCurrentPage()
{
    completeSetup(); // the next page must exist before QWizard goes there
    return QWizard::validateCurrentPage();
}

bool MailSetupWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_addressPage && event->type() == QEvent::Paint) {
        m_addressPage->removeEventFilter(this);
        // Two event-loop turns later: after this frame is flushed and after everything else this
        // paint queued (the start-up probe of tests/bench among it), so nothing waits for us.
        QMetaObject::invokeMethod(
            this, [this] { QMetaObject::invokeMethod(this, &MailSetupWizard::completeSetup, Qt::QueuedConnection); },
            Qt::QueuedConnection);
    }
    return QWizard::eventFilter(watched, event);
}

void MailSetupWizard::setUpButtons()
{
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::HaveCustomButton3);
    auto *german = new QPushButton(QStringLiteral("&Deutsch"), this);
    auto *english = new QPushButton(QStringLiteral("&English"), this);
    german->setObjectName(QStringLiteral("germanButton"));
    english->setObjectName(QStringLiteral("englishButton"));
    for (QPushButton *button : {german, english}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
    }
    setButton(QWizard::CustomButton1, german);
    setButton(QWizard::CustomButton2, english);
    button(QWizard::HelpButton)->setObjectName(QStringLiteral("glossaryButton"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("aboutButton"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::HelpButton, QWizard::CustomButton3,
        QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});

    connect(german, &QPushButton::clicked, this, [this] { m_languages->setLanguage(Language::German); });
    connect(english, &QPushButton::clicked, this, [this] { m_languages->setLanguage(Language::English); });
    connect(this, &QWizard::helpRequested, this, [this] { showGlossary(); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton3)
            showAbout();
    });
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, [this] { showGlossary(); });
    showLanguage();
}

int MailSetupWizard::nextId() const
{
    switch (currentId()) {
    case AddressPageId:
        // Decided on what the user typed: the session takes it as the answer when leaving the page.
        return m_session->preview().found ? SettingsPageId : NotFoundPageId;
    case NotFoundPageId:
        return m_notFoundPage->wantsManualEntry() ? ManualPageId : SettingsPageId;
    case ManualPageId:
        return SettingsPageId;
    case SettingsPageId:
        return ExportPageId;
    default:
        break;
    }
    return -1;
}

void MailSetupWizard::focusFirstControl()
{
    // QWizard focuses the first tab stop of a new page even when it is hidden (e.g. the
    // confirmation box of a trusted answer); then no key would reach anything.
    QWidget *page = currentPage();
    const QWidget *focus = QApplication::focusWidget();
    if (!page || (focus && focus->isVisible() && page->isAncestorOf(focus)))
        return;
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MailSetupWizard::setOnline(const OnlineServices &services, OnlineConsent::Asker ask)
{
    if (m_consent)
        return; // once per window
    if (!ask)
        ask = [this](const OnlineConsent::Request &request) { return ConsentDialog::ask(request, this); };
    m_consent = new OnlineConsent(services.settingsFile, this);
    m_search = new OnlineSearch(m_session, services, m_consent, this);
    m_tester = new ConnectionTester(m_session, services, m_consent, this);
    m_ask = std::move(ask);
    if (m_settingsPage)
        buildOnlineWidgets();
}

void MailSetupWizard::buildOnlineWidgets()
{
    const OnlineConsent::Asker &ask = m_ask;
    auto *searchWidget = new OnlineSearchWidget(m_search, ask);
    auto *checkWidget = new ConnectionCheckWidget(m_tester, ask);
    for (QPushButton *button : searchWidget->findChildren<QPushButton *>() + checkWidget->findChildren<QPushButton *>())
        button->setAutoDefault(false); // Enter stays "Next"
    m_notFoundPage->setOnlineDiscoveryWidget(searchWidget);
    m_settingsPage->setConnectionCheckWidget(checkWidget, checkWidget->tabChain());
    connect(searchWidget, &OnlineSearchWidget::privacySettingsRequested, this, &MailSetupWizard::showPrivacySettings);
    connect(checkWidget, &ConnectionCheckWidget::privacySettingsRequested, this, &MailSetupWizard::showPrivacySettings);
    connect(m_search, &OnlineSearch::resultFound, this, [this] {
        m_notFoundPage->useOnlineResult();
        if (currentId() == NotFoundPageId)
            next();
    });
    // Nothing keeps running on a page the user has left.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != NotFoundPageId)
            m_search->cancel();
        if (id != SettingsPageId)
            m_tester->stop();
    });
}

void MailSetupWizard::showPrivacySettings()
{
    if (!m_consent)
        return;
    PrivacyDialog dialog(m_consent, this);
    dialog.exec();
}

void MailSetupWizard::showGlossary(const QString &termId)
{
    if (!m_glossary)
        m_glossary = new GlossaryWindow(this);
    m_glossary->showTerm(termId);
}

GlossaryWindow *MailSetupWizard::glossaryWindow() const
{
    return m_glossary;
}

void MailSetupWizard::showAbout()
{
    AboutDialog dialog(m_session->catalog(), this);
    if (m_consent)
        dialog.offerPrivacySettings([this] { showPrivacySettings(); });
    dialog.exec();
}

void MailSetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void MailSetupWizard::done(int result)
{
    AppSettings::setWindowGeometry(saveGeometry());
    QWizard::done(result);
}

void MailSetupWizard::showLanguage()
{
    const bool german = m_languages->language() == Language::German;
    button(QWizard::CustomButton1)->setChecked(german);
    button(QWizard::CustomButton2)->setChecked(!german);
}

void MailSetupWizard::retranslate()
{
    setWindowTitle(tr("Mail Setup Assistant"));
    setButtonText(QWizard::BackButton, qtWizardText("< &Back"));
    setButtonText(QWizard::NextButton, qtWizardText("&Next >"));
    setButtonText(QWizard::FinishButton, qtWizardText("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    setButtonText(QWizard::HelpButton, tr("&Glossary"));
    setButtonText(QWizard::CustomButton3, tr("Abo&ut"));
    button(QWizard::HelpButton)->setToolTip(tr("Explains the terms (F1)"));
    button(QWizard::CustomButton3)->setToolTip(tr("Version, sources, licences and privacy"));
    button(QWizard::CancelButton)->setToolTip(tr("Closes the assistant (Esc)"));
    button(QWizard::CustomButton1)->setToolTip(tr("Show everything in German"));
    button(QWizard::CustomButton2)->setToolTip(tr("Show everything in English"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Language: German"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Language: English"));
}

} // namespace mailsetup::ui
