// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WizardOptions.h"

#include "i18n/Translation.h"

#include <QtGlobal>

namespace mailsetup::ui {

namespace {

constexpr char kContext[] = "WizardOptions";

/// QGuiApplication's and QApplication's own options that take a value, and those that do not.
const QStringList kQtValueOptions {
    QStringLiteral("platform"),
    QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),
    QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"),
    QStringLiteral("qwindowicon"),
    QStringLiteral("qwindowtitle"),
    QStringLiteral("session"),
    QStringLiteral("style"),
    QStringLiteral("stylesheet"),
    QStringLiteral("display"),
    QStringLiteral("geometry"),
};
const QStringList kQtFlags {QStringLiteral("reverse"), QStringLiteral("widgetcount")};

/// `-name` or `--name` without the dashes (Qt accepts both for its options).
QString qtOptionName(const QString &argument)
{
    return argument.startsWith(QLatin1String("--")) ? argument.mid(2) : argument.mid(1);
}

} // namespace

WizardOptions WizardOptions::parse(const QStringList &arguments)
{
    WizardOptions options;
    // The first problem is kept; reading goes on so that a later --lang still chooses its language.
    const char *problem = nullptr;
    QString problemArgument;
    const auto report = [&problem, &problemArgument](const char *text, const QString &argument) {
        if (!problem) {
            problem = text;
            problemArgument = argument;
        }
    };
    const QString langPrefix = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString languageCode;
        if (argument == QLatin1String("--lang")) {
            if (++i >= arguments.size()) {
                report(QT_TRANSLATE_NOOP("WizardOptions", "--lang needs a value: de or en."), {});
                break;
            }
            languageCode = arguments.at(i);
        } else if (argument.startsWith(langPrefix)) {
            languageCode = argument.mid(langPrefix.size());
        } else if (kQtValueOptions.contains(qtOptionName(argument)) && argument.startsWith(u'-')) {
            ++i;
            continue;
        } else if (kQtFlags.contains(qtOptionName(argument)) && argument.startsWith(u'-')) {
            continue;
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            report(QT_TRANSLATE_NOOP("WizardOptions", "Unknown option %1."), argument);
            continue;
        } else if (options.address.isEmpty()) {
            options.address = argument;
            continue;
        } else {
            report(QT_TRANSLATE_NOOP("WizardOptions", "Only one address can be given."), {});
            continue;
        }
        const auto language = i18n::languageFromCode(languageCode);
        if (language && languageCode.size() == 2)
            options.language = language;
        else
            report(QT_TRANSLATE_NOOP("WizardOptions", "Unknown language %1: use de or en."), languageCode);
    }
    if (problem) {
        options.error = i18n::translate(options.language.value_or(i18n::systemLanguage()), kContext, problem);
        if (options.error.contains(QLatin1String("%1")))
            options.error = options.error.arg(problemArgument);
    }
    return options;
}

QString WizardOptions::usage(Language language)
{
    return i18n::translate(language, kContext,
        QT_TRANSLATE_NOOP("WizardOptions",
            "Usage: mailsetup [--lang de|en] [ADDRESS]; "
            "mailsetup --help shows all commands."));
}

} // namespace mailsetup::ui
