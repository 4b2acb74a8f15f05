// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogLoader.h"
#include "cli/CommandParser.h"
#include "i18n/Translation.h"
#include "model/Language.h"
#include "model/LookupResult.h"

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
    /// The language of messages on stderr: the first one --lang names, else the system's.
    Language language = i18n::systemLanguage();
    /// `--format json` was given: usage errors are also printed as a JSON object on stdout.
    bool json = false;

    /// `sourceText`, marked with QT_TRANSLATE_NOOP("CommandLine", …), in the message language.
    /// (Not named tr(): lupdate would take the call for one and miss the marked text inside.)
    [[nodiscard]] QString localized(const char *sourceText) const;
};

/// `--lang de|en|both`: the languages to answer in, in print order.
using LanguageChoice = QList<Language>;

/// Options every command shares, and how they are read.
namespace CommonOptions {

void addLanguage(CommandParser &parser);
void addFormat(CommandParser &parser, const QStringList &formats);
void addCatalog(CommandParser &parser);
/// The --lang value, or the system language; std::nullopt (after a usage error) if invalid.
std::optional<LanguageChoice> language(const QCommandLineParser &parser, const QString &command, CliContext &context);
/// The --format value; std::nullopt (after a usage error) if not one of `formats`.
std::optional<QString> format(
    const QCommandLineParser &parser, const QStringList &formats, const QString &command, CliContext &context);
/// The --incoming value (imap or pop3) into `incoming`, left empty when not given; false (after
/// a usage error) for any other value.
bool incomingProtocol(
    const QCommandLineParser &parser, const QString &command, CliContext &context, std::optional<Protocol> *incoming);
/// Loads every layer with the --catalog files; prints problems (a broken user or system file is
/// a warning: it is left out and the program goes on). std::nullopt means exit 2.
std::optional<CatalogLoader::Loaded> loadCatalog(const QCommandLineParser &parser, CliContext &context);

} // namespace CommonOptions

/// Parses `arguments` (without the program name and command); prints help or an error. An
/// option that takes one value and is given twice is an error too (which one would count?).
/// Returns std::nullopt to go on, or the exit code to stop with.
std::optional<int> parseOrExit(CommandParser &parser, const QStringList &arguments, const QString &command,
                               CliContext &context);

void printJson(const QJsonObject &object, CliContext &context);
/// Prints "mailsetup COMMAND: MESSAGE" (or "mailsetup: MESSAGE") on stderr.
void printError(const QString &command, const QString &message, CliContext &context);
/// Prints a usage problem on stderr, with a hint where to find help, and in JSON mode also as
/// `{"error": {"code": "usage", "message"}}` on stdout; returns InvalidInput.
int usageError(const QString &message, const QString &command, CliContext &context);

/// Why `result` (for a valid address) is not usable, with the typo suggestion if there is one:
/// the one wording lookup, export and check share.
[[nodiscard]] QString notUsableMessage(const LookupResult &result, bool searchedOnline, const CliContext &context);

/// Refuses an --output target that must not be written: an existing file without --force, or
/// anything that is not a regular file (a directory, a device). Prints why and returns the exit
/// code, or std::nullopt when FILE may be written.
std::optional<int> refuseOutputTarget(const QString &path, bool force, const QString &command, CliContext &context);

} // namespace mailsetup::cli
