// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WizardOptions.h"

#include <QTest>

using namespace mailsetup;
using namespace mailsetup::ui;

/// `mailsetup [--lang de|en] [ADDRESS]`: what the window is started with.
class TestWizardOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("language"); // -1 none, 0 German, 1 English
        QTest::addColumn<bool>("error");
        QTest::newRow("nothing") << QStringList {} << "" << -1 << false;
        QTest::newRow("address") << QStringList {"anna@gmx.ch"} << "anna@gmx.ch" << -1 << false;
        QTest::newRow("name and address") << QStringList {"Anna <anna@gmx.ch>"} << "Anna <anna@gmx.ch>" << -1 << false;
        QTest::newRow("lang de") << QStringList {"--lang", "de", "anna@gmx.ch"} << "anna@gmx.ch" << 0 << false;
        QTest::newRow("lang=en after") << QStringList {"anna@gmx.ch", "--lang=en"} << "anna@gmx.ch" << 1 << false;
        QTest::newRow("lang EN") << QStringList {"--lang", "EN"} << "" << 1 << false;
        QTest::newRow("lang missing") << QStringList {"--lang"} << "" << -1 << true;
        QTest::newRow("lang unknown") << QStringList {"--lang", "fr"} << "" << -1 << true;
        QTest::newRow("lang locale") << QStringList {"--lang", "de_CH"} << "" << -1 << true;
        QTest::newRow("unknown option") << QStringList {"--verbose"} << "" << -1 << true;
        QTest::newRow("two addresses") << QStringList {"a@b.de", "c@d.de"} << "a@b.de" << -1 << true;
        QTest::newRow("single-dash option") << QStringList {"-x"} << "" << -1 << true;
        QTest::newRow("Qt's option, value") << QStringList {"-platform", "offscreen", "a@b.de"} << "a@b.de" << -1 << false;
        QTest::newRow("Qt's option, --") << QStringList {"--style", "fusion", "--lang", "de"} << "" << 0 << false;
        QTest::newRow("Qt's flag") << QStringList {"-reverse"} << "" << -1 << false;
    }

    void errorIsInTheChosenLanguage()
    {
        const WizardOptions german = WizardOptions::parse({"mailsetup", "--bogus", "--lang", "de"});
        QCOMPARE(german.error, QStringLiteral("Unbekannte Option --bogus."));
        const WizardOptions english = WizardOptions::parse({"mailsetup", "--lang=en", "--bogus"});
        QCOMPARE(english.error, QStringLiteral("Unknown option --bogus."));
        QVERIFY(WizardOptions::usage(Language::German).startsWith(QStringLiteral("Aufruf: mailsetup")));
    }

    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, address);
        QFETCH(int, language);
        QFETCH(bool, error);
        arguments.prepend(QStringLiteral("mailsetup"));
        const WizardOptions options = WizardOptions::parse(arguments);
        QCOMPARE(!options.error.isEmpty(), error);
        if (error)
            return;
        QCOMPARE(options.address, address);
        QCOMPARE(options.language.has_value(), language >= 0);
        if (options.language)
            QCOMPARE(*options.language, language == 0 ? Language::German : Language::English);
    }
};

QTEST_GUILESS_MAIN(TestWizardOptions)
#include "tst_wizardoptions.moc"
