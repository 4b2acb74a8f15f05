// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/Glossary.h"

#include "yaml/YamlSchemaReader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace mailsetup {

namespace {

const QString kResourcePath = QStringLiteral(":/glossary/glossary.cbor");

QCborMap toCbor(const LocalizedText &text)
{
    QCborMap map;
    map.insert(QStringLiteral("de"), text.de);
    map.insert(QStringLiteral("en"), text.en);
    return map;
}

LocalizedText localizedFromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    return {map.value(QStringLiteral("de")).toString(), map.value(QStringLiteral("en")).toString()};
}

bool containsQuery(const LocalizedText &text, const QString &query)
{
    return text.de.contains(query, Qt::CaseInsensitive) || text.en.contains(query, Qt::CaseInsensitive);
}

} // namespace

std::optional<Glossary> Glossary::fromYaml(const QByteArray &yaml, const QString &fileName, CatalogDiagnostics &errors)
{
    const auto root = YamlSchemaReader::parse(yaml, fileName, errors);
    if (!root)
        return std::nullopt;
    YamlSchemaReader reader(fileName, errors);
    Glossary glossary;
    const auto top = reader.map(*root, {1, 1}, QStringLiteral("the glossary"), {"schema", "terms"}, {"schema", "terms"});
    if (!top)
        return std::nullopt;
    if (top->has(QStringLiteral("schema"))) {
        const auto version = reader.integer(top->value(QStringLiteral("schema")), top->position, QStringLiteral("schema"));
        if (version && *version != 1)
            reader.error(top->position, QStringLiteral("schema version %1 is not supported; this program reads version 1").arg(*version));
    }
    QList<QPair<QString, YamlPosition>> references;
    if (top->has(QStringLiteral("terms"))) {
        reader.sequence(top->value(QStringLiteral("terms")), top->position, QStringLiteral("terms"),
                        [&](const YAML::Node &node, YamlPosition at) {
                            const auto fields = reader.map(node, at, QStringLiteral("a term"),
                                                           {"id", "term", "short", "text", "related"},
                                                           {"id", "term", "short", "text"});
                            if (!fields)
                                return;
                            GlossaryTerm term;
                            static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
                            if (fields->has(QStringLiteral("id"))) {
                                term.id = reader.string(fields->value(QStringLiteral("id")), fields->position, QStringLiteral("id")).value_or(QString());
                                if (!term.id.isEmpty() && !idPattern.match(term.id).hasMatch())
                                    reader.error(fields->keyPositions.value(QStringLiteral("id")), QStringLiteral("term id '%1' may only contain a-z, 0-9 and '-'").arg(term.id));
                                else if (glossary.find(term.id))
                                    reader.error(fields->keyPositions.value(QStringLiteral("id")), QStringLiteral("term id '%1' is used twice").arg(term.id));
                            }
                            auto localized = [&](const char *key, LocalizedText &target) {
                                const QString name = QString::fromLatin1(key);
                                if (fields->has(name))
                                    target = reader.localized(fields->value(name), fields->position, name).value_or(LocalizedText());
                            };
                            localized("term", term.term);
                            localized("short", term.shortText);
                            localized("text", term.text);
                            if (fields->has(QStringLiteral("related"))) {
                                reader.sequence(fields->value(QStringLiteral("related")), fields->position, QStringLiteral("related"),
                                                [&](const YAML::Node &element, YamlPosition elementAt) {
                                                    if (const auto id = reader.string(element, elementAt, QStringLiteral("a related term"))) {
                                                        term.related.append(*id);
                                                        references.append({*id, elementAt});
                                                    }
                                                });
                            }
                            glossary.m_terms.append(term);
                        });
    }
    for (const auto &reference : std::as_const(references)) {
        if (!glossary.find(reference.first))
            reader.error(reference.second, QStringLiteral("related term '%1' does not exist").arg(reference.first));
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return glossary;
}

QByteArray Glossary::toCbor() const
{
    QCborArray terms;
    for (const GlossaryTerm &term : m_terms) {
        QCborMap map;
        map.insert(QStringLiteral("id"), term.id);
        map.insert(QStringLiteral("term"), mailsetup::toCbor(term.term));
        map.insert(QStringLiteral("short"), mailsetup::toCbor(term.shortText));
        map.insert(QStringLiteral("text"), mailsetup::toCbor(term.text));
        map.insert(QStringLiteral("related"), QCborArray::fromStringList(term.related));
        terms.append(map);
    }
    return QCborValue(terms).toCbor();
}

std::optional<Glossary> Glossary::fromCbor(const QByteArray &data)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(data, &error);
    if (error.error != QCborError::NoError || !root.isArray())
        return std::nullopt;
    Glossary glossary;
    const QCborArray terms = root.toArray();
    for (const QCborValue &value : terms) {
        const QCborMap map = value.toMap();
        GlossaryTerm term;
        term.id = map.value(QStringLiteral("id")).toString();
        term.term = localizedFromCbor(map.value(QStringLiteral("term")));
        term.shortText = localizedFromCbor(map.value(QStringLiteral("short")));
        term.text = localizedFromCbor(map.value(QStringLiteral("text")));
        for (const QCborValue &related : map.value(QStringLiteral("related")).toArray())
            term.related.append(related.toString());
        glossary.m_terms.append(term);
    }
    return glossary;
}

const Glossary &Glossary::bundled()
{
    static const Glossary glossary = [] {
        QFile file(kResourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Glossary();
        return fromCbor(file.readAll()).value_or(Glossary());
    }();
    return glossary;
}

const GlossaryTerm *Glossary::find(const QString &id) const
{
    for (const GlossaryTerm &term : m_terms) {
        if (term.id == id)
            return &term;
    }
    return nullptr;
}

QList<const GlossaryTerm *> Glossary::search(const QString &query) const
{
    const QString needle = query.trimmed();
    QList<const GlossaryTerm *> byName;
    QList<const GlossaryTerm *> byText;
    for (const GlossaryTerm &term : m_terms) {
        if (needle.isEmpty() || containsQuery(term.term, needle))
            byName.append(&term);
        else if (containsQuery(term.shortText, needle) || containsQuery(term.text, needle))
            byText.append(&term);
    }
    return byName + byText;
}

} // namespace mailsetup
