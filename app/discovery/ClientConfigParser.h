// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Language.h"
#include "model/Provider.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace mailsetup {

/// Reads Thunderbird's autoconfig format (`clientConfig version="1.1"`, formats.md §1) into a
/// Provider: the single clientConfig parser of the program, for downloaded autoconfig/ISPDB
/// answers and for anything else that reads such files.
///
/// Hostile input is expected: the text is size-capped, a DOCTYPE (and with it every entity
/// trick) is refused, the XML must be well-formed. Unknown elements are ignored (the format's
/// must-ignore rule); servers Thunderbird would reject are skipped with a reason, and a file
/// without a usable incoming and outgoing server is refused.
class ClientConfigParser
{
public:
    /// Larger documents are refused unread; real files are a few kilobytes.
    static constexpr qsizetype kMaxBytes = 1024 * 1024;

    enum class Error {
        None,
        TooLarge,
        Doctype,      ///< a DTD: never needed, only used for entity expansion attacks
        NotXml,       ///< not well-formed; `detail` has the parser's message
        WrongRoot,    ///< the root element is not <clientConfig>
        NoProvider,   ///< no <emailProvider>
        NoIncoming,   ///< no usable IMAP or POP3 server
        NoOutgoing,   ///< no usable SMTP server
    };

    struct Problem {
        Error error = Error::None;
        qint64 line = 0;
        qint64 column = 0;
        QString detail;

        [[nodiscard]] bool isProblem() const { return error != Error::None; }
        /// A sentence for the progress line ("the file is not valid XML (line 3): …").
        [[nodiscard]] QString message(Language language) const;
    };

    struct Result {
        std::optional<Provider> provider;
        Problem problem;
        /// Servers that were left out and why (English, for diagnostics).
        QStringList skipped;
    };

    [[nodiscard]] static Result parse(const QByteArray &xml);

    /// The ISPDB `<authentication>` value as our method (product.md mapping); case-sensitive
    /// like Thunderbird; std::nullopt for values we do not know.
    [[nodiscard]] static std::optional<AuthMethod> authMethodFromConfig(QStringView value);
    /// `<socketType>`: "SSL", "STARTTLS", "plain" (case-sensitive).
    [[nodiscard]] static std::optional<Security> securityFromConfig(QStringView value);
};

} // namespace mailsetup
