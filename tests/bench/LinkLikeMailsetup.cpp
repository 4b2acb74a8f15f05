// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Makes a baseline program depend on every shared library mailsetup depends on (the linker drops
// libraries nothing uses), so start-up comparisons include the same library loading.
#include <QApplication>
#include <QNetworkProxy>
#include <QPrinter>
#include <QtConcurrentRun>

#include <yaml-cpp/yaml.h>

namespace {

[[maybe_unused]] const bool kLinked = [] {
    // Never true at run time; the references alone keep the libraries.
    if (qEnvironmentVariableIsSet("MAILSETUP_BENCH_NEVER_SET_7d1f")) {
        (void)YAML::Load("a: 1");
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        (void)QApplication::activeWindow();
        QPrinter printer;
        (void)printer.isValid();
        (void)QtConcurrent::run([] {});
    }
    return true;
}();

} // namespace
