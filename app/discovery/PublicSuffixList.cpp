// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/PublicSuffixList.h"

#include <QFile>
#include <QStringList>
#include <QUrl>

namespace mailsetup {

namespace {

/// Rules are written in Unicode; hosts from DNS and our addresses are ACE.
QString aceOf(QStringView rule)
{
    if (std::all_of(rule.begin(), rule.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return rule.toString().toLower();
    return QString::fromLatin1(QUrl::toAce(rule.toString())).toLower();
}

/// The host without a trailing root dot, lower case; empty if it has empty labels.
QStringList labelsOf(const QString &host)
{
    QString normalized = host.toLower();
    if (normalized.endsWith(u'.'))
        normalized.chop(1);
    if (normalized.isEmpty())
        return {};
    const QStringList labels = normalized.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return {};
    }
    return labels;
}

QString joinFrom(const QStringList &labels, qsizetype first)
{
    return labels.mid(first).join(u'.');
}

} // namespace

PublicSuffixList PublicSuffixList::fromData(const QByteArray &data)
{
    PublicSuffixList list;
    const QString text = QString::fromUtf8(data);
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        // The format allows text after the rule; only the first word counts.
        const qsizetype space = line.indexOf(u' ');
        if (space >= 0)
            line = line.left(space);
        if (line.isEmpty() || line.startsWith(QLatin1String("//")))
            continue;
        if (line.startsWith(u'!')) {
            const QString rule = aceOf(line.mid(1));
            if (!rule.isEmpty())
                list.m_exceptions.insert(rule);
        } else if (line.startsWith(QLatin1String("*."))) {
            const QString rule = aceOf(line.mid(2));
            if (!rule.isEmpty())
                list.m_wildcards.insert(rule);
        } else {
            const QString rule = aceOf(line);
            if (!rule.isEmpty())
                list.m_rules.insert(rule);
        }
    }
    return list;
}

QStringList PublicSuffixList::searchPaths()
{
    return {QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat"),
            QStringLiteral(":/publicsuffix/public_suffix_list.dat")};
}

const PublicSuffixList &PublicSuffixList::shared()
{
    static const PublicSuffixList list = [] {
        for (const QString &path : searchPaths()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                PublicSuffixList parsed = fromData(file.readAll());
                if (!parsed.isEmpty())
                    return parsed;
            }
        }
        return PublicSuffixList();
    }();
    return list;
}

QString PublicSuffixList::publicSuffix(const QString &host) const
{
    const QStringList labels = labelsOf(host);
    if (labels.isEmpty())
        return {};
    // An exception rule beats every other rule: its suffix is the rule minus its first label.
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (m_exceptions.contains(joinFrom(labels, i)))
            return joinFrom(labels, i + 1);
    }
    // Otherwise the longest matching rule; i = 0 is the longest candidate.
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (m_rules.contains(joinFrom(labels, i)))
            return joinFrom(labels, i);
        if (i + 1 < labels.size() && m_wildcards.contains(joinFrom(labels, i + 1)))
            return joinFrom(labels, i);
    }
    return labels.constLast(); // the implicit rule "*"
}

QString PublicSuffixList::registrableDomain(const QString &host) const
{
    const QStringList labels = labelsOf(host);
    const QString suffix = publicSuffix(host);
    if (suffix.isEmpty())
        return {};
    const qsizetype suffixLabels = suffix.count(u'.') + 1;
    if (labels.size() <= suffixLabels)
        return {};
    return joinFrom(labels, labels.size() - suffixLabels - 1);
}

} // namespace mailsetup
