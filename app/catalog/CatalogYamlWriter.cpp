// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogYamlWriter.h"

#include <QRegularExpression>

namespace mailsetup {

namespace {

/// Collects the lines of the document; every line ends with '\n'.
class Lines
{
public:
    void add(int indent, const QString &text) { m_text += QString(indent, u' ') + text + u'\n'; }
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    QString m_text;
};

/// Each item rendered to text, in order.
template<typename List, typename Render> QStringList rendered(const List &items, Render render)
{
    QStringList result;
    for (const auto &item : items)
        result.append(render(item));
    return result;
}

QString authList(const QList<AuthMethod> &methods)
{
    // The spellings are plain words; a flow list needs no quoting for them.
    return u'[' + rendered(methods, [](AuthMethod method) { return spelling(method); }).join(QLatin1String(", "))
        + u']';
}

QString localizedMapping(const QString &key, const LocalizedText &text)
{
    return QStringLiteral("%1: {de: %2, en: %3}")
        .arg(key, CatalogYamlWriter::scalar(text.de, true), CatalogYamlWriter::scalar(text.en, true));
}

QString serverLine(const ServerTemplate &server)
{
    QStringList fields {
        QStringLiteral("protocol: ") + spelling(server.protocol),
        QStringLiteral("host: ") + CatalogYamlWriter::scalar(server.host, true),
    };
    if (!server.hostHint.isEmpty())
        fields.append(localizedMapping(QStringLiteral("hostHint"), server.hostHint));
    fields += {
        QStringLiteral("port: ") + QString::number(server.port),
        QStringLiteral("security: ") + spelling(server.security),
        QStringLiteral("auth: ") + authList(server.auth),
    };
    if (!server.username.isEmpty() || server.usernameHint.isEmpty())
        fields.append(QStringLiteral("username: ") + CatalogYamlWriter::scalar(server.username, true));
    else
        fields.append(localizedMapping(QStringLiteral("usernameHint"), server.usernameHint));
    return u'{' + fields.join(QLatin1String(", ")) + u'}';
}

/// `key: []`, or `key:` followed by one "- item" line per item (each already written as YAML).
void writeList(Lines &lines, int indent, const QString &key, const QStringList &items)
{
    if (items.isEmpty()) {
        lines.add(indent, key + QStringLiteral(": []"));
        return;
    }
    lines.add(indent, key + u':');
    for (const QString &item : items)
        lines.add(indent + 2, QStringLiteral("- ") + item);
}

QStringList scalars(const QStringList &texts)
{
    return rendered(texts, [](const QString &text) { return CatalogYamlWriter::scalar(text, false); });
}

void writeProvider(Lines &lines, const Provider &provider)
{
    auto field = [&lines](const char *key, const QString &value) {
        lines.add(4, QString::fromLatin1(key) + QStringLiteral(": ") + CatalogYamlWriter::scalar(value, false));
    };
    lines.add(2, QStringLiteral("- id: ") + CatalogYamlWriter::scalar(provider.id, false));
    field("name", provider.name);
    field("status", spelling(provider.status));
    if (!provider.mergedInto.isEmpty())
        field("mergedInto", provider.mergedInto);
    if (provider.hoster)
        lines.add(4, QStringLiteral("hoster: true"));
    if (!provider.domains.isEmpty() || !provider.hoster)
        writeList(lines, 4, QStringLiteral("domains"), scalars(provider.domains));
    if (!provider.mxSuffixes.isEmpty())
        writeList(lines, 4, QStringLiteral("mx"), scalars(provider.mxSuffixes));
    if (!provider.helpUrl.isEmpty())
        field("helpUrl", provider.helpUrl);
    lines.add(4, QStringLiteral("verified:"));
    lines.add(
        6, QStringLiteral("date: ") + CatalogYamlWriter::scalar(provider.verifiedDate.toString(Qt::ISODate), false));
    lines.add(6, QStringLiteral("source: ") + CatalogYamlWriter::scalar(provider.verifiedSource, false));
    // Merged and defunct entries must not list servers; all others must (possibly empty).
    const bool gone = provider.status == ProviderStatus::Merged || provider.status == ProviderStatus::Defunct;
    if (!gone || !provider.incoming.isEmpty())
        writeList(lines, 4, QStringLiteral("incoming"), rendered(provider.incoming, serverLine));
    if (!gone || !provider.outgoing.isEmpty())
        writeList(lines, 4, QStringLiteral("outgoing"), rendered(provider.outgoing, serverLine));
    if (provider.notes.isEmpty())
        return;
    lines.add(4, QStringLiteral("notes:"));
    for (const Note &note : provider.notes) {
        lines.add(6, QStringLiteral("- kind: ") + spelling(note.kind));
        lines.add(8, QStringLiteral("de: ") + CatalogYamlWriter::scalar(note.text.de, false));
        lines.add(8, QStringLiteral("en: ") + CatalogYamlWriter::scalar(note.text.en, false));
        if (!note.url.isEmpty())
            lines.add(8, QStringLiteral("url: ") + CatalogYamlWriter::scalar(note.url, false));
    }
}

/// YAML forbids control characters anywhere and reads U+2028/U+2029/NEL as line breaks.
bool needsEscape(char16_t code)
{
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code == 0x2028 || code == 0x2029 || code == 0xfeff;
}

/// A comment line cannot escape anything, so such characters become spaces.
QString commentLine(QString text)
{
    for (QChar &c : text) {
        if (needsEscape(c.unicode()))
            c = u' ';
    }
    return text.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + text;
}

QString doubleQuoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        switch (code) {
        case u'"':
            result += QLatin1String("\\\"");
            continue;
        case u'\\':
            result += QLatin1String("\\\\");
            continue;
        case u'\n':
            result += QLatin1String("\\n");
            continue;
        case u'\t':
            result += QLatin1String("\\t");
            continue;
        case u'\r':
            result += QLatin1String("\\r");
            continue;
        default:
            break;
        }
        if (needsEscape(code))
            result += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result + u'"';
}

} // namespace

QString CatalogYamlWriter::scalar(const QString &text, bool inFlow)
{
    // Plain only for words YAML cannot read as anything else: no indicator first, no spaces,
    // no flow punctuation, never a null spelling.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    // URLs stay readable in block context, where ',', '#' inside a word and ':' not followed by
    // a space are plain text; a trailing ':' would start a mapping.
    static const QRegularExpression url(
        QStringLiteral("^https?://[A-Za-z0-9._~/?#=&%+@!$*;:()-]*[A-Za-z0-9._~/?#=&%+@!$*;()-]$"));
    static const QRegularExpression nullSpelling(QStringLiteral("^(null|Null|NULL)$"));
    if (!nullSpelling.match(text).hasMatch()
        && (word.match(text).hasMatch() || (!inFlow && url.match(text).hasMatch())))
        return text;
    return doubleQuoted(text);
}

QByteArray CatalogYamlWriter::write(const CatalogFile &catalog, const QStringList &headerComment)
{
    Lines lines;
    for (const QString &comment : headerComment) {
        for (const QString &line : comment.split(u'\n'))
            lines.add(0, commentLine(line));
    }
    lines.add(0, QStringLiteral("schema: ") + QString::number(catalog.schema));
    lines.add(0, QStringLiteral("snapshot: ") + scalar(catalog.snapshot.toString(Qt::ISODate), false));
    if (!catalog.origin.isEmpty()) {
        const CatalogOrigin &origin = catalog.origin;
        lines.add(0, QStringLiteral("origin:"));
        lines.add(2, QStringLiteral("name: ") + scalar(origin.name, false));
        lines.add(2, QStringLiteral("url: ") + scalar(origin.url, false));
        if (!origin.commit.isEmpty())
            lines.add(2, QStringLiteral("commit: ") + scalar(origin.commit, false));
        if (!origin.license.isEmpty())
            lines.add(2, QStringLiteral("license: ") + scalar(origin.license, false));
    }
    if (catalog.providers.isEmpty()) {
        lines.add(0, QStringLiteral("providers: []"));
    } else {
        lines.add(0, QStringLiteral("providers:"));
        for (const Provider &provider : catalog.providers)
            writeProvider(lines, provider);
    }
    return lines.text().toUtf8();
}

} // namespace mailsetup
