// SPDX-License-Identifier: Apache-2.0
// Flags pod-utility images (clonerefs, initupload, entrypoint, sidecar) that
// the controllers cannot run, or that lag behind them: one finding per cause
// and tag, however many utilities and places share it. Why: see
// rules/pod_utilities_skew.md.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "lint/base/text.h"
#include "lint/prow/prow_images.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

// What is wrong with one utility image.
enum class Problem {
  kCopyModeUnknown,  // controllers pass --copy-mode-only to an older entrypoint
  kKoEntrypoint,     // a ko entrypoint under controllers that /bin/cp /entrypoint
  kKoCommands,       // ko clonerefs/initupload/sidecar under controllers that run /<name>
  kLags,             // older than the controllers, nothing broken
};

// One utility image's share of a cause; shares with the same problem,
// certainty and tag are one finding.
struct Share {
  Problem problem;
  bool sure;  // false: "it may be that" (a tag of a boundary's day)
  std::string tag;
  std::string utility;
  Position pos;
};

// The order a decoration config lists them in, for messages.
constexpr const char* kUtilities[] = {"clonerefs", "initupload", "entrypoint", "sidecar"};

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
    std::map<std::tuple<Problem, bool, std::string>, std::vector<Share>> causes;
    auto judge = [&](const std::vector<std::pair<std::string, Located<std::string>>>& images) {
      for (const auto& [utility, image] : images) {
        if (!seen.insert(image.pos).second) continue;
        if (std::optional<Share> s = Judge(*controllers, utility, image))
          causes[{s->problem, s->sure, s->tag}].push_back(std::move(*s));
      }
    };
    for (const DecorationDefault& d : analysis.deploy.config.decoration_defaults)
      judge(d.config.utility_images);
    for (const Job& job : analysis.deploy.jobs)
      if (job.decoration_config) judge(job.decoration_config->utility_images);
    for (auto& [key, shares] : causes) Report(analysis, *controllers, shares, sink);
  }

 private:
  static std::optional<Share> Judge(const ProwVersion& controllers, const std::string& utility,
                                    const Located<std::string>& image) {
    const ImageRef ref = ParseImageRef(image.value);
    std::string error;
    const std::optional<ProwVersion> v =
        ref.tag.empty() ? std::nullopt : ParseProwVersion(ref.tag, error);
    if (!v || v->date == 0) return std::nullopt;  // prow-image-latest
    const std::optional<ProwVersion> ctrl = controllers;
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
    auto share = [&](Problem problem, Presence p) {
      return Share{problem, p == Presence::kYes, v->tag, utility, image.pos};
    };
    if (utility == "entrypoint") {
      if (Presence p = crossed(SkewBreak::kControllersNeedCopyModeEntrypoint, ctrl, v);
          p != Presence::kNo)
        return share(Problem::kCopyModeUnknown, p);
      if (Presence p = crossed(SkewBreak::kKoUtilitiesNeedCopyModeControllers, v, ctrl);
          p != Presence::kNo)
        return share(Problem::kKoEntrypoint, p);
    } else {
      // A ko image (TI#25281) lacks /clonerefs, /initupload and /sidecar,
      // which controllers before TI#25301 run as the command.
      const Presence ko =
          Contains(v, Skew(SkewBreak::kKoUtilitiesNeedCopyModeControllers).boundary);
      const Presence old_ctrl = crossed(SkewBreak::kControllersUseImageEntrypoints, v, ctrl);
      if (ko != Presence::kNo && old_ctrl != Presence::kNo)
        return share(Problem::kKoCommands, ko == Presence::kYes ? old_ctrl : Presence::kMaybe);
    }
    if (v->date < controllers.date) return share(Problem::kLags, Presence::kYes);
    return std::nullopt;
  }

  // One finding for `shares` (one problem, certainty and tag): at the first
  // place, the others related.
  static void Report(const Analysis& analysis, const ProwVersion& controllers,
                     std::vector<Share>& shares, FindingSink& sink) {
    const SourceSet& sources = analysis.deploy.sources;
    std::sort(shares.begin(), shares.end(), [&](const Share& a, const Share& b) {
      return std::make_tuple(std::cref(sources.Path(a.pos.file)), a.pos.line, a.pos.column) <
             std::make_tuple(std::cref(sources.Path(b.pos.file)), b.pos.line, b.pos.column);
    });
    const Share& first = shares.front();
    std::vector<std::string> names;  // each utility once, in kUtilities order
    for (const char* u : kUtilities)
      for (const Share& s : shares)
        if (s.utility == u) {
          names.push_back(u);
          break;
        }
    const bool one = names.size() == 1;
    const std::string who = (analysis.target.scheduler ? analysis.target.scheduler->name : "Prow") +
                            " " + controllers.tag;
    const std::string utilities = JoinAnd(names) + " " + first.tag;
    Finding* f = nullptr;
    if (first.problem == Problem::kLags) {
      f = &sink.Report(first.pos,
                       utilities + (one ? " is" : " are") + " older than " + who +
                           ": the pod utilities lag the controllers that decorate jobs with them",
                       "bump the utility images with the controllers, to " + controllers.tag);
      f->subject.object = "pod utilities behind the controllers";
    } else {
      std::string problem;
      SkewBreak what{};
      switch (first.problem) {
        case Problem::kCopyModeUnknown:
          what = SkewBreak::kControllersNeedCopyModeEntrypoint;
          problem = who + " starts the entrypoint image with --copy-mode-only, which " + utilities +
                    " does not know";
          break;
        case Problem::kKoEntrypoint:
          what = SkewBreak::kKoUtilitiesNeedCopyModeControllers;
          problem = utilities + " is a ko image without /entrypoint, which " + who +
                    " copies with /bin/cp";
          break;
        default: {
          what = SkewBreak::kControllersUseImageEntrypoints;
          std::vector<std::string> paths;
          for (const std::string& n : names) paths.push_back("/" + n);
          problem = utilities + (one ? " is a ko image" : " are ko images") + " without " +
                    JoinAnd(paths) + ", which " + who + " runs as " +
                    (one ? "its command" : "their commands");
        }
      }
      const SkewRow& row = Skew(what);
      f = &sink.Report(
          first.sure ? Severity::kError : Severity::kWarning, first.pos,
          (first.sure ? "" : "it may be that ") + problem +
              ", so every decorated pod fails to initialize (" + SourceText(row.source) + ", " +
              DayText(row.boundary.day) + ")",
          "use pod utilities and controllers on the same side of " + DayText(row.boundary.day) +
              (row.boundary.first_with.empty()
                   ? std::string()
                   : " (" + std::string(row.boundary.first_with) + " or later for both)"));
      f->subject.object = std::string("pod utilities across ") + SourceText(row.source);
    }
    for (std::size_t i = 1; i < shares.size(); ++i)
      f->related.push_back({shares[i].pos, shares[i].utility + " " + shares[i].tag + " here"});
    if (analysis.target.scheduler)
      f->related.push_back({analysis.target.scheduler->image.pos, who + " runs here"});
  }
};

}  // namespace

std::unique_ptr<Rule> NewPodUtilitiesSkew() { return std::make_unique<PodUtilitiesSkew>(); }

}  // namespace prowlint::rules
