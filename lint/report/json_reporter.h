// SPDX-License-Identifier: Apache-2.0
// One JSON object on stdout: findings (each with its subject, and with a base
// compared whether it is new), notes, summary (and input errors); with a
// base compared, `fixed`: the base's findings the change fixes.
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

void WriteJson(const Report& report, std::ostream& out);

}  // namespace prowlint
