// Flags pod-utility images (clonerefs, initupload, entrypoint, sidecar) that
// the controllers cannot run, or that lag behind them. Why: see
// rules/pod_utilities_skew.md.
#include <set>

#include "lint/prow_images.h"
#include "lint/text.h"
#include "lint/version_findings.h"
#include "lint/version_table.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class PodUtilitiesSkew final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "pod-utilities-skew",
        "The pod-utility images decorated jobs get are older than the controllers, or across "
        "a change the controllers and utilities must make together.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const std::optional<ProwVersion>& controllers = analysis.target.version;
    if (!controllers || controllers->date == 0) return;
    std::set<Position> seen;
    auto check = [&](const std::vector<std::pair<std::string, Located<std::string>>>& images) {
      for (const auto& [utility, image] : images)
        if (seen.insert(image.pos).second) CheckImage(analysis, *controllers, utility, image, sink);
    };
    for (const DecorationDefault& d : analysis.deploy.config.decoration_defaults)
      check(d.config.utility_images);
    for (const Job& job : analysis.deploy.jobs)
      if (job.decoration_config) check(job.decoration_config->utility_images);
  }

 private:
  static void CheckImage(const Analysis& analysis, const ProwVersion& controllers,
                         const std::string& utility, const Located<std::string>& image,
                         FindingSink& sink) {
    const ImageRef ref = ParseImageRef(image.value);
    std::string error;
    const std::optional<ProwVersion> v =
        ref.tag.empty() ? std::nullopt : ParseProwVersion(ref.tag, error);
    if (!v || v->date == 0) return;  // prow-image-latest
    const std::optional<ProwVersion> ctrl = controllers;
    const std::string who = ControllerName(analysis) + " " + controllers.tag;
    // The utility and its image without the tag: what the findings are about.
    const Subject subject{"utility " + utility + " image " + ref.repository, ""};

    // A break the two sides must cross together: the side that has the
    // change against the side that lacks it.
    auto crossed = [&](SkewBreak what, const std::optional<ProwVersion>& has,
                       const std::optional<ProwVersion>& lacks) {
      const SkewRow& row = Skew(what);
      const Presence a = Contains(has, row.boundary);
      const Presence b = Contains(lacks, row.boundary);
      if (a == Presence::kNo || b == Presence::kYes) return Presence::kNo;
      if (a == Presence::kYes && b == Presence::kNo && IsSure(row.certainty)) return Presence::kYes;
      return Presence::kMaybe;
    };
    std::string problem;
    SkewBreak what{};
    Presence p = Presence::kNo;
    if (utility == "entrypoint") {
      if ((p = crossed(SkewBreak::kControllersNeedCopyModeEntrypoint, ctrl, v)) != Presence::kNo) {
        what = SkewBreak::kControllersNeedCopyModeEntrypoint;
        problem = who + " starts the entrypoint image with --copy-mode-only, which entrypoint " +
                  v->tag + " does not know";
      } else if ((p = crossed(SkewBreak::kKoUtilitiesNeedCopyModeControllers, v, ctrl)) !=
                 Presence::kNo) {
        what = SkewBreak::kKoUtilitiesNeedCopyModeControllers;
        problem = "entrypoint " + v->tag + " is a ko image without /entrypoint, which " + who +
                  " copies with /bin/cp";
      }
    } else {
      // A ko image (TI#25281) lacks /clonerefs, /initupload and /sidecar,
      // which controllers before TI#25301 run as the command.
      const Presence ko =
          Contains(v, Skew(SkewBreak::kKoUtilitiesNeedCopyModeControllers).boundary);
      const Presence old_ctrl = crossed(SkewBreak::kControllersUseImageEntrypoints, v, ctrl);
      if (ko != Presence::kNo && old_ctrl != Presence::kNo) {
        what = SkewBreak::kControllersUseImageEntrypoints;
        p = ko == Presence::kYes ? old_ctrl : Presence::kMaybe;
        problem = utility + " " + v->tag + " is a ko image without /" + utility + ", which " + who +
                  " runs as its command";
      }
    }
    if (p != Presence::kNo) {
      const SkewRow& row = Skew(what);
      Finding& f = sink.Report(
          p == Presence::kYes ? Severity::kError : Severity::kWarning, image.pos,
          (p == Presence::kYes ? "" : "it may be that ") + problem +
              ", so every decorated pod fails to initialize (" + SourceText(row.source) + ", " +
              DayText(row.boundary.day) + ")",
          "use pod utilities and controllers on the same side of " + DayText(row.boundary.day) +
              (row.boundary.first_with.empty()
                   ? std::string()
                   : " (" + std::string(row.boundary.first_with) + " or later for both)"));
      f.subject = subject;
      if (analysis.target.scheduler)
        f.related.push_back({analysis.target.scheduler->image.pos, who + " runs here"});
      return;
    }
    if (v->date < controllers.date) {
      Finding& f =
          sink.Report(image.pos,
                      utility + " " + v->tag + " is older than " + who +
                          ": the pod utilities lag the controllers that decorate jobs with them",
                      "bump the utility images with the controllers, to " + controllers.tag);
      f.subject = subject;
      if (analysis.target.scheduler)
        f.related.push_back({analysis.target.scheduler->image.pos, who + " runs here"});
    }
  }

  static std::string ControllerName(const Analysis& analysis) {
    return analysis.target.scheduler ? analysis.target.scheduler->name : std::string("Prow");
  }
};

}  // namespace

std::unique_ptr<Rule> NewPodUtilitiesSkew() { return std::make_unique<PodUtilitiesSkew>(); }

}  // namespace prowlint::rules
