// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "address/EmailAddress.h"
#include "export/AtomicWrite.h"
#include "export/Exporter.h"
#include "lookup/SettingsResolver.h"
#include "lookup/TypoSuggester.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mailsetup::cli {

namespace {

const QString kCommand = QStringLiteral("export");

QStringList formatIds()
{
    QStringList ids;
    for (const ExportFormat format : Exporter::allFormats())
        ids.append(Exporter::id(format));
    return ids;
}

bool isTerminal(int fd)
{
#ifdef Q_OS_WIN
    return _isatty(fd) != 0;
#else
    return isatty(fd) != 0;
#endif
}

void addOptions(CommandParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Writes the settings for an e-mail address in a format a mail program imports "
                       "(no password is ever written). Formats: %1.")
            .arg(formatIds().join(QLatin1String(", "))));
    parser.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The e-mail address, e.g. anna@gmx.ch."));
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("The export format (required)."), QStringLiteral("FORMAT")},
        {QStringLiteral("output"), QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE")},
        {QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")},
        {QStringLiteral("name"), QStringLiteral("The sender's name, e.g. \"Anna Muster\"."), QStringLiteral("NAME")},
        {QStringLiteral("incoming"), QStringLiteral("Incoming protocol (default: the recommended one)."),
         QStringLiteral("imap|pop3")},
        {QStringLiteral("username"),
         QStringLiteral("Your account name, for providers that assign their own (hosters)."), QStringLiteral("NAME")},
        {QStringLiteral("help-format"), QStringLiteral("Show how to import FORMAT, then exit."), QStringLiteral("FORMAT")},
    });
    CommonOptions::addLanguage(parser);
    CommonOptions::addCatalog(parser);
}

std::optional<ExportFormat> formatOption(const QCommandLineParser &parser, const QString &option, CliContext &context)
{
    const QString value = parser.value(option);
    if (const auto format = Exporter::fromId(value))
        return format;
    usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--%1 must be one of %2, not '%3'"))
                   .arg(option, formatIds().join(QLatin1String(", ")), value),
        kCommand, context);
    return std::nullopt;
}

int printInstructions(ExportFormat format, const LanguageChoice &languages, CliContext &context)
{
    for (qsizetype i = 0; i < languages.size(); ++i) {
        if (i > 0)
            context.out << u'\n';
        context.out << Exporter::displayName(format, languages.at(i)) << QStringLiteral(":\n")
                    << Exporter::importInstructions(format, languages.at(i)) << u'\n';
    }
    return Success;
}

void printReason(const LocalizedText &reason, const LanguageChoice &languages, CliContext &context)
{
    for (const Language language : languages)
        printError(kCommand, reason.text(language), context);
}

/// Writes to standard output: raw bytes through the stream's device, so binary data stays intact.
int writeToStandardOutput(const QByteArray &data, bool binary, CliContext &context)
{
    context.out.flush();
    QIODevice *device = context.out.device();
    if (!device) { // a string-backed stream (in-process tests): only text reaches it
        *context.out.string() += QString::fromUtf8(data);
        return Success;
    }
    auto *file = qobject_cast<QFile *>(device);
    if (binary && file && isTerminal(file->handle())) {
        return usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine",
                              "this format is binary and is not written to a "
                              "terminal; use --output FILE or redirect standard output")),
            kCommand, context);
    }
    if (device->write(data) != data.size() || (file && !file->flush())) {
        printError(kCommand,
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "cannot write to standard output: %1"))
                .arg(device->errorString()),
            context);
        return NothingUsable;
    }
    return Success;
}

/// Writes `data` to `path` atomically: the old file (if any) stays untouched unless the whole
/// new one could be written.
int writeToFile(const QByteArray &data, const QString &path, bool force, CliContext &context)
{
    if (const auto refused = refuseOutputTarget(path, force, kCommand, context))
        return *refused;
    if (const QString problem = writeAtomically(path, data); !problem.isEmpty()) {
        printError(
            kCommand, context.localized(QT_TRANSLATE_NOOP("CommandLine", "cannot write %1: %2")).arg(path, problem), context);
        return NothingUsable;
    }
    return Success;
}

} // namespace

int runExport(const QStringList &arguments, CliContext &context)
{
    CommandParser parser;
    addOptions(parser);
    if (const auto exit = parseOrExit(parser, arguments, kCommand, context))
        return *exit;
    const auto languages = CommonOptions::language(parser, kCommand, context);
    if (!languages)
        return InvalidInput;
    if (parser.isSet(QStringLiteral("help-format"))) {
        const auto format = formatOption(parser, QStringLiteral("help-format"), context);
        return format ? printInstructions(*format, *languages, context) : InvalidInput;
    }
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(context.localized(QT_TRANSLATE_NOOP("CommandLine", "--format is required")), kCommand, context);
    const auto format = formatOption(parser, QStringLiteral("format"), context);
    if (!format)
        return InvalidInput;
    std::optional<Protocol> incoming;
    if (!CommonOptions::incomingProtocol(parser, kCommand, context, &incoming))
        return InvalidInput;
    if (parser.isSet(QStringLiteral("output")) && parser.value(QStringLiteral("output")).isEmpty())
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "--output needs a file name")), kCommand, context);
    if (parser.isSet(QStringLiteral("force")) && !parser.isSet(QStringLiteral("output")))
        return usageError(
            context.localized(QT_TRANSLATE_NOOP("CommandLine", "--force needs --output FILE")), kCommand, context);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty()
                ? context.localized(QT_TRANSLATE_NOOP("CommandLine", "an e-mail address is required"))
                : context.localized(QT_TRANSLATE_NOOP("CommandLine", "give exactly one e-mail address")),
            kCommand, context);
    }

    const EmailAddress address = EmailAddress::parse(positional.constFirst());
    if (!address.isValid()) {
        printError(kCommand, address.problem().message(context.language), context);
        return InvalidInput;
    }
    const auto loaded = CommonOptions::loadCatalog(parser, context);
    if (!loaded)
        return InvalidInput;
    const TypoSuggester suggester(loaded->catalog);
    ExportRequest request;
    request.result = SettingsResolver::lookup(loaded->catalog, address, &suggester);
    if (!request.result.isUsable()) {
        printError(kCommand,
            notUsableMessage(request.result, false, context)
                + context.localized(QT_TRANSLATE_NOOP("CommandLine", "; nothing written")),
            context);
        return NothingUsable;
    }
    request.displayName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : address.displayName();
    request.incoming = incoming;
    request.languages = *languages;
    request.accountName = parser.value(QStringLiteral("username"));

    const auto rendered = Exporter::render(*format, request);
    if (const auto *refusal = std::get_if<ExportRefusal>(&rendered)) {
        printReason(refusal->reason, *languages, context);
        return NothingUsable;
    }
    const ExportDocument &document = std::get<ExportDocument>(rendered);
    QByteArray data = document.data;
    if (*format == ExportFormat::SheetPdf) {
        data = context.renderPdf ? context.renderPdf(QString::fromUtf8(document.data)) : QByteArray();
        if (data.isEmpty()) {
            printError(kCommand,
                context.localized(QT_TRANSLATE_NOOP("CommandLine",
                    "this program cannot render PDF here; use --format "
                    "sheet-html and print that instead")),
                context);
            return NothingUsable;
        }
    }
    if (parser.isSet(QStringLiteral("output")))
        return writeToFile(data, parser.value(QStringLiteral("output")), parser.isSet(QStringLiteral("force")), context);
    return writeToStandardOutput(data, document.isBinary, context);
}

} // namespace mailsetup::cli
