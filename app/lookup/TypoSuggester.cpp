// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup/TypoSuggester.h"

#include "catalog/Catalog.h"

#include <algorithm>
#include <vector>

namespace mailsetup {

namespace {

/// The domain without its last label: "bluewin.ch" → "bluewin".
QStringView nameWithoutTopLevel(QStringView domain)
{
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 ? domain.left(dot) : QStringView();
}

} // namespace

TypoSuggester::TypoSuggester(const Catalog &catalog)
{
    const auto &index = catalog.domainIndex();
    m_candidates.reserve(index.size());
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        const int rank = it.value().source == SettingsSource::Ispdb ? 1 : 0;
        m_candidates.append({it.key(), rank});
        m_known.insert(it.key());
        const QStringView name = nameWithoutTopLevel(it.key());
        if (!name.isEmpty())
            m_domainsByName[name.toString()].append(it.key());
    }
    std::sort(m_candidates.begin(), m_candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.domain < b.domain;
    });
}

QString TypoSuggester::suggest(const QString &aceDomain) const
{
    if (aceDomain.isEmpty() || m_known.contains(aceDomain))
        return {};
    const int limit = aceDomain.size() <= 8 ? 1 : 2;
    int bestDistance = limit + 1;
    const Candidate *best = nullptr;
    for (const Candidate &candidate : m_candidates) {
        if (std::abs(candidate.domain.size() - aceDomain.size()) > limit)
            continue;
        const int d = distance(aceDomain, candidate.domain, limit);
        // Candidates are in tie-break order, so only a strictly closer one replaces the best.
        if (d < bestDistance) {
            bestDistance = d;
            best = &candidate;
        }
    }
    if (best)
        return best->domain;

    // A known name under the wrong top-level domain: "bluewin.com" → "bluewin.ch".
    const QStringList sameName = m_domainsByName.value(nameWithoutTopLevel(aceDomain).toString());
    return sameName.size() == 1 ? sameName.constFirst() : QString();
}

int TypoSuggester::distance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rolling rows: two back for transpositions, one back, and the current one.
    std::vector<int> twoBack(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

} // namespace mailsetup
