// SPDX-License-Identifier: Apache-2.0
// Flags jobs that run Prow's own tools from an image the deployed
// controllers cannot work with: a newer ProwJob writer across a format
// change, a command path the tag no longer has, or a staging tag old enough
// to be garbage-collected. One finding per image and cause, listing every
// job that runs it. Why: see rules/prow_tool_image_skew.md.
#include "lint/base/calendar.h"
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "lint/prow/prow_images.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ProwToolImageSkew final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-tool-image-skew",
        "A job runs one of Prow's tools from an image that does not fit the deployed Prow: a "
        "newer ProwJob writer across a format change, a command path the tag no longer has, "
        "or a staging tag old enough to be garbage-collected.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Job& job : analysis.deploy.jobs) {
      if (!job.spec) continue;
      for (const auto* list : {&job.spec->init_containers, &job.spec->containers}) {
        for (const Container& c : *list) {
          if (c.image.value.empty()) continue;
          CheckContainer(analysis, job, c, sink);
        }
      }
    }
  }

 private:
  static void CheckContainer(const Analysis& analysis, const Job& job, const Container& c,
                             FindingSink& sink) {
    const ImageRef ref = ParseImageRef(c.image.value);
    std::string tool = ProwComponentName(ref, analysis.deploy.manifests.prow_image_prefixes);
    const CollectedRegistry* staging = nullptr;
    for (const CollectedRegistry& r : CollectedRegistries()) {
      if (ref.repository.rfind(r.prefix, 0) != 0) continue;
      staging = &r;
      if (tool.empty()) tool = ref.repository.substr(r.prefix.size());
    }
    if (tool.empty() || ref.tag.empty()) return;
    std::string error;
    const std::optional<ProwVersion> v = ParseProwVersion(ref.tag, error);
    if (!v || v->date == 0) return;
    const std::optional<ProwVersion>& controllers = analysis.target.version;
    const std::string image = tool + " " + v->tag;
    // Each job's share of a cause; the engine makes one finding of each
    // image's shares, listing every job that runs it.
    auto report = [&](Severity severity, Position pos, const std::string& object,
                      const std::string& what, std::string hint) {
      Finding& f = sink.Report(severity, pos, "job " + Quote(job.name.value) + " runs " + what,
                               std::move(hint));
      ShareCause(f, JobRefOf(job, pos, job.alias.value), {object, ""},
                 {"", "jobs", " run " + what});
    };

    // knative/test-infra#801: a newer mkpj wrote a duration string the
    // deployed plank could not read.
    if (WritesProwJobs(tool) && controllers && controllers->date != 0) {
      const SkewRow& row = Skew(SkewBreak::kDurationStrings);
      const Presence writer = Contains(v, row.boundary);
      const Presence reader = Contains(controllers, row.boundary);
      if (writer != Presence::kNo && reader != Presence::kYes) {
        const bool sure = writer == Presence::kYes && reader == Presence::kNo;
        report(sure ? Severity::kError : Severity::kWarning, c.image.pos,
               "ProwJob writer " + ref.repository,
               image + (sure ? ", which writes" : ", which may write") +
                   " decoration timeouts as duration strings (" + SourceText(row.source) +
                   ") that the deployed " + controllers->tag +
                   " cannot read: it stops listing every ProwJob",
               "run " + tool + " from " + controllers->tag + ", the controllers' tag");
      }
    }
    // metal3-io/project-infra#590: ko images have no /app/... or /<tool>.
    if (!c.command.empty()) {
      const std::string& path = c.command.front().value;
      const bool bazel_path = path.rfind("/app/", 0) == 0 || path == "/" + tool;
      const SkewRow& row = Skew(SkewBreak::kKoCommandPaths);
      const Presence ko = Contains(v, row.boundary);
      if (bazel_path && ko != Presence::kNo) {
        const bool sure = ko == Presence::kYes;
        report(sure ? Severity::kError : Severity::kWarning, c.command.front().pos,
               "command " + path + " in " + ref.repository,
               "command " + Quote(path) +
                   (sure ? ", which does not exist" : ", which may not exist") + " in " + image +
                   ": images are built with ko since " + DayText(row.boundary.day) + " (" +
                   SourceText(row.source) + "), with the binary on PATH",
               "run " + Quote(tool) + " instead of " + Quote(path));
      }
    }
    // kubevirt/project-infra#4967: a staging tag was garbage-collected. The
    // registry deletes by age on the clock, whatever Prow is deployed, so the
    // age is counted to the run date: a deployment that never bumps loses
    // its tags all the same.
    const std::optional<Day> today = RunDay(analysis.run.today);
    if (staging && today && KnownComponent(tool)) {
      const int age = DaysBetween(v->date, *today);
      if (age > staging->max_age_days)
        report(Severity::kWarning, c.image.pos, "staging image " + ref.repository,
               image + ", " + std::to_string(age) + " days old on " + analysis.run.today +
                   " (the run date), from a staging registry that deletes images after " +
                   std::to_string(staging->max_age_days) + " days (" + SourceText(staging->source) +
                   "): it may no longer be pullable",
               "use a recent tag, or an image from a production registry");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwToolImageSkew() { return std::make_unique<ProwToolImageSkew>(); }

}  // namespace prowlint::rules
