// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandParser.h"

namespace mailsetup::cli {

namespace {

constexpr int kWidth = 80;
/// Names longer than this start their description on the next line rather than squeeze it.
constexpr int kMaxNameColumn = 28;

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString syntax = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <%1>").arg(option.valueName());
    return syntax;
}

/// "  NAME  DESCRIPTION" rows with the descriptions in one column.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype column = 0;
    for (const auto &[name, description] : rows) {
        if (name.size() <= kMaxNameColumn)
            column = std::max(column, name.size());
    }
    const int indent = int(column) + 4;
    QString text;
    for (const auto &[name, description] : rows) {
        const QString lead = QStringLiteral("  ") + name;
        if (name.size() > column)
            text += lead + u'\n' + CommandParser::wrap(description, kWidth, indent);
        else
            text += CommandParser::wrap(description, kWidth, indent, lead);
    }
    return text;
}

} // namespace

bool CommandParser::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
    return QCommandLineParser::addOption(option);
}

bool CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    bool added = true;
    for (const QCommandLineOption &option : options)
        added = addOption(option) && added;
    return added;
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description)
{
    m_arguments.append({name, description});
    QCommandLineParser::addPositionalArgument(name, description);
}

QString CommandParser::helpText(const QString &command) const
{
    QString text = QStringLiteral("Usage: mailsetup %1 [options]").arg(command);
    for (const Argument &argument : m_arguments)
        text += u' ' + argument.name;
    text += u'\n' + wrap(applicationDescription(), kWidth) + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : m_options)
        rows.append({optionSyntax(option), option.description()});
    text += QStringLiteral("Options:\n") + table(rows);
    if (!m_arguments.isEmpty()) {
        rows.clear();
        for (const Argument &argument : m_arguments)
            rows.append({argument.name, argument.description});
        text += QStringLiteral("\nArguments:\n") + table(rows);
    }
    return text;
}

QString CommandParser::wrap(const QString &text, int width, int indent, const QString &lead)
{
    QString result;
    QString line = lead.leftJustified(indent);
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const bool lineHasWords = line.size() > indent;
        if (lineHasWords && line.size() + 1 + word.size() > width) {
            result += line + u'\n';
            line = QString(indent, u' ');
        } else if (lineHasWords) {
            line += u' ';
        }
        line += word;
    }
    return result + line + u'\n';
}

} // namespace mailsetup::cli
