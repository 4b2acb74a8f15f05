// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "app/AppSettings.h"

#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>

#include <functional>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// Switching the language mid-flow changes every visible text, on every page, both ways; the
/// choice is remembered; mnemonics stay unique in both languages.
class TestWizardLanguage : public QObject
{
    Q_OBJECT

private:
    using Texts = QHash<QWidget *, QString>;
    using Step = test::PageState;

    /// Words that are the same in German and English (names, technical terms).
    static bool isSameInBothLanguages(const QString &text)
    {
        static const QStringList same {QStringLiteral("&Deutsch"), QStringLiteral("&English"),
            QStringLiteral("&Apple Mail (Mac, iPhone, iPad)"), QStringLiteral("Server:"), QStringLiteral("Port:"),
            QStringLiteral("&POP3"), QStringLiteral("&Thunderbird"), QStringLiteral("&Server:"),
            QStringLiteral("Ser&ver:")};
        return same.contains(text);
    }

    /// The visible texts of the window that belong to the user interface (not data values).
    static Texts visibleTexts(QWidget *window)
    {
        Texts texts;
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->objectName().endsWith(QLatin1String("_value"))
                || widget->objectName() == QLatin1String("providerLabel"))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                text = group->title();
            if (!text.trimmed().isEmpty() && !isSameInBothLanguages(text))
                texts.insert(widget, text);
        }
        return texts;
    }

    static QString describe(QWidget *widget)
    {
        return QStringLiteral("%1 (%2)").arg(
            widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }

    /// The mnemonic letters of the visible, enabled buttons and buddy labels.
    static QStringList duplicateMnemonics(QWidget *window)
    {
        static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
        QHash<QChar, QString> seen;
        QStringList duplicates;
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled())
                continue;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            const QRegularExpressionMatch match = mnemonic.match(text);
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toLower();
            if (seen.contains(key))
                duplicates.append(QStringLiteral("%1: '%2' and '%3'").arg(key).arg(seen.value(key), text));
            seen.insert(key, text);
        }
        return duplicates;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AppSettings::filePath());
    }

    void everyVisibleTextChanges_data()
    {
        QTest::addColumn<Step>("step");
        for (const auto &[name, step] : test::pageStates())
            QTest::newRow(name) << step;
    }

    void everyVisibleTextChanges()
    {
        QFETCH(Step, step);
        WizardHarness h(Language::English);
        QVERIFY(h.showAndActivate());
        step(h);
        const Texts english = visibleTexts(&h.wizard);
        QVERIFY(english.size() > 5);

        h.switchLanguage(Language::German);
        const Texts german = visibleTexts(&h.wizard);
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (!german.contains(it.key()))
                continue; // hidden in German (e.g. a note without translation does not exist)
            QVERIFY2(german.value(it.key()) != it.value(),
                qPrintable(QStringLiteral("still English: %1 %2").arg(describe(it.key()), it.value())));
        }
        for (auto it = german.cbegin(); it != german.cend(); ++it)
            QVERIFY2(english.contains(it.key()),
                qPrintable(QStringLiteral("only in German: %1 %2").arg(describe(it.key()), it.value())));
        QCOMPARE(german.size(), english.size());
        QCOMPARE(h.button(QWizard::BackButton)->isVisible() ? h.button(QWizard::BackButton)->text()
                                                            : QStringLiteral("< &Zurück"),
            QStringLiteral("< &Zurück"));

        h.switchLanguage(Language::English);
        const Texts again = visibleTexts(&h.wizard);
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            QCOMPARE(again.value(it.key()), it.value());
    }

    void mnemonicsAreUnique_data() { everyVisibleTextChanges_data(); }

    void mnemonicsAreUnique()
    {
        QFETCH(Step, step);
        for (const Language language : {Language::English, Language::German}) {
            WizardHarness h(language);
            QVERIFY(h.showAndActivate());
            step(h);
            const QStringList duplicates = duplicateMnemonics(&h.wizard);
            QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QStringLiteral("; "))));
        }
    }

    void wizardButtonsFollowTheLanguage()
    {
        WizardHarness h(Language::English);
        QVERIFY(h.showAndActivate());
        QCOMPARE(h.button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("germanButton")), Qt::LeftButton);
        QTRY_COMPARE(h.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        QCOMPARE(h.wizard.windowTitle(), QStringLiteral("E-Mail-Einrichtungsassistent"));
        QVERIFY(h.find<QPushButton>(QStringLiteral("germanButton"))->isChecked());
        QVERIFY(!h.find<QPushButton>(QStringLiteral("englishButton"))->isChecked());
        QCOMPARE(h.languages.language(), Language::German);
    }

    void choiceAndGeometryAreRemembered()
    {
        QFile::remove(AppSettings::filePath());
        {
            WizardHarness h(Language::English);
            QObject::connect(&h.languages, &LanguageManager::languageChanged,
                [](Language language) { AppSettings::setLanguage(language); });
            QVERIFY(h.showAndActivate());
            QTest::mouseClick(h.find<QPushButton>(QStringLiteral("germanButton")), Qt::LeftButton);
            h.wizard.resize(900, 650);
            h.wizard.reject();
        }
        QCOMPARE(AppSettings::language(), std::optional(Language::German));
        QVERIFY(!AppSettings::windowGeometry().isEmpty());
        QVERIFY(AppSettings::filePath().endsWith(QStringLiteral("/mailsetup.conf")));
        LanguageManager languages;
        SetupSession session;
        MailSetupWizard again(&session, &languages);
        QCOMPARE(again.size(), QSize(900, 650));
    }
};

QTEST_MAIN(TestWizardLanguage)
#include "tst_wizardlanguage.moc"
