// SPDX-License-Identifier: Apache-2.0
// SARIF 2.1.0, as GitHub code scanning accepts it.
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

/// One run: the driver with every rule (id, descriptions, help from its doc,
/// default level), results with physical and related locations, suppressed
/// findings with their justification, and input errors as notifications.
void WriteSarif(const Report& report, std::ostream& out);

/// The first paragraph under "## Why it matters" in a rule doc.
std::string WhyParagraph(const std::string& doc);

}  // namespace prowlint
