// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Baseline for the wizard's first paint: a bare Qt Widgets window of the wizard's size, linked
// against the same libraries as mailsetup, reporting its first paint with the same probe.
#include "diagnostics/StartupProbe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mailsetup::installStartupProbe();
    QLabel window(QStringLiteral("Mail Setup Assistant"));
    window.resize(960, 700); // the wizard's default size: the same pixels to paint
    window.show();
    return QApplication::exec();
}
