// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "about/AboutDialog.h"
#include "glossary/Glossary.h"
#include "glossary/GlossaryWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTextBrowser>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// The glossary window (search, jump to a term, both languages) and the About dialog.
class TestGlossaryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void searchesAndShowsTerms()
    {
        LanguageManager languages;
        languages.setLanguage(Language::English);
        GlossaryWindow window;
        window.showTerm(QStringLiteral("oauth2"));
        QCOMPARE(window.currentTermId(), QStringLiteral("oauth2"));
        auto *view = window.findChild<QTextBrowser *>(QStringLiteral("termView"));
        const GlossaryTerm *term = Glossary::bundled().find(QStringLiteral("oauth2"));
        QVERIFY(term);
        QVERIFY(view->toPlainText().contains(term->shortText.en));
        QVERIFY(!view->toPlainText().contains(term->shortText.de));

        window.findChild<QCheckBox *>(QStringLiteral("bothLanguagesCheck"))->setChecked(true);
        QVERIFY(view->toPlainText().contains(term->shortText.de));

        auto *list = window.findChild<QListWidget *>(QStringLiteral("termList"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("starttls"));
        QVERIFY(list->count() >= 1);
        QVERIFY(list->count() < int(Glossary::bundled().terms().size()));
        QCOMPARE(window.currentTermId(), QStringLiteral("starttls"));
        search->setText(QStringLiteral("xyzzy"));
        QCOMPARE(list->count(), 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noMatchLabel"))->isVisible());

        // Links to related terms jump there.
        window.showTerm(QStringLiteral("imap"));
        QVERIFY(!term->related.isEmpty());
        Q_EMIT view->anchorClicked(QUrl(QStringLiteral("term:pop3")));
        QCOMPARE(window.currentTermId(), QStringLiteral("pop3"));
    }

    void followsTheLanguage()
    {
        WizardHarness h(Language::English);
        h.wizard.showGlossary(QStringLiteral("port"));
        GlossaryWindow *window = h.wizard.glossaryWindow();
        const GlossaryTerm *term = Glossary::bundled().find(QStringLiteral("port"));
        auto *view = window->findChild<QTextBrowser *>(QStringLiteral("termView"));
        QVERIFY(view->toPlainText().contains(term->shortText.en));
        h.switchLanguage(Language::German);
        QVERIFY(view->toPlainText().contains(term->shortText.de));
        QCOMPARE(window->currentTermId(), QStringLiteral("port"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Glossar – E-Mail-Einrichtungsassistent"));
    }

    void aboutNamesVersionSourcesLicencesAndPrivacy()
    {
        LanguageManager languages;
        languages.setLanguage(Language::English);
        AboutDialog dialog(test::bundledCatalog().get());
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("aboutLabel"))->text();
        QVERIFY(text.contains(QStringLiteral("Version 0.")));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("MPL-2.0")));
        QVERIFY(text.contains(QStringLiteral("Nothing you type leaves this computer")));
        QVERIFY(text.contains(QStringLiteral("only the domain")));
        QVERIFY(text.contains(QStringLiteral("built-in catalog")));
        const QDate snapshot = test::bundledCatalog()->catalog.layers().constFirst().file.snapshot;
        QVERIFY(text.contains(QStringLiteral("as of %1").arg(LanguageManager::formatDate(snapshot))));
        languages.setLanguage(Language::German);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLabel"))
                    ->text()
                    .contains(QStringLiteral("Ihre Privatsphäre")));
    }
};

QTEST_MAIN(TestGlossaryWindow)
#include "tst_glossarywindow.moc"
