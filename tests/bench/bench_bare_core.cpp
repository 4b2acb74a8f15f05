// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Baseline for `mailsetup lookup`: a QCoreApplication that exits at once, linked against the same
// libraries as mailsetup (see CMakeLists.txt), so both pay the same library loading.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
