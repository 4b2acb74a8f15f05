// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace mailsetup {

class Catalog;

/// Suggests the catalog domain a user probably meant ("gmx.dee" → "gmx.de"), never silently
/// correcting and never for a domain the catalog knows (rule in product.md, "Typo suggestion").
class TypoSuggester
{
public:
    explicit TypoSuggester(const Catalog &catalog);

    /// The suggested ACE domain, or empty.
    [[nodiscard]] QString suggest(const QString &aceDomain) const;

    /// Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`; any value
    /// above `limit` is reported as limit + 1, which lets the search stop early.
    [[nodiscard]] static int distance(QStringView a, QStringView b, int limit);

private:
    struct Candidate {
        QString domain;
        int rank = 0; ///< 0 curated or user catalog, 1 imported
    };

    QList<Candidate> m_candidates; ///< sorted by rank, then alphabetically
    QSet<QString> m_known;
    QHash<QString, QStringList> m_domainsByName; ///< "bluewin" -> {"bluewin.ch"}
};

} // namespace mailsetup
