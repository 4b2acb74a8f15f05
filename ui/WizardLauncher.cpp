// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "address/EmailAddress.h"
#include "catalog/CatalogLoader.h"
#include "i18n/Translation.h"
#include "lookup/SettingsResolver.h"
#include "lookup/SettingsText.h"
#include "lookup/TypoSuggester.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace mailsetup::ui {

int runWizard(const QStringList &arguments)
{
    // Placeholder until the real wizard lands: one page, address in, settings out.
    const CatalogLoader::Loaded loaded = CatalogLoader::load({});
    const TypoSuggester suggester(loaded.catalog);

    QWizard wizard;
    wizard.setWindowTitle(QObject::tr("Mail Setup Assistant"));
    auto *page = new QWizardPage;
    auto *layout = new QVBoxLayout(page);
    auto *address = new QLineEdit(page);
    address->setObjectName(QStringLiteral("addressEdit"));
    address->setPlaceholderText(QStringLiteral("anna@example.com"));
    auto *result = new QPlainTextEdit(page);
    result->setReadOnly(true);
    result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(address);
    layout->addWidget(result);
    QObject::connect(address, &QLineEdit::textChanged, result, [&](const QString &text) {
        const LookupResult answer = SettingsResolver::lookup(loaded.catalog, EmailAddress::parse(text), &suggester);
        result->setPlainText(SettingsText::formatResult(answer, i18n::systemLanguage()));
    });
    wizard.addPage(page);
    address->setText(arguments.value(1));
    wizard.resize(800, 600);
    wizard.show();
    return QApplication::exec();
}

} // namespace mailsetup::ui
