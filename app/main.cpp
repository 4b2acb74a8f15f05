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

int runCommandLine(int &argc, char *argv[], const QStringList &arguments)
{
    // The command line needs no GUI: a QCoreApplication starts faster and needs no display. Only
    // PDF rendering needs QtGui, and then without a display (offscreen) unless the user chose one.
    std::unique_ptr<QCoreApplication> app;
    if (mailsetup::cli::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
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

    QApplication app(argc, argv);
    mailsetup::setApplicationIdentity();
    // Lets desktops (Wayland above all) match the window to its .desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mailsetup.MailSetup"));
    mailsetup::installStartupProbe();
    return mailsetup::ui::runWizard(QApplication::arguments());
}
