// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"
#include "cli/CommandLine.h"
#include "diagnostics/StartupProbe.h"
#include "discovery/QtDnsResolver.h"
#include "print/SheetPdfRenderer.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

QtMessageHandler g_previousMessageHandler = nullptr;

/// The offscreen platform looks for files in the runtime directory and warns when
/// XDG_RUNTIME_DIR is unset (cron, ssh without a session, containers). Rendering a PDF does not
/// need that directory, so the warning would only be noise on stderr; everything else passes.
void dropRuntimeDirectoryWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousMessageHandler)
        g_previousMessageHandler(type, context, message);
}

int runCommandLine(int &argc, char *argv[], const QStringList &arguments)
{
    // The command line needs no GUI: a QCoreApplication starts faster and needs no display. Only
    // PDF rendering needs QtGui, and then without a display (offscreen) unless the user chose one.
    std::unique_ptr<QCoreApplication> app;
    if (mailsetup::cli::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousMessageHandler = qInstallMessageHandler(&dropRuntimeDirectoryWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    mailsetup::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    mailsetup::cli::CliContext context{out, err, &mailsetup::ui::renderSheetPdf};
    return mailsetup::cli::run(QCoreApplication::arguments(), context);
}

} // namespace

int main(int argc, char *argv[])
{
    mailsetup::QtDnsResolver::limitResolverWaiting();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (mailsetup::cli::isCommandLineInvocation(arguments))
        return runCommandLine(argc, argv, arguments);

    // The window's options are read before QApplication exists: a mistake is reported without a
    // display, and no GUI starts for it.
    const auto options = mailsetup::ui::readWizardOptions(arguments);
    if (!options)
        return mailsetup::cli::InvalidInput;
    QApplication app(argc, argv);
    mailsetup::setApplicationIdentity();
    // Lets desktops (Wayland above all) match the window to its .desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mailsetup.MailSetup"));
    mailsetup::installStartupProbe();
    return mailsetup::ui::runWizard(*options);
}
