// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace mailsetup {

/// The rule that lets parallel sources answer as early as their priority allows.
///
/// Sources are listed highest priority first. An answer is taken as soon as every source above
/// it has given up (answered nothing, failed or timed out); until then the race waits, even if
/// a lower source already has an answer.
namespace PriorityRace {

enum class Slot {
    Pending,  ///< still running
    Answered, ///< has a usable answer
    Empty,    ///< done without one
};

struct Decision {
    enum class Action { Wait, Take, NoAnswer };
    Action action = Action::Wait;
    qsizetype index = -1; ///< the source to take, for Action::Take
};

[[nodiscard]] Decision decide(const QList<Slot> &slots);

} // namespace PriorityRace

} // namespace mailsetup
