// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../integration/SecretScan.h"
#include "WizardHarness.h"

#include "app/AppSettings.h"
#include "wizard/ExportPage.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>

using namespace mailsetup;
using namespace mailsetup::ui;
using mailsetup::ui::test::WizardHarness;

namespace {

QStringList s_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_messages.append(message);
}

} // namespace

/// The wizard's connection check with a marker password, in a process whose HOME, XDG folders
/// and TMPDIR all lie in one fresh folder (set before QApplication, see main()): the marker must
/// reach the (fake) mail servers and nothing else — no file anywhere in that folder after the
/// wizard saved its settings and an export, no log message, no label.
class TestWizardSecrets : public QObject
{
    Q_OBJECT

public:
    explicit TestWizardSecrets(QString home) : m_home(std::move(home)) {}

private Q_SLOTS:
    void passwordReachesOnlyTheServers()
    {
        const QString marker = QStringLiteral("Mk-Wiz-0c7e91-Secret");
        const QList<QByteArray> forms = SecretScan::forms(marker, QStringLiteral("anna@gmx.ch"));
        QVERIFY(AppSettings::filePath().startsWith(m_home)); // the program's own files go here
        s_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
        {
            WizardHarness h(Language::English, AppSettings::filePath());
            h.consentAnswer = {true, true};
            h.incomingServer = FakeTransport::mailServer(Protocol::Imap, &h.sentToIncoming, marker.toUtf8());
            h.outgoingServer = FakeTransport::mailServer(Protocol::Smtp, &h.sentToOutgoing, marker.toUtf8());
            QVERIFY(h.showAndActivate());
            h.lookUp(QStringLiteral("anna@gmx.ch"));
            QVERIFY(h.checkConnection(marker));
            QCOMPARE(h.wizard.connectionTester()->state(), ConnectionTester::State::Passed);
            const auto reached = [&forms](const QList<QByteArray> &sent) {
                return std::any_of(sent.cbegin(), sent.cend(), [&forms](const QByteArray &line) { return SecretScan::contains(line, forms); });
            };
            QVERIFY(reached(h.sentToIncoming) && reached(h.sentToOutgoing));

            // Save an export as well, into the same folder.
            h.wizard.next();
            QCOMPARE(h.wizard.currentId(), int(MailSetupWizard::ExportPageId));
            h.find<QRadioButton>(QStringLiteral("thunderbirdRadio"))->setChecked(true);
            const QString saved = QDir(m_home).filePath(QStringLiteral("Documents/anna-thunderbird.zip"));
            QDir().mkpath(QFileInfo(saved).path());
            QStringList errors;
            h.wizard.exportPage()->setDialogs({[&saved](QWidget *, const QString &, const QString &) { return saved; },
                                               [](QWidget *, const QString &) { return true; },
                                               [&errors](QWidget *, const QString &message) { errors.append(message); }});
            h.wizard.exportPage()->save();
            QVERIFY2(errors.isEmpty() && QFile::exists(saved), qPrintable(errors.join(u'\n')));

            for (const QLabel *label : h.wizard.findChildren<QLabel *>())
                QVERIFY2(!SecretScan::contains(label->text().toUtf8(), forms), qPrintable(label->objectName()));
            h.wizard.reject(); // saves the window geometry, as closing does
        }
        qInstallMessageHandler(previous);
        for (const QString &message : std::as_const(s_messages))
            QVERIFY2(!SecretScan::contains(message.toUtf8(), forms), qPrintable(message));
        QVERIFY(QFile::exists(AppSettings::filePath()));
        QCOMPARE(SecretScan::filesContaining(m_home, forms), QStringList());
    }

    void scanFindsAPlantedMarker()
    {
        // The scan above must be able to fail: the same scan finds a marker in a nested cache file.
        const QString marker = QStringLiteral("Planted-4d2a77");
        const QString folder = QDir(m_home).filePath(QStringLiteral("cache/deep/.hidden"));
        QDir().mkpath(folder);
        QFile planted(folder + QStringLiteral("/state"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(SecretScan::forms(marker, QStringLiteral("anna@gmx.ch")).at(1)); // as UTF-16
        planted.close();
        QCOMPARE(SecretScan::filesContaining(m_home, SecretScan::forms(marker, QStringLiteral("anna@gmx.ch"))),
                 QStringList{QStringLiteral("cache/deep/.hidden/state")});
        planted.remove();
    }

private:
    QString m_home;
};

int main(int argc, char *argv[])
{
    // Every place the program could write to, in one folder, before Qt reads the environment.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    const QDir root(home.path());
    const QList<QPair<const char *, const char *>> places{{"HOME", "."},           {"XDG_CONFIG_HOME", "config"},
                                                          {"XDG_CACHE_HOME", "cache"}, {"XDG_DATA_HOME", "data"},
                                                          {"XDG_STATE_HOME", "state"}, {"XDG_RUNTIME_DIR", "runtime"},
                                                          {"TMPDIR", "tmp"}};
    for (const auto &[variable, folder] : places) {
        root.mkpath(QString::fromLatin1(folder));
        qputenv(variable, root.absoluteFilePath(QString::fromLatin1(folder)).toLocal8Bit());
    }
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QApplication app(argc, argv);
    TestWizardSecrets test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizardsecrets.moc"
