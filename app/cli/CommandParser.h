// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace mailsetup::cli {

/// A command's parser that remembers what it was given, so that its help is laid out here: at
/// most 80 columns, and a word (a URL above all) is never split, which QCommandLineParser's own
/// help does in a narrow description column.
class CommandParser final : public QCommandLineParser
{
public:
    bool addOption(const QCommandLineOption &option);
    bool addOptions(const QList<QCommandLineOption> &options);
    void addPositionalArgument(const QString &name, const QString &description);

    /// The help of `mailsetup COMMAND`.
    [[nodiscard]] QString helpText(const QString &command) const;

    /// `text` as lines of at most `width` columns, each after `indent` spaces; the first line
    /// starts with `lead` padded to `indent`. Breaks only at spaces, so a longer word gets a line
    /// of its own.
    [[nodiscard]] static QString wrap(const QString &text, int width, int indent = 0, const QString &lead = {});

private:
    struct Argument {
        QString name;
        QString description;
    };
    QList<QCommandLineOption> m_options;
    QList<Argument> m_arguments;
};

} // namespace mailsetup::cli
