// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WizardOptions.h"

#include "i18n/Translation.h"

#include <QCoreApplication>

namespace mailsetup::ui {

WizardOptions WizardOptions::parse(const QStringList &arguments)
{
    WizardOptions options;
    const QString langPrefix = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString languageCode;
        if (argument == QLatin1String("--lang")) {
            if (++i >= arguments.size()) {
                options.error = QCoreApplication::translate("WizardOptions", "--lang needs a value: de or en.");
                return options;
            }
            languageCode = arguments.at(i);
        } else if (argument.startsWith(langPrefix)) {
            languageCode = argument.mid(langPrefix.size());
        } else if (argument.startsWith(QLatin1String("--"))) {
            options.error = QCoreApplication::translate("WizardOptions", "Unknown option %1.").arg(argument);
            return options;
        } else if (options.address.isEmpty()) {
            options.address = argument;
            continue;
        } else {
            options.error = QCoreApplication::translate("WizardOptions", "Only one address can be given.");
            return options;
        }
        options.language = i18n::languageFromCode(languageCode);
        if (!options.language || languageCode.size() != 2) {
            options.error
                = QCoreApplication::translate("WizardOptions", "Unknown language %1: use de or en.").arg(languageCode);
            return options;
        }
    }
    return options;
}

} // namespace mailsetup::ui
