// Many jobs that share one cause, reported as one finding (issue 15): the
// count and a sample of names in the message, the first job as the place.
#pragma once

#include <string>
#include <vector>

#include "lint/finding.h"
#include "lint/model/job.h"

namespace prowlint {

/// `3 jobs ("a", "b", "c")`, `1 presubmit ("a")`; up to three names, then
/// "and N more".
std::string CountedJobs(const std::vector<const Job*>& jobs, const std::string& singular = "job",
                        const std::string& plural = "jobs");

/// Records on `f` which jobs it is about (the one job's name when there is
/// one). REQUIRES: `jobs` is not empty.
void AttachJobs(Finding& f, const std::vector<const Job*>& jobs);

}  // namespace prowlint
