// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/PriorityRace.h"

namespace mailsetup::PriorityRace {

Decision decide(const QList<Slot> &slots)
{
    for (qsizetype i = 0; i < slots.size(); ++i) {
        switch (slots.at(i)) {
        case Slot::Pending:
            return {Decision::Action::Wait, -1};
        case Slot::Answered:
            return {Decision::Action::Take, i};
        case Slot::Empty:
            break;
        }
    }
    return {Decision::Action::NoAnswer, -1};
}

} // namespace mailsetup::PriorityRace
