// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogDiagnostic.h"
#include "model/Language.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailsetup {

/// One explained term (IMAP, STARTTLS, app password …) in German and English.
struct GlossaryTerm {
    QString id;
    LocalizedText term;
    LocalizedText shortText; ///< one sentence, for tooltips
    LocalizedText text;      ///< the full explanation; paragraphs separated by blank lines
    QStringList related;     ///< ids of other terms

    friend bool operator==(const GlossaryTerm &, const GlossaryTerm &) = default;
};

/// The glossary (resources/glossary.yaml): written by us, compiled into the program at build time.
class Glossary
{
public:
    [[nodiscard]] static std::optional<Glossary> fromYaml(const QByteArray &yaml, const QString &fileName,
                                                          CatalogDiagnostics &errors);
    [[nodiscard]] QByteArray toCbor() const;
    [[nodiscard]] static std::optional<Glossary> fromCbor(const QByteArray &data);

    /// The glossary embedded in the program (empty if this build has none).
    [[nodiscard]] static const Glossary &bundled();

    [[nodiscard]] const QList<GlossaryTerm> &terms() const { return m_terms; }
    [[nodiscard]] const GlossaryTerm *find(const QString &id) const;
    /// Terms whose name or text contains `query` (case-insensitive, either language); terms whose
    /// name matches come first. An empty query returns every term.
    [[nodiscard]] QList<const GlossaryTerm *> search(const QString &query) const;

private:
    QList<GlossaryTerm> m_terms;
};

} // namespace mailsetup
