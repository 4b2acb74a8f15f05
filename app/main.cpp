// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"
#include "cli/CommandLine.h"
#include "diagnostics/StartupProbe.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (mailsetup::cli::isCommandLineInvocation(arguments)) {
        // The command line needs no GUI: a QCoreApplication starts faster and needs no display.
        QCoreApplication app(argc, argv);
        mailsetup::setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        mailsetup::cli::CliContext context{out, err, {}};
        return mailsetup::cli::run(QCoreApplication::arguments(), context);
    }

    QApplication app(argc, argv);
    mailsetup::setApplicationIdentity();
    // Lets desktops (Wayland above all) match the window to its .desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mailsetup.MailSetup"));
    mailsetup::installStartupProbe();
    return mailsetup::ui::runWizard(QApplication::arguments());
}
