// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogLoader.h"

#include "catalog/CatalogCbor.h"
#include "catalog/CatalogYamlReader.h"
#include "i18n/Translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace mailsetup {

namespace {

const QString kCatalogFileName = QStringLiteral("providers.yaml");

struct PendingYamlLayer {
    QString path;
    bool explicitFile = false;
    CatalogYamlReader::Result result;
};

} // namespace

QString CatalogLoader::userCatalogPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(kCatalogFileName);
}

QString CatalogLoader::systemCatalogPath()
{
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    const QString userDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    dirs.removeAll(userDir);
    const QString relative = QStringLiteral("mailsetup/") + kCatalogFileName;
    for (const QString &dir : std::as_const(dirs)) {
        const QString candidate = QDir(dir).filePath(relative);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return QStringLiteral("/etc/xdg/") + relative;
}

QString CatalogLoader::bundledResourcePath(Bundled which)
{
    return which == Bundled::Curated ? QStringLiteral(":/catalog/providers.cbor") : QStringLiteral(":/catalog/ispdb.cbor");
}

QString CatalogLoader::bundledName(Bundled which, Language language)
{
    return i18n::translate(language, "CatalogLoader",
                           which == Bundled::Curated ? QT_TRANSLATE_NOOP("CatalogLoader", "bundled providers.yaml")
                                                     : QT_TRANSLATE_NOOP("CatalogLoader", "bundled ISPDB import"));
}

std::optional<CatalogFile> CatalogLoader::bundled(Bundled which, QString *error)
{
    QFile file(bundledResourcePath(which));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 is missing from this build").arg(bundledName(which));
        return std::nullopt;
    }
    return CatalogCbor::decode(file.readAll(), error);
}

CatalogLoader::Loaded CatalogLoader::load(const Options &options)
{
    Loaded loaded;
    QList<PendingYamlLayer> yamlLayers;
    for (const QString &path : options.explicitFiles)
        yamlLayers.append({path, true, CatalogYamlReader::readFile(path)});
    if (options.userFile) {
        const QString path = userCatalogPath();
        if (QFileInfo::exists(path))
            yamlLayers.append({path, false, CatalogYamlReader::readFile(path)});
    }
    if (options.systemFile) {
        const QString path = systemCatalogPath();
        if (QFileInfo::exists(path))
            yamlLayers.append({path, false, CatalogYamlReader::readFile(path)});
    }

    for (const PendingYamlLayer &layer : std::as_const(yamlLayers)) {
        if (layer.result.ok())
            loaded.catalog.addLayer({SettingsSource::UserCatalog, layer.path, layer.result.catalog});
    }
    if (options.bundled) {
        for (const Bundled which : {Bundled::Curated, Bundled::Ispdb}) {
            QString error;
            if (auto file = bundled(which, &error)) {
                loaded.catalog.addLayer({which == Bundled::Curated ? SettingsSource::Catalog : SettingsSource::Ispdb,
                                         bundledName(which), std::move(*file)});
            } else {
                loaded.warnings.append({bundledName(which), 0, 0, error});
            }
        }
    }

    // mergedInto may point into any layer, so references are checked once all are known.
    const QStringList knownIds = loaded.catalog.allProviderIds();
    for (PendingYamlLayer &layer : yamlLayers) {
        layer.result.resolveExternalMerges(layer.path, knownIds);
        (layer.explicitFile ? loaded.errors : loaded.warnings).append(layer.result.errors);
    }
    return loaded;
}

} // namespace mailsetup
