// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ExportPage.h"
#include "ui_ExportPage.h"

#include "app/LanguageManager.h"
#include "export/SaveFile.h"
#include "lookup/SettingsText.h"
#include "print/SheetPdfRenderer.h"
#include "session/SetupSession.h"
#include "widgets/PageStyle.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>
#include <QWizard>

namespace mailsetup::ui {

namespace {

const auto kMimePdf = QStringLiteral("application/pdf");

} // namespace

ExportPage::Dialogs ExportPage::Dialogs::standard()
{
    Dialogs dialogs;
    dialogs.askSavePath = [](QWidget *parent, const QString &suggestedPath, const QString &filter) {
        // We ask about replacing a file ourselves, after the dialog, so that the question is
        // the same with every platform's file dialog.
        return QFileDialog::getSaveFileName(parent, ExportPage::tr("Save settings file"), suggestedPath, filter,
            nullptr, QFileDialog::DontConfirmOverwrite);
    };
    dialogs.confirmOverwrite = [](QWidget *parent, const QString &path) {
        return QMessageBox::question(parent, ExportPage::tr("Replace file?"),
                   ExportPage::tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    dialogs.showError = [](QWidget *parent, const QString &message) {
        QMessageBox::warning(parent, ExportPage::tr("Not saved"), message);
    };
    return dialogs;
}

ExportPage::ExportPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportPage>())
    , m_session(session)
    , m_dialogs(Dialogs::standard())
{
    m_ui->setupUi(this);
    m_ui->manualIncomingFields->setNamePrefix(QStringLiteral("export_incoming"));
    m_ui->manualOutgoingFields->setNamePrefix(QStringLiteral("export_outgoing"));
    m_ui->refusalLabel->setStyleSheet(PageStyle::attentionBox(m_ui->refusalLabel->objectName()));
    m_ui->instructionsLabel->setStyleSheet(PageStyle::infoBox(m_ui->instructionsLabel->objectName()));
    m_ui->manualStepsLabel->setStyleSheet(PageStyle::infoBox(m_ui->manualStepsLabel->objectName()));
    PageStyle::makeTitleBold(m_ui->clientGroup);
    PageStyle::makeProminent(m_ui->manualIncomingLabel, 1.0);
    PageStyle::makeProminent(m_ui->manualOutgoingLabel, 1.0);
    m_ui->saveButton->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_ui->copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->printButton->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    m_ui->mailButton->setIcon(QIcon(QStringLiteral(":/icons/mail.svg")));
    m_ui->openFolderButton->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    m_ui->thunderbirdRadio->setChecked(true);

    for (QRadioButton *radio : {m_ui->thunderbirdRadio, m_ui->outlookClassicRadio, m_ui->outlookNewRadio,
             m_ui->appleMailRadio, m_ui->otherRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                showClient();
        });
    }
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportPage::renderDocument);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ExportPage::save);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExportPage::copy);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ExportPage::print);
    connect(m_ui->mailButton, &QPushButton::clicked, this, &ExportPage::sendByMail);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, &ExportPage::openFolder);
    connect(m_ui->restartButton, &QPushButton::clicked, this, [this] { wizard()->restart(); });
    for (ServerFieldsWidget *fields : {m_ui->manualIncomingFields, m_ui->manualOutgoingFields}) {
        connect(fields, &ServerFieldsWidget::explainRequested, this, &ExportPage::glossaryRequested);
        connect(fields, &ServerFieldsWidget::copied, this, [this](SettingsText::Field field, const QString &value) {
            setStatus([field, value] {
                return tr("Copied to the clipboard: %1 “%2”")
                    .arg(SettingsText::fieldLabel(field, LanguageManager::current()), value);
            });
        });
    }
    connect(m_session, &SetupSession::choiceChanged, this, &ExportPage::showClient);
    m_ui->openFolderButton->setEnabled(false);
}

ExportPage::~ExportPage() = default;

void ExportPage::setDialogs(Dialogs dialogs)
{
    m_dialogs = std::move(dialogs);
}

MailClient ExportPage::client() const
{
    if (m_ui->outlookClassicRadio->isChecked())
        return MailClient::OutlookClassic;
    if (m_ui->outlookNewRadio->isChecked())
        return MailClient::OutlookNew;
    if (m_ui->appleMailRadio->isChecked())
        return MailClient::AppleMail;
    if (m_ui->otherRadio->isChecked())
        return MailClient::Other;
    return MailClient::Thunderbird;
}

void ExportPage::initializePage()
{
    setStatus({});
    showClient();
}

void ExportPage::setStatus(std::function<QString()> message)
{
    m_status = std::move(message);
    m_ui->exportStatusLabel->setText(m_status ? m_status() : QString());
}

void ExportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setStatus(m_status);
        showClient();
    }
    QWizardPage::changeEvent(event);
}

void ExportPage::showClient()
{
    const Language language = LanguageManager::current();
    const QList<ExportFormat> formats = Exporter::formatsFor(client());
    {
        const QSignalBlocker blocker(m_ui->formatCombo);
        const QVariant previous = m_ui->formatCombo->currentData();
        m_ui->formatCombo->clear();
        for (const ExportFormat format : formats)
            m_ui->formatCombo->addItem(Exporter::displayName(format, language), int(format));
        m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(previous)));
    }
    m_ui->formatRow->setVisible(!formats.isEmpty());
    m_ui->formatCombo->setEnabled(formats.size() > 1);

    const bool fieldByField = formats.isEmpty();
    m_ui->manualStepsPanel->setVisible(fieldByField);
    m_ui->saveButton->setVisible(!fieldByField);
    m_ui->copyButton->setVisible(!fieldByField);
    m_ui->openFolderButton->setVisible(!fieldByField);
    if (fieldByField) {
        m_ui->manualStepsLabel->setText(
            tr("New Outlook and Outlook for Mac cannot import a settings file. Add the account by hand:\n"
               "1. In Outlook, open Settings → Accounts and choose “Add account”.\n"
               "2. Type your e-mail address. When Outlook asks for the type of account, choose “IMAP” (or “POP”).\n"
               "3. Copy each value below into the field of the same name.\n"
               "4. Type your password only into Outlook."));
        const ServerSettings *incoming = m_session->chosenIncoming();
        const ServerSettings *outgoing = m_session->chosenOutgoing();
        m_ui->manualIncomingLabel->setText(SettingsText::directionTitle(Protocol::Imap, language));
        m_ui->manualOutgoingLabel->setText(SettingsText::directionTitle(Protocol::Smtp, language));
        m_ui->manualIncomingFields->setServer(incoming ? std::optional(*incoming) : std::nullopt);
        m_ui->manualOutgoingFields->setServer(outgoing ? std::optional(*outgoing) : std::nullopt);
    }
    renderDocument();
}

std::optional<ExportFormat> ExportPage::currentFormat() const
{
    const QVariant format = m_ui->formatCombo->currentData();
    if (!format.isValid())
        return std::nullopt;
    return static_cast<ExportFormat>(format.toInt());
}

void ExportPage::renderDocument()
{
    const Language language = LanguageManager::current();
    m_document.reset();
    QString problem;
    QString instructions;
    if (const std::optional<ExportFormat> format = currentFormat()) {
        const auto rendered = Exporter::render(*format, m_session->exportRequest(language));
        if (const auto *refusal = std::get_if<ExportRefusal>(&rendered)) {
            problem = refusal->reason.text(language);
        } else {
            m_document = std::get<ExportDocument>(rendered);
            instructions = Exporter::importInstructions(*format, language);
            if (*format == ExportFormat::SheetPdf) {
                // The core hands over the HTML sheet; PDF needs QtGui, which only this side has.
                m_document->data = renderSheetPdf(QString::fromUtf8(m_document->data));
                m_document->mimeType = kMimePdf;
                if (m_document->data.isEmpty()) {
                    m_document.reset();
                    instructions.clear();
                    problem = tr("The PDF could not be created. Use “Print settings …” and print into a PDF file instead.");
                }
            }
        }
    }
    m_ui->refusalLabel->setText(problem);
    m_ui->refusalLabel->setVisible(!problem.isEmpty());
    m_ui->instructionsLabel->setText(instructions);
    m_ui->instructionsLabel->setVisible(!instructions.isEmpty());
    m_ui->saveButton->setEnabled(m_document.has_value());
    m_ui->copyButton->setEnabled(m_document && !m_document->isBinary);
}

void ExportPage::save()
{
    if (!m_document)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(m_document->suggestedFileName);
    const QString suffix = QFileInfo(m_document->suggestedFileName).suffix();
    const QString filter = suffix.isEmpty() ? QString() : tr("%1 (*.%2)").arg(m_ui->formatCombo->currentText(), suffix);
    const QString path = m_dialogs.askSavePath(this, suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !m_dialogs.confirmOverwrite(this, path))
        return;
    const QString error = SaveFile::writeAtomically(path, m_document->data);
    if (!error.isEmpty()) {
        m_dialogs.showError(this, error + u'\n' + tr("Nothing was changed. Please choose another folder."));
        return;
    }
    m_savedPath = path;
    m_ui->openFolderButton->setEnabled(true);
    setStatus([path] { return tr("Saved: %1").arg(QDir::toNativeSeparators(path)); });
}

void ExportPage::copy()
{
    if (!m_document || m_document->isBinary)
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_document->data));
    setStatus([] { return tr("The content of the file is on the clipboard."); });
}

QString ExportPage::sheetText() const
{
    const auto rendered
        = Exporter::render(ExportFormat::SheetText, m_session->exportRequest(LanguageManager::current()));
    const auto *document = std::get_if<ExportDocument>(&rendered);
    return document ? QString::fromUtf8(document->data) : QString();
}

void ExportPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print settings"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument sheet;
    const auto html = Exporter::render(ExportFormat::SheetHtml, m_session->exportRequest(LanguageManager::current()));
    if (const auto *document = std::get_if<ExportDocument>(&html))
        sheet.setHtml(QString::fromUtf8(document->data));
    else
        sheet.setHtml(QStringLiteral("<pre>%1</pre>").arg(sheetText().toHtmlEscaped()));
    sheet.print(&printer);
}

void ExportPage::sendByMail()
{
    const QString subject = tr("E-mail settings for %1").arg(m_session->result().address.address());
    QString body = sheetText();
    body.replace(u'\n', QStringLiteral("\r\n"));
    const QByteArray url
        = "mailto:?subject=" + QUrl::toPercentEncoding(subject) + "&body=" + QUrl::toPercentEncoding(body);
    if (!QDesktopServices::openUrl(QUrl::fromEncoded(url)))
        setStatus([] { return tr("No mail program is set up to send e-mail on this computer."); });
}

void ExportPage::openFolder()
{
    if (!m_savedPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
}

} // namespace mailsetup::ui
