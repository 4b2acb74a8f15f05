// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PageStyle.h"

#include <QGroupBox>
#include <QLabel>

namespace mailsetup::ui::PageStyle {

QString attentionBox(const QString &objectName)
{
    return QStringLiteral("#%1 { background: %2; border: 1px solid #d9a400; border-radius: 4px; padding: 6px; "
                          "color: #2b2100; } #%1 QLabel { color: #2b2100; }")
        .arg(objectName, QLatin1String(kAttentionBackground));
}

QString infoBox(const QString &objectName)
{
    return QStringLiteral("#%1 { background: %2; border: 1px solid #8fb3df; border-radius: 4px; padding: 6px; "
                          "color: #10243f; } #%1 QLabel { color: #10243f; }")
        .arg(objectName, QLatin1String(kInfoBackground));
}

QString toneText(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("color: #1b6e2d; font-weight: bold;");
    case Tone::Problem:
        return QStringLiteral("color: #a11a1a; font-weight: bold;");
    case Tone::Neutral:
        break;
    }
    return {};
}

QString linkButton()
{
    return QStringLiteral("QPushButton { color: #0b57b0; text-decoration: underline; text-align: left; border: none; "
                          "padding: 2px; } QPushButton:focus { outline: 1px dotted; background: #e6f0fb; }");
}

void makeProminent(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void makeTitleBold(QGroupBox *group)
{
    QFont normal = group->font();
    QFont bold = normal;
    bold.setBold(true);
    normal.setBold(false); // marks the weight as set, so the children do not inherit the bold title
    group->setFont(bold);
    for (QWidget *child : group->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        child->setFont(normal);
}

} // namespace mailsetup::ui::PageStyle
