// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

namespace oi::sim {

int engineVersion()
{
    return 1;
}

} // namespace oi::sim
