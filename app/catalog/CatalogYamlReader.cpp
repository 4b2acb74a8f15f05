// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogYamlReader.h"

#include "address/DomainName.h"
#include "catalog/ServerTemplateRules.h"
#include "yaml/YamlSchemaReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace mailsetup {

namespace {

using Position = YamlPosition;

/// Walks a catalog document along the schema of docs/catalog.md and collects every error.
class SchemaWalker : public YamlSchemaReader
{
public:
    SchemaWalker(const QString &fileName, CatalogYamlReader::Result &result)
        : YamlSchemaReader(fileName, result.errors)
        , m_result(result)
    {
    }

    void readDocument(const YAML::Node &root);

private:
    void readOrigin(const YAML::Node &node, Position at);
    void readProvider(const YAML::Node &node, Position at);
    std::optional<ServerTemplate> readServer(const YAML::Node &node, Position at, bool incoming);
    std::optional<Note> readNote(const YAML::Node &node, Position at);
    void checkProviderRules(const Provider &provider, const CheckedMap &fields);
    void checkMergeTargets();

    CatalogYamlReader::Result &m_result;
    QHash<QString, Position> m_providerIds;
    QHash<QString, QString> m_domainOwners; // ACE domain -> provider id
    QList<CatalogYamlReader::ExternalReference> m_merges;
};

void SchemaWalker::readDocument(const YAML::Node &root)
{
    const auto top = map(root, {1, 1}, QStringLiteral("the catalog file"),
                         {"schema", "snapshot", "origin", "providers"}, {"schema", "snapshot", "providers"});
    if (!top)
        return;
    CatalogFile &catalog = m_result.catalog;
    if (top->has(QStringLiteral("schema"))) {
        const auto version = integer(top->value(QStringLiteral("schema")), top->position, QStringLiteral("schema"));
        if (version && *version != 1) {
            error(positionOf(top->value(QStringLiteral("schema")), top->position),
                  QStringLiteral("schema version %1 is not supported; this program reads version 1").arg(*version));
        }
    }
    if (top->has(QStringLiteral("snapshot")))
        catalog.snapshot = date(top->value(QStringLiteral("snapshot")), top->position, QStringLiteral("snapshot")).value_or(QDate());
    if (top->has(QStringLiteral("origin")))
        readOrigin(top->value(QStringLiteral("origin")), top->position);
    if (top->has(QStringLiteral("providers"))) {
        sequence(top->value(QStringLiteral("providers")), top->position, QStringLiteral("providers"),
                 [this](const YAML::Node &node, Position at) { readProvider(node, at); });
    }
    checkMergeTargets();
}

void SchemaWalker::readOrigin(const YAML::Node &node, Position at)
{
    const auto fields = map(node, at, QStringLiteral("origin"), {"name", "url", "commit", "license"}, {"name", "url"});
    if (!fields)
        return;
    CatalogOrigin &origin = m_result.catalog.origin;
    auto text = [&](const char *key) {
        const QString name = QString::fromLatin1(key);
        return fields->has(name) ? string(fields->value(name), fields->position, QLatin1String("origin ") + name).value_or(QString())
                                 : QString();
    };
    origin.name = text("name");
    origin.commit = text("commit");
    origin.license = text("license");
    if (fields->has(QStringLiteral("url")))
        origin.url = url(fields->value(QStringLiteral("url")), fields->position, QStringLiteral("origin url")).value_or(QString());
}

void SchemaWalker::readProvider(const YAML::Node &node, Position at)
{
    const auto fields = map(node, at, QStringLiteral("a provider"),
                            {"id", "name", "status", "mergedInto", "hoster", "domains", "mx", "helpUrl",
                             "verified", "incoming", "outgoing", "notes"},
                            {"id", "name", "status", "verified"});
    if (!fields)
        return;
    Provider provider;
    const Position here = fields->position;

    if (fields->has(QStringLiteral("id"))) {
        const YAML::Node idNode = fields->value(QStringLiteral("id"));
        provider.id = string(idNode, here, QStringLiteral("id")).value_or(QString());
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
        if (!provider.id.isEmpty() && !idPattern.match(provider.id).hasMatch()) {
            error(positionOf(idNode, here),
                  QStringLiteral("id '%1' may only contain a-z, 0-9, '.' and '-'").arg(provider.id));
        } else if (!provider.id.isEmpty()) {
            if (m_providerIds.contains(provider.id)) {
                const Position first = m_providerIds.value(provider.id);
                error(positionOf(idNode, here), QStringLiteral("provider id '%1' is already used at line %2")
                                                    .arg(provider.id, QString::number(first.line)));
            } else {
                m_providerIds.insert(provider.id, positionOf(idNode, here));
            }
        }
    }
    if (fields->has(QStringLiteral("name")))
        provider.name = string(fields->value(QStringLiteral("name")), here, QStringLiteral("name")).value_or(QString());
    if (fields->has(QStringLiteral("status")))
        provider.status = enumValue<ProviderStatus>(fields->value(QStringLiteral("status")), here, QStringLiteral("status")).value_or(ProviderStatus::Active);
    if (fields->has(QStringLiteral("mergedInto"))) {
        const YAML::Node target = fields->value(QStringLiteral("mergedInto"));
        provider.mergedInto = string(target, here, QStringLiteral("mergedInto")).value_or(QString());
        const Position targetAt = positionOf(target, here);
        if (!provider.mergedInto.isEmpty())
            m_merges.append({provider.id, provider.mergedInto, targetAt.line, targetAt.column});
    }
    if (fields->has(QStringLiteral("hoster")))
        provider.hoster = boolean(fields->value(QStringLiteral("hoster")), here, QStringLiteral("hoster")).value_or(false);
    if (fields->has(QStringLiteral("helpUrl")))
        provider.helpUrl = url(fields->value(QStringLiteral("helpUrl")), here, QStringLiteral("helpUrl")).value_or(QString());

    if (fields->has(QStringLiteral("domains"))) {
        sequence(fields->value(QStringLiteral("domains")), here, QStringLiteral("domains"),
                 [&](const YAML::Node &element, Position elementAt) {
                     const auto text = string(element, elementAt, QStringLiteral("a domain"));
                     if (!text)
                         return;
                     const DomainName domain = DomainName::parse(*text);
                     if (!domain.isValid()) {
                         error(elementAt, QStringLiteral("'%1' is not a valid domain: %2")
                                              .arg(*text, domain.problem.message(Language::English)));
                         return;
                     }
                     const QString owner = m_domainOwners.value(domain.ace);
                     if (!owner.isNull()) {
                         error(elementAt, owner == provider.id
                                              ? QStringLiteral("domain '%1' is listed twice").arg(*text)
                                              : QStringLiteral("domain '%1' is already claimed by provider '%2'").arg(*text, owner));
                         return;
                     }
                     m_domainOwners.insert(domain.ace, provider.id);
                     provider.domains.append(domain.ace);
                 });
    }
    if (fields->has(QStringLiteral("mx"))) {
        sequence(fields->value(QStringLiteral("mx")), here, QStringLiteral("mx"),
                 [&](const YAML::Node &element, Position elementAt) {
                     const auto text = string(element, elementAt, QStringLiteral("an MX pattern"));
                     if (!text)
                         return;
                     const DomainName suffix = DomainName::parse(*text);
                     if (!suffix.isValid()) {
                         error(elementAt, QStringLiteral("MX pattern '%1' must be a host-name suffix such as 'kundenserver.de'").arg(*text));
                         return;
                     }
                     provider.mxSuffixes.append(suffix.ace);
                 });
    }
    if (fields->has(QStringLiteral("verified"))) {
        const auto verified = map(fields->value(QStringLiteral("verified")), here, QStringLiteral("verified"),
                                  {"date", "source"}, {"date", "source"});
        if (verified) {
            if (verified->has(QStringLiteral("date")))
                provider.verifiedDate = date(verified->value(QStringLiteral("date")), verified->position, QStringLiteral("verified date")).value_or(QDate());
            if (verified->has(QStringLiteral("source")))
                provider.verifiedSource = url(verified->value(QStringLiteral("source")), verified->position, QStringLiteral("verified source")).value_or(QString());
        }
    }
    auto readServers = [&](const char *key, bool incoming, QList<ServerTemplate> &target) {
        const QString name = QString::fromLatin1(key);
        if (!fields->has(name))
            return;
        sequence(fields->value(name), here, name, [&](const YAML::Node &element, Position elementAt) {
            if (auto server = readServer(element, elementAt, incoming))
                target.append(*server);
        });
    };
    readServers("incoming", true, provider.incoming);
    readServers("outgoing", false, provider.outgoing);
    if (fields->has(QStringLiteral("notes"))) {
        sequence(fields->value(QStringLiteral("notes")), here, QStringLiteral("notes"),
                 [&](const YAML::Node &element, Position elementAt) {
                     if (auto note = readNote(element, elementAt))
                         provider.notes.append(*note);
                 });
    }
    checkProviderRules(provider, *fields);
    m_result.catalog.providers.append(provider);
}

std::optional<ServerTemplate> SchemaWalker::readServer(const YAML::Node &node, Position at, bool incoming)
{
    const auto fields = map(node, at, incoming ? QStringLiteral("an incoming server") : QStringLiteral("an outgoing server"),
                            {"protocol", "host", "hostHint", "port", "security", "auth", "username", "usernameHint"},
                            {"protocol", "host", "port", "security", "auth"});
    if (!fields)
        return std::nullopt;
    const Position here = fields->position;
    ServerTemplate server;
    bool complete = true;
    auto require = [&complete](auto optionalValue, auto &target) {
        if (optionalValue)
            target = *optionalValue;
        else
            complete = false;
    };
    if (fields->has(QStringLiteral("protocol"))) {
        const YAML::Node protocolNode = fields->value(QStringLiteral("protocol"));
        const auto protocol = enumValue<Protocol>(protocolNode, here, QStringLiteral("protocol"));
        require(protocol, server.protocol);
        if (protocol && incoming == (*protocol == Protocol::Smtp)) {
            error(positionOf(protocolNode, here), incoming
                      ? QStringLiteral("an incoming server must use imap or pop3, not smtp")
                      : QStringLiteral("an outgoing server must use smtp"));
            complete = false;
        }
    }
    if (fields->has(QStringLiteral("host"))) {
        const YAML::Node hostNode = fields->value(QStringLiteral("host"));
        if (const auto host = string(hostNode, here, QStringLiteral("host"))) {
            const auto problem = ServerTemplateRules::checkHost(*host);
            if (problem.isEmpty())
                server.host = ServerTemplateRules::normalizedHost(*host);
            else {
                error(positionOf(hostNode, here), problem);
                complete = false;
            }
        } else {
            complete = false;
        }
    }
    if (fields->has(QStringLiteral("port"))) {
        const YAML::Node portNode = fields->value(QStringLiteral("port"));
        const auto port = integer(portNode, here, QStringLiteral("port"));
        if (port && (*port < 1 || *port > 65535)) {
            error(positionOf(portNode, here), QStringLiteral("port %1 is outside 1–65535").arg(*port));
            complete = false;
        } else if (port) {
            server.port = static_cast<quint16>(*port);
        } else {
            complete = false;
        }
    }
    if (fields->has(QStringLiteral("security")))
        require(enumValue<Security>(fields->value(QStringLiteral("security")), here, QStringLiteral("security")), server.security);
    if (fields->has(QStringLiteral("auth"))) {
        const YAML::Node authNode = fields->value(QStringLiteral("auth"));
        sequence(authNode, here, QStringLiteral("auth"), [&](const YAML::Node &element, Position elementAt) {
            const auto method = enumValue<AuthMethod>(element, elementAt, QStringLiteral("authentication method"));
            if (!method) {
                complete = false;
            } else if (server.auth.contains(*method)) {
                error(elementAt, QStringLiteral("authentication method '%1' is listed twice").arg(spelling(*method)));
            } else {
                server.auth.append(*method);
            }
        });
        if (server.auth.isEmpty() && complete) {
            error(positionOf(authNode, here), QStringLiteral("auth must list at least one method"));
            complete = false;
        }
    }
    const bool mxHost = ServerTemplateRules::isMxHost(server.host);
    if (mxHost != fields->has(QStringLiteral("hostHint"))) {
        error(mxHost ? here : fields->keyPositions.value(QStringLiteral("hostHint")),
              mxHost ? QStringLiteral("host %MXHOST% needs a hostHint: what to enter when the MX record is not known")
                     : QStringLiteral("hostHint is only for host %MXHOST%"));
        complete = false;
    } else if (mxHost) {
        if (const auto hint = localized(fields->value(QStringLiteral("hostHint")), here, QStringLiteral("hostHint")))
            server.hostHint = *hint;
        else
            complete = false;
    }
    const bool hasUsername = fields->has(QStringLiteral("username"));
    const bool hasHint = fields->has(QStringLiteral("usernameHint"));
    if (hasUsername == hasHint) {
        error(here, hasUsername ? QStringLiteral("give either username or usernameHint, not both")
                                : QStringLiteral("a server needs a username template or a usernameHint"));
        complete = false;
    }
    if (hasUsername) {
        const YAML::Node userNode = fields->value(QStringLiteral("username"));
        if (const auto username = string(userNode, here, QStringLiteral("username"))) {
            const QString problem = ServerTemplateRules::checkUsernameTemplate(*username);
            if (problem.isEmpty())
                server.username = *username;
            else {
                error(positionOf(userNode, here), problem);
                complete = false;
            }
        }
    }
    if (hasHint) {
        if (const auto hint = localized(fields->value(QStringLiteral("usernameHint")), here, QStringLiteral("usernameHint")))
            server.usernameHint = *hint;
        else
            complete = false;
    }
    if (!complete)
        return std::nullopt;
    return server;
}

std::optional<Note> SchemaWalker::readNote(const YAML::Node &node, Position at)
{
    const auto fields = map(node, at, QStringLiteral("a note"), {"kind", "de", "en", "url"}, {"kind", "de", "en"});
    if (!fields)
        return std::nullopt;
    Note note;
    bool complete = fields->has(QStringLiteral("kind")) && fields->has(QStringLiteral("de")) && fields->has(QStringLiteral("en"));
    if (fields->has(QStringLiteral("kind"))) {
        const auto kind = enumValue<NoteKind>(fields->value(QStringLiteral("kind")), fields->position, QStringLiteral("note kind"));
        complete = complete && kind.has_value();
        note.kind = kind.value_or(NoteKind::Info);
    }
    if (fields->has(QStringLiteral("de")))
        note.text.de = string(fields->value(QStringLiteral("de")), fields->position, QStringLiteral("note text (de)")).value_or(QString());
    if (fields->has(QStringLiteral("en")))
        note.text.en = string(fields->value(QStringLiteral("en")), fields->position, QStringLiteral("note text (en)")).value_or(QString());
    if (fields->has(QStringLiteral("url"))) {
        const auto link = url(fields->value(QStringLiteral("url")), fields->position, QStringLiteral("note url"));
        complete = complete && link.has_value();
        note.url = link.value_or(QString());
    }
    if (!complete || note.text.de.isEmpty() || note.text.en.isEmpty())
        return std::nullopt;
    return note;
}

void SchemaWalker::checkProviderRules(const Provider &provider, const CheckedMap &fields)
{
    const Position at = fields.position;
    const QString who = provider.id.isEmpty() ? QStringLiteral("this provider") : QStringLiteral("provider '%1'").arg(provider.id);
    const bool gone = provider.status == ProviderStatus::Merged || provider.status == ProviderStatus::Defunct;
    const bool hasStatusNote = std::any_of(provider.notes.cbegin(), provider.notes.cend(),
                                           [](const Note &note) { return note.kind == NoteKind::Status; });

    if (provider.status == ProviderStatus::Merged && !fields.has(QStringLiteral("mergedInto")))
        error(at, QStringLiteral("%1 has status merged but no mergedInto").arg(who));
    if (provider.status != ProviderStatus::Merged && fields.has(QStringLiteral("mergedInto")))
        error(fields.keyPositions.value(QStringLiteral("mergedInto")), QStringLiteral("mergedInto is only allowed with status merged"));
    if (provider.mergedInto == provider.id && !provider.id.isEmpty())
        error(fields.keyPositions.value(QStringLiteral("mergedInto")), QStringLiteral("%1 cannot be merged into itself").arg(who));
    if (gone && !hasStatusNote)
        error(at, QStringLiteral("%1 is %2 and needs a note of kind 'status' that tells the user what to do")
                      .arg(who, spelling(provider.status)));
    if (!provider.hoster && !fields.has(QStringLiteral("domains")))
        error(at, QStringLiteral("%1 needs domains (only hoster entries may have none)").arg(who));
    for (const char *key : {"incoming", "outgoing"}) {
        const QString name = QString::fromLatin1(key);
        if (gone && fields.has(name)) {
            error(fields.keyPositions.value(name), QStringLiteral("a %1 provider must not list servers; %2")
                                                       .arg(spelling(provider.status),
                                                            provider.status == ProviderStatus::Merged
                                                                ? QStringLiteral("the servers of the mergedInto provider are used")
                                                                : QStringLiteral("its servers no longer work")));
        } else if (!gone && !fields.has(name)) {
            error(at, QStringLiteral("%1 is missing the required key '%2'").arg(who, name));
        }
    }
}

void SchemaWalker::checkMergeTargets()
{
    for (const auto &merge : std::as_const(m_merges)) {
        if (!m_providerIds.contains(merge.target))
            m_result.externalMerges.append(merge);
    }
}

} // namespace

void CatalogYamlReader::Result::resolveExternalMerges(const QString &fileName, const QStringList &knownIds)
{
    for (const auto &merge : std::as_const(externalMerges)) {
        if (!knownIds.contains(merge.target)) {
            errors.append({fileName, merge.line, merge.column,
                           QStringLiteral("mergedInto '%1' names no provider in any catalog").arg(merge.target)});
        }
    }
    externalMerges.clear();
}

CatalogYamlReader::Result CatalogYamlReader::readFile(const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.exists()) {
        result.errors.append({path, 0, 0, QStringLiteral("file not found")});
        return result;
    }
    if (QFileInfo(path).isDir()) {
        result.errors.append({path, 0, 0, QStringLiteral("is a folder, not a catalog file")});
        return result;
    }
    if (file.size() > kMaxFileSize) {
        result.errors.append({path, 0, 0, QStringLiteral("file is %1 MiB; catalog files over 16 MiB are refused")
                                              .arg(QString::number(file.size() / (1024.0 * 1024.0), 'f', 1))});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({path, 0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    // Read one byte past the limit so a file that grows while we read is still refused.
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize) {
        result.errors.append({path, 0, 0, QStringLiteral("catalog files over 16 MiB are refused")});
        return result;
    }
    return read(data, path);
}

CatalogYamlReader::Result CatalogYamlReader::read(const QByteArray &yaml, const QString &fileName)
{
    Result result;
    if (yaml.size() > kMaxFileSize) {
        result.errors.append({fileName, 0, 0, QStringLiteral("catalog files over 16 MiB are refused")});
        return result;
    }
    const auto root = YamlSchemaReader::parse(yaml, fileName, result.errors);
    if (!root)
        return result;
    try {
        SchemaWalker(fileName, result).readDocument(*root);
    } catch (const YAML::Exception &exception) {
        // yaml-cpp throws for malformed nodes it only discovers on access.
        result.errors.append({fileName, exception.mark.line + 1, exception.mark.column + 1,
                              QString::fromStdString(exception.msg)});
    }
    return result;
}

} // namespace mailsetup
