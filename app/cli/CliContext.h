// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogLoader.h"
#include "model/Language.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace mailsetup::cli {

/// Exit codes of the command-line contract (product.md).
enum ExitCode : int {
    Success = 0,       ///< for lookup: at least one incoming and one outgoing server
    NothingUsable = 1, ///< not found, defunct, check failed, format cannot express it
    InvalidInput = 2,  ///< bad address, bad explicitly given catalog, wrong usage
};

/// What a command needs from its surroundings; tests pass string-backed streams.
struct CliContext {
    QTextStream &out;
    QTextStream &err;
    /// Renders HTML to PDF bytes; needs QtGui, so the executable provides it (may be empty).
    std::function<QByteArray(const QString &html)> renderPdf;
};

/// `--lang de|en|both`: the languages to answer in, in print order.
using LanguageChoice = QList<Language>;

/// Options every command shares, and how they are read.
namespace CommonOptions {

void addLanguage(QCommandLineParser &parser);
void addFormat(QCommandLineParser &parser, const QStringList &formats);
void addCatalog(QCommandLineParser &parser);
/// The --lang value, or the system language; std::nullopt (after a message) if invalid.
std::optional<LanguageChoice> language(const QCommandLineParser &parser, CliContext &context);
/// The --format value; std::nullopt (after a message) if not one of `formats`.
std::optional<QString> format(const QCommandLineParser &parser, const QStringList &formats, CliContext &context);
/// Loads every layer with the --catalog files; prints problems. std::nullopt means exit 2.
std::optional<CatalogLoader::Loaded> loadCatalog(const QCommandLineParser &parser, CliContext &context);

} // namespace CommonOptions

/// Parses `arguments` (without the program name and command); prints help or an error.
/// Returns std::nullopt to go on, or the exit code to stop with.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                               CliContext &context);

void printJson(const QJsonObject &object, CliContext &context);
/// Prints a usage problem on stderr, with a hint where to find help; returns InvalidInput.
int usageError(const QString &message, const QString &command, CliContext &context);

} // namespace mailsetup::cli
