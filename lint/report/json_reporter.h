// One JSON object on stdout: findings (each with its subject, and with a base
// compared whether it is new), notes, summary (and input errors).
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

void WriteJson(const Report& report, std::ostream& out);

}  // namespace prowlint
