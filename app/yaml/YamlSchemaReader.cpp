// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/YamlSchemaReader.h"

#include "model/WebLink.h"
#include "yaml/YamlInputGuard.h"

#include <yaml-cpp/depthguard.h>

#include <QRegularExpression>
#include <QStringList>

namespace mailsetup {

namespace {

QString typeName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return QStringLiteral("a mapping");
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Null:
        return QStringLiteral("nothing (null)");
    case YAML::NodeType::Scalar:
        return QStringLiteral("a value");
    case YAML::NodeType::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

YamlSchemaReader::YamlSchemaReader(QString fileName, CatalogDiagnostics &errors)
    : m_fileName(std::move(fileName))
    , m_errors(errors)
{
}

std::optional<YAML::Node> YamlSchemaReader::parse(const QByteArray &yaml, const QString &fileName,
                                                  CatalogDiagnostics &errors)
{
    if (const auto refusal = YamlInputGuard::check(yaml)) {
        errors.append({fileName, refusal->line, refusal->column, refusal->message});
        return std::nullopt;
    }
    try {
        return YAML::Load(yaml.toStdString());
    } catch (const YAML::DeepRecursion &exception) {
        // yaml-cpp's own message for this is "bad file".
        errors.append({fileName, exception.mark.line + 1, exception.mark.column + 1,
                       QStringLiteral("lists or mappings are nested too deeply (%1 levels or more)").arg(exception.depth())});
    } catch (const YAML::Exception &exception) {
        errors.append({fileName, exception.mark.line + 1, exception.mark.column + 1, QString::fromStdString(exception.msg)});
    }
    return std::nullopt;
}

YamlPosition YamlSchemaReader::positionOf(const YAML::Node &node, YamlPosition fallback)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.line < 0)
        return fallback;
    return {mark.line + 1, mark.column + 1};
}

void YamlSchemaReader::error(YamlPosition at, const QString &message)
{
    if (m_errors.size() == kMaxReportedErrors)
        m_errors.append({m_fileName, at.line, at.column, QStringLiteral("too many errors; stopping here")});
    if (m_errors.size() > kMaxReportedErrors)
        return;
    m_errors.append({m_fileName, at.line, at.column, message});
}

std::optional<YamlSchemaReader::CheckedMap> YamlSchemaReader::map(const YAML::Node &node, YamlPosition at,
                                                                  const QString &what,
                                                                  std::initializer_list<const char *> allowed,
                                                                  std::initializer_list<const char *> required)
{
    at = positionOf(node, at);
    if (!node.IsMap()) {
        error(at, QStringLiteral("%1 must be a mapping (key: value), found %2").arg(what, typeName(node)));
        return std::nullopt;
    }
    CheckedMap checked;
    checked.position = at;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YamlPosition keyAt = positionOf(it->first, at);
        if (!it->first.IsScalar()) {
            error(keyAt, QStringLiteral("keys in %1 must be plain names").arg(what));
            continue;
        }
        const QString key = QString::fromStdString(it->first.Scalar());
        QStringList names;
        for (const char *name : allowed)
            names.append(QString::fromLatin1(name));
        if (!names.contains(key)) {
            error(keyAt, QStringLiteral("unknown key '%1' in %2 (allowed: %3)").arg(key, what, names.join(QLatin1String(", "))));
            continue;
        }
        if (checked.values.contains(key)) {
            error(keyAt, QStringLiteral("duplicate key '%1' in %2").arg(key, what));
            continue;
        }
        checked.values.insert(key, it->second);
        checked.keyPositions.insert(key, keyAt);
    }
    for (const char *name : required) {
        if (!checked.has(QString::fromLatin1(name)))
            error(at, QStringLiteral("%1 is missing the required key '%2'").arg(what, QString::fromLatin1(name)));
    }
    return checked;
}

std::optional<QString> YamlSchemaReader::string(const YAML::Node &node, YamlPosition at, const QString &what)
{
    at = positionOf(node, at);
    if (!node.IsScalar()) {
        error(at, QStringLiteral("%1 must be text, found %2").arg(what, typeName(node)));
        return std::nullopt;
    }
    const QString text = QString::fromStdString(node.Scalar()).trimmed();
    if (text.isEmpty()) {
        error(at, QStringLiteral("%1 must not be empty").arg(what));
        return std::nullopt;
    }
    return text;
}

std::optional<int> YamlSchemaReader::integer(const YAML::Node &node, YamlPosition at, const QString &what)
{
    at = positionOf(node, at);
    // A quoted "993" is text in YAML; only a plain scalar (tag "?") is a number.
    if (!node.IsScalar() || node.Tag() != "?") {
        error(at, QStringLiteral("%1 must be a whole number, found %2")
                      .arg(what, node.IsScalar() ? QStringLiteral("quoted text") : typeName(node)));
        return std::nullopt;
    }
    bool ok = false;
    const int value = QString::fromStdString(node.Scalar()).toInt(&ok);
    if (!ok) {
        error(at, QStringLiteral("%1 must be a whole number, found '%2'").arg(what, QString::fromStdString(node.Scalar())));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> YamlSchemaReader::boolean(const YAML::Node &node, YamlPosition at, const QString &what)
{
    at = positionOf(node, at);
    if (node.IsScalar() && node.Tag() == "?") {
        if (node.Scalar() == "true")
            return true;
        if (node.Scalar() == "false")
            return false;
    }
    error(at, QStringLiteral("%1 must be true or false").arg(what));
    return std::nullopt;
}

std::optional<QDate> YamlSchemaReader::date(const YAML::Node &node, YamlPosition at, const QString &what)
{
    const auto text = string(node, at, what);
    if (!text)
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate value = QDate::fromString(*text, Qt::ISODate);
    if (!pattern.match(*text).hasMatch() || !value.isValid()) {
        error(positionOf(node, at), QStringLiteral("%1 must be a date written YYYY-MM-DD, found '%2'").arg(what, *text));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> YamlSchemaReader::url(const YAML::Node &node, YamlPosition at, const QString &what)
{
    const auto text = string(node, at, what);
    if (!text)
        return std::nullopt;
    if (!isWebLink(*text)) {
        error(positionOf(node, at), QStringLiteral("%1 must be an http(s) URL, found '%2'").arg(what, *text));
        return std::nullopt;
    }
    return text;
}

std::optional<LocalizedText> YamlSchemaReader::localized(const YAML::Node &node, YamlPosition at, const QString &what)
{
    const auto fields = map(node, at, what, {"de", "en"}, {"de", "en"});
    if (!fields)
        return std::nullopt;
    LocalizedText text;
    if (fields->has(QStringLiteral("de")))
        text.de = string(fields->value(QStringLiteral("de")), fields->position, what + QLatin1String(" (de)")).value_or(QString());
    if (fields->has(QStringLiteral("en")))
        text.en = string(fields->value(QStringLiteral("en")), fields->position, what + QLatin1String(" (en)")).value_or(QString());
    if (text.de.isEmpty() || text.en.isEmpty())
        return std::nullopt;
    return text;
}

bool YamlSchemaReader::sequence(const YAML::Node &node, YamlPosition at, const QString &what,
                                const std::function<void(const YAML::Node &, YamlPosition)> &each)
{
    at = positionOf(node, at);
    if (!node.IsSequence()) {
        error(at, QStringLiteral("%1 must be a list, found %2").arg(what, typeName(node)));
        return false;
    }
    for (const YAML::Node &element : node)
        each(element, positionOf(element, at));
    return true;
}

} // namespace mailsetup
