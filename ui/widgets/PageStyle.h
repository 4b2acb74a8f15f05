// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGroupBox;
class QLabel;

namespace mailsetup::ui {

/// The few style sheets the pages share, so that warnings look the same everywhere. Boxes use
/// fixed light colours with dark text: readable in light and dark desktop themes alike.
namespace PageStyle {

enum class Tone { Neutral, Good, Problem };

/// Background colours of the two kinds of boxes, for places that draw them as HTML.
inline constexpr auto kAttentionBackground = "#fff4cc";
inline constexpr auto kInfoBackground = "#e6f0fb";

/// An amber box for things the user must act on; `objectName` limits the rule to that widget.
[[nodiscard]] QString attentionBox(const QString &objectName);
/// A blue box for plain information.
[[nodiscard]] QString infoBox(const QString &objectName);
/// Text colour for an inline state ("found", "invalid address").
[[nodiscard]] QString toneText(Tone tone);
/// A flat button that looks like a link (e.g. "Did you mean gmx.de?").
[[nodiscard]] QString linkButton();
/// Makes a label's font larger and bold (provider name, section titles).
void makeProminent(QLabel *label, double scale = 1.3);
/// Makes a group box's title bold while its contents keep the normal font.
void makeTitleBold(QGroupBox *group);

} // namespace PageStyle

} // namespace mailsetup::ui
