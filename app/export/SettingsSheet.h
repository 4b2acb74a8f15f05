// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportAccount.h"
#include "glossary/Glossary.h"

namespace mailsetup {

/// The settings sheet for support staff, as plain text (also the body of a "send by e-mail")
/// and as HTML (printing, PDF): provider and status, the sender's name, every field of the
/// chosen servers, the alternatives, the provider's notes and a glossary of the terms used —
/// once per language, German and English in the order asked for.
///
/// The HTML is well-formed XML (XHTML syntax), so it can be checked with a strict parser and
/// rendered by QTextDocument.
class SettingsSheet
{
public:
    [[nodiscard]] static QString text(const ExportRequest &request, const ExportAccount &account);
    [[nodiscard]] static QString html(const ExportRequest &request, const ExportAccount &account);

    /// The glossary terms the sheet uses, in the order they first appear.
    [[nodiscard]] static QList<const GlossaryTerm *> termsUsed(const ExportAccount &account);
};

} // namespace mailsetup
