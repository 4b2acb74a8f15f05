// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardHarness.h"

#include "wizard/ExportPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

/// While it lives, files of this process cannot grow beyond `bytes` (RLIMIT_FSIZE); writes past
/// it fail with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_old.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

/// The export page offers only what works for the chosen mail program and saves files safely.
class TestExportPage : public QObject
{
    Q_OBJECT

private:
    /// Answers the page's dialogs: a fixed path, a fixed overwrite answer, errors collected.
    struct FakeDialogs {
        QString path;
        bool replace = false;
        int askedToReplace = 0;
        QStringList errors;

        ExportPage::Dialogs dialogs()
        {
            return {[this](QWidget *, const QString &, const QString &) { return path; },
                [this](QWidget *, const QString &) {
                    ++askedToReplace;
                    return replace;
                },
                [this](QWidget *, const QString &message) { errors.append(message); }};
        }
    };

    static void openExportPage(WizardHarness &h)
    {
        h.lookUp(QStringLiteral("anna@gmx.ch"));
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ExportPageId));
    }

    static void chooseSheet(WizardHarness &h)
    {
        h.find<QRadioButton>(QStringLiteral("otherRadio"))->setChecked(true);
        auto *formats = h.find<QComboBox>(QStringLiteral("formatCombo"));
        formats->setCurrentIndex(formats->findData(int(ExportFormat::SheetText)));
    }

    /// The export page with the text sheet chosen and its dialogs answered by `fake`.
    static ExportPage *sheetPage(WizardHarness &h, FakeDialogs &fake, const QString &path)
    {
        openExportPage(h);
        chooseSheet(h);
        fake.path = path;
        h.wizard.exportPage()->setDialogs(fake.dialogs());
        return h.wizard.exportPage();
    }

    static QByteArray sheet(const WizardHarness &h)
    {
        const auto rendered = Exporter::render(ExportFormat::SheetText, h.session.exportRequest(Language::English));
        return std::get<ExportDocument>(rendered).data;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersOnlyTheFormatsOfTheClient_data()
    {
        QTest::addColumn<QString>("radio");
        QTest::addColumn<MailClient>("client");
        QTest::newRow("thunderbird") << "thunderbirdRadio" << MailClient::Thunderbird;
        QTest::newRow("outlook classic") << "outlookClassicRadio" << MailClient::OutlookClassic;
        QTest::newRow("new outlook") << "outlookNewRadio" << MailClient::OutlookNew;
        QTest::newRow("apple mail") << "appleMailRadio" << MailClient::AppleMail;
        QTest::newRow("other") << "otherRadio" << MailClient::Other;
    }

    void offersOnlyTheFormatsOfTheClient()
    {
        QFETCH(QString, radio);
        QFETCH(MailClient, client);
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        openExportPage(h);
        h.find<QRadioButton>(radio)->setChecked(true);
        QCOMPARE(h.wizard.exportPage()->client(), client);
        auto *formats = h.find<QComboBox>(QStringLiteral("formatCombo"));
        QList<ExportFormat> offered;
        for (int i = 0; i < formats->count(); ++i)
            offered.append(static_cast<ExportFormat>(formats->itemData(i).toInt()));
        QCOMPARE(offered, Exporter::formatsFor(client));
        for (int i = 0; i < formats->count(); ++i)
            QCOMPARE(formats->itemText(i), Exporter::displayName(offered.at(i), Language::English));
        // Without any file format, the fields are shown to copy by hand.
        QCOMPARE(h.find(QStringLiteral("manualStepsPanel"))->isVisible(), offered.isEmpty());
        QCOMPARE(h.find(QStringLiteral("formatRow"))->isVisible(), !offered.isEmpty());
        QCOMPARE(h.find(QStringLiteral("saveButton"))->isVisible(), !offered.isEmpty());
    }

    void refusalIsShownAndNothingCanBeSaved()
    {
        // An Outlook profile cannot carry OAuth2, and Microsoft's consumer domains need it.
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        h.lookUp(QStringLiteral("anna@outlook.com"));
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ExportPageId));
        h.find<QRadioButton>(QStringLiteral("outlookClassicRadio"))->setChecked(true);
        const auto rendered = Exporter::render(ExportFormat::OutlookPrf, h.session.exportRequest(Language::English));
        QVERIFY(std::holds_alternative<ExportRefusal>(rendered));
        auto *refusal = h.find<QLabel>(QStringLiteral("refusalLabel"));
        QVERIFY(refusal->isVisible());
        QCOMPARE(refusal->text(), std::get<ExportRefusal>(rendered).reason.en);
        QVERIFY(!h.find(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!h.find(QStringLiteral("copyButton"))->isEnabled());
    }

    void savesThePdfSheet()
    {
        QTemporaryDir dir;
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        openExportPage(h);
        h.find<QRadioButton>(QStringLiteral("otherRadio"))->setChecked(true);
        auto *formats = h.find<QComboBox>(QStringLiteral("formatCombo"));
        formats->setCurrentIndex(formats->findData(int(ExportFormat::SheetPdf)));
        QVERIFY(!h.find(QStringLiteral("refusalLabel"))->isVisible());
        QVERIFY(!h.find(QStringLiteral("copyButton"))->isEnabled()); // binary
        FakeDialogs fake;
        fake.path = dir.filePath(QStringLiteral("settings.pdf"));
        h.wizard.exportPage()->setDialogs(fake.dialogs());
        h.wizard.exportPage()->save();
        QVERIFY(fake.errors.isEmpty());
        QVERIFY(contents(fake.path).startsWith("%PDF-"));
    }

    void savesAtomicallyAndAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        FakeDialogs fake;
        ExportPage *page = sheetPage(h, fake, dir.filePath(QStringLiteral("settings.txt")));
        QVERIFY(!h.find(QStringLiteral("openFolderButton"))->isEnabled());

        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(contents(fake.path), sheet(h));
        QCOMPARE(fake.askedToReplace, 0);
        QCOMPARE(page->savedPath(), fake.path);
        QVERIFY(h.find(QStringLiteral("openFolderButton"))->isEnabled());
        QVERIFY(h.find<QLabel>(QStringLiteral("exportStatusLabel"))->text().contains(QStringLiteral("settings.txt")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("settings.txt")});

        // An existing file is never replaced without asking; "No" leaves it as it was.
        QFile existing(fake.path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        page->save();
        QCOMPARE(fake.askedToReplace, 1);
        QCOMPARE(contents(fake.path), QByteArray("keep me"));

        fake.replace = true;
        page->save();
        QCOMPARE(fake.askedToReplace, 2);
        QCOMPARE(contents(fake.path), sheet(h));
        QVERIFY(fake.errors.isEmpty());
    }

    void failedSaveLosesNothing()
    {
        QTemporaryDir dir;
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        FakeDialogs fake;
        ExportPage *page = sheetPage(h, fake, dir.filePath(QStringLiteral("no-such-folder/settings.txt")));
        page->save();
        QCOMPARE(fake.errors.size(), 1);
        QVERIFY(fake.errors.constFirst().contains(QStringLiteral("no-such-folder")));
        QVERIFY(!QFile::exists(fake.path));
        QVERIFY(page->savedPath().isEmpty());
        QVERIFY(h.find(QStringLiteral("saveButton"))->isEnabled()); // the user can try again

        fake.path.clear(); // the user cancels the file dialog
        page->save();
        QCOMPARE(fake.errors.size(), 1);
    }

    void unwritableTargetSaysWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        // Neither can be written by root either: permission bits would prove nothing.
        QTest::newRow("below a regular file") << QStringLiteral("plain-file/settings.txt") << QStringLiteral("Not a directory");
        QTest::newRow("a file of the kernel") << QStringLiteral("/proc/version") << QString();
    }

    void unwritableTargetSaysWhy()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString target = QDir::isAbsolutePath(path) ? path : dir.filePath(path);
        const QByteArray before = contents(target);
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        FakeDialogs fake;
        fake.replace = true;
        ExportPage *page = sheetPage(h, fake, target);
        page->save();
        QCOMPARE(fake.errors.size(), 1);
        QVERIFY2(fake.errors.constFirst().contains(target) && fake.errors.constFirst().contains(reason),
                 qPrintable(fake.errors.constFirst()));
        QCOMPARE(contents(target), before);
        QVERIFY(page->savedPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plain-file")});
    }

    void fullDiskKeepsTheOldFile()
    {
        // A file size limit of 0 (RLIMIT_FSIZE, what `ulimit -f 0` sets) makes every write fail
        // with EFBIG, as a full disk would; root is bound by it too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.txt"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the old file");
        existing.close();
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        FakeDialogs fake;
        fake.replace = true;
        ExportPage *page = sheetPage(h, fake, path);
        {
            const FileSizeLimit limit(0);
            page->save();
        }
        QCOMPARE(contents(path), QByteArray("the old file"));
        QCOMPARE(fake.errors.size(), 1);
        QVERIFY2(fake.errors.constFirst().contains(QStringLiteral("File too large")), qPrintable(fake.errors.constFirst()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("settings.txt")});
    }

    void startsOverForAnotherAddress()
    {
        WizardHarness h;
        QVERIFY(h.showAndActivate());
        openExportPage(h);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("restartButton")), Qt::LeftButton);
        QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::AddressPageId));
        auto *edit = h.find<QLineEdit>(QStringLiteral("addressEdit"));
        QCOMPARE(edit->selectedText(), QStringLiteral("anna@gmx.ch"));
    }
};

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
