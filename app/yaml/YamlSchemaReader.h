// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogDiagnostic.h"
#include "model/Enums.h"
#include "model/Language.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <initializer_list>
#include <optional>

namespace mailsetup {

/// A 1-based position in a YAML file.
struct YamlPosition {
    int line = 0;
    int column = 0;
};

/// Reads hand-written YAML data files (catalogs, glossary) along a schema: typed accessors that
/// report every problem with its position instead of throwing, so a file shows all its errors
/// at once.
class YamlSchemaReader
{
public:
    /// A mapping whose keys were checked against the schema.
    struct CheckedMap {
        QHash<QString, YAML::Node> values;
        QHash<QString, YamlPosition> keyPositions;
        YamlPosition position;

        [[nodiscard]] bool has(const QString &key) const { return values.contains(key); }
        [[nodiscard]] YAML::Node value(const QString &key) const { return values.value(key); }
    };

    /// Reporting stops after this many errors; the rest are summarised in one line.
    static constexpr int kMaxReportedErrors = 200;

    YamlSchemaReader(QString fileName, CatalogDiagnostics &errors);

    /// Parses `yaml` into a document, refusing aliases (see YamlInputGuard); reports a syntax
    /// error with its position and returns std::nullopt.
    [[nodiscard]] static std::optional<YAML::Node> parse(const QByteArray &yaml, const QString &fileName,
                                                         CatalogDiagnostics &errors);

    [[nodiscard]] static YamlPosition positionOf(const YAML::Node &node, YamlPosition fallback);

    void error(YamlPosition at, const QString &message);

    std::optional<CheckedMap> map(const YAML::Node &node, YamlPosition at, const QString &what,
                                  std::initializer_list<const char *> allowed,
                                  std::initializer_list<const char *> required);
    std::optional<QString> string(const YAML::Node &node, YamlPosition at, const QString &what);
    std::optional<int> integer(const YAML::Node &node, YamlPosition at, const QString &what);
    std::optional<bool> boolean(const YAML::Node &node, YamlPosition at, const QString &what);
    std::optional<QDate> date(const YAML::Node &node, YamlPosition at, const QString &what);
    std::optional<QString> url(const YAML::Node &node, YamlPosition at, const QString &what);
    /// A `{de: …, en: …}` mapping with both languages.
    std::optional<LocalizedText> localized(const YAML::Node &node, YamlPosition at, const QString &what);
    /// Calls `each` for every element of a sequence; reports a non-sequence.
    bool sequence(const YAML::Node &node, YamlPosition at, const QString &what,
                  const std::function<void(const YAML::Node &, YamlPosition)> &each);

    template <typename E>
    std::optional<E> enumValue(const YAML::Node &node, YamlPosition at, const QString &what)
    {
        const auto text = string(node, at, what);
        if (!text)
            return std::nullopt;
        const auto value = fromSpelling<E>(*text);
        if (!value)
            error(positionOf(node, at), QStringLiteral("%1 '%2' is not one of: %3").arg(what, *text, allSpellings<E>()));
        return value;
    }

    [[nodiscard]] const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    CatalogDiagnostics &m_errors;
};

} // namespace mailsetup
