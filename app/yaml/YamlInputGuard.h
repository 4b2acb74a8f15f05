// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailsetup {

/// Refuses YAML constructs a catalog never needs but an attacker could use against the parser.
///
/// Aliases (`*name`) let a few kilobytes expand into billions of nodes ("billion laughs");
/// catalogs have no use for them, so they are refused before the document is built. yaml-cpp
/// itself stops at a nesting depth of 2000 (DeepRecursion), which the normal parse reports.
class YamlInputGuard
{
public:
    struct Refusal {
        int line = 0;
        int column = 0;
        QString message;
    };

    [[nodiscard]] static std::optional<Refusal> check(const QByteArray &yaml);
};

} // namespace mailsetup
