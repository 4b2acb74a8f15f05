// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <QXmlStreamReader>

/// Reads an XML property list into QVariant (dict -> QVariantMap, array -> QVariantList,
/// string, integer, true/false), strictly: anything else is an error.
namespace MobileconfigReader {

inline QVariant readValue(QXmlStreamReader &reader, QString *error)
{
    const auto name = reader.name();
    if (name == QLatin1String("string"))
        return reader.readElementText();
    if (name == QLatin1String("integer"))
        return reader.readElementText().toLongLong();
    if (name == QLatin1String("true") || name == QLatin1String("false")) {
        const bool value = name == QLatin1String("true");
        reader.skipCurrentElement();
        return value;
    }
    if (name == QLatin1String("array")) {
        QVariantList list;
        while (reader.readNextStartElement())
            list.append(readValue(reader, error));
        return list;
    }
    if (name == QLatin1String("dict")) {
        QVariantMap map;
        while (reader.readNextStartElement()) {
            if (reader.name() != QLatin1String("key")) {
                *error = QStringLiteral("expected <key>, got <%1>").arg(reader.name().toString());
                return {};
            }
            const QString key = reader.readElementText();
            if (!reader.readNextStartElement()) {
                *error = QStringLiteral("no value for %1").arg(key);
                return {};
            }
            map.insert(key, readValue(reader, error));
        }
        return map;
    }
    *error = QStringLiteral("unexpected <%1>").arg(name.toString());
    reader.skipCurrentElement();
    return {};
}

/// The top-level dictionary of a plist document; `error` is set when it is not a valid plist.
inline QVariantMap read(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QVariant root;
    if (reader.readNextStartElement() && reader.name() == QLatin1String("plist") && reader.readNextStartElement())
        root = readValue(reader, error);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        *error = reader.errorString();
    return root.toMap();
}

} // namespace MobileconfigReader
