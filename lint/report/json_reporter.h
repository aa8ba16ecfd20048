// One JSON object on stdout: findings, notes, summary (and input errors).
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

void WriteJson(const Report& report, std::ostream& out);

}  // namespace prowlint
