// See job_group.h.
#include "lint/job_group.h"

#include "lint/text.h"

namespace prowlint {

std::string CountedJobs(const std::vector<const Job*>& jobs, const std::string& singular,
                        const std::string& plural) {
  std::vector<std::string> names;
  for (const Job* j : jobs) names.push_back(j->name.value);
  return Count(jobs.size(), singular, plural) + " (" + SampleNames(names) + ")";
}

void AttachJobs(Finding& f, const std::vector<const Job*>& jobs) {
  if (jobs.size() == 1) f.job = jobs.front()->name.value;
}

}  // namespace prowlint
