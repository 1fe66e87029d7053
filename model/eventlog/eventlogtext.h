// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of everything model/eventlog/ says to people.
#pragma once

#include <QCoreApplication>

namespace oi::model::eventlog {

struct EventLogText
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)
};

} // namespace oi::model::eventlog
