// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QWidget>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// At 1024×768, in German and English, every page shows its texts whole: no label or button is
/// narrower or lower than its text needs, and nothing needs sideways scrolling.
class TestWizardLayout : public QObject
{
    Q_OBJECT

private:
    static QString clipped(QWidget *window)
    {
        QStringList problems;
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            const QString name = QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->text().isEmpty() || !label->pixmap().isNull())
                    continue;
                if (label->wordWrap()) {
                    const int needed = label->heightForWidth(label->width());
                    if (label->height() < needed)
                        problems.append(QStringLiteral("%1 is %2 px high, needs %3: %4")
                                            .arg(name)
                                            .arg(label->height())
                                            .arg(needed)
                                            .arg(label->text().left(60)));
                } else if (label->width() < label->minimumSizeHint().width()) {
                    problems.append(QStringLiteral("%1 is %2 px wide, needs %3: %4")
                                        .arg(name)
                                        .arg(label->width())
                                        .arg(label->minimumSizeHint().width())
                                        .arg(label->text()));
                }
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
                if (button->width() < button->sizeHint().width() - 1)
                    problems.append(QStringLiteral("%1 is %2 px wide, needs %3: %4")
                                        .arg(name)
                                        .arg(button->width())
                                        .arg(button->sizeHint().width())
                                        .arg(button->text()));
            } else if (auto *area = qobject_cast<QScrollArea *>(widget); area && area->widget()) {
                if (area->widget()->width() > area->viewport()->width())
                    problems.append(QStringLiteral("%1 needs sideways scrolling").arg(name));
            }
        }
        return problems.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detectsClippedText()
    {
        QWidget window;
        window.resize(80, 40);
        auto *label = new QLabel(QStringLiteral("A sentence far too long for this tiny window"), &window);
        label->setGeometry(0, 0, 80, 20);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!clipped(&window).isEmpty());
        label->setWordWrap(true);
        QVERIFY(!clipped(&window).isEmpty());
        label->setText(QStringLiteral("OK"));
        QVERIFY(clipped(&window).isEmpty());
    }

    void textsFitAt1024x768_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<test::PageState>("state");
        for (const Language language : {Language::English, Language::German}) {
            for (const auto &[name, state] : test::pageStates())
                QTest::addRow("%s %s", language == Language::German ? "de" : "en", name) << language << state;
        }
    }

    void textsFitAt1024x768()
    {
        QFETCH(Language, language);
        QFETCH(test::PageState, state);
        WizardHarness h(language);
        QVERIFY(h.showAndActivate());
        state(h);
        QCoreApplication::processEvents();
        QCOMPARE(h.wizard.size(), QSize(1024, 768));
        const QString problems = clipped(&h.wizard);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void windowFitsSmallScreens()
    {
        for (const Language language : {Language::English, Language::German}) {
            WizardHarness h(language);
            for (const auto &[name, state] : test::pageStates()) {
                state(h);
                const QSize minimum = h.wizard.minimumSizeHint();
                QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 740,
                    qPrintable(QStringLiteral("%1: needs %2x%3")
                                   .arg(QLatin1String(name))
                                   .arg(minimum.width())
                                   .arg(minimum.height())));
            }
        }
    }
};

QTEST_MAIN(TestWizardLayout)
#include "tst_wizardlayout.moc"
