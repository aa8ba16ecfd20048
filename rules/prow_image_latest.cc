// SPDX-License-Identifier: Apache-2.0
// Flags Prow images on `latest`, without a tag, or with a tag that names no
// Prow version. Why: see rules/prow_image_latest.md.
#include "lint/base/text.h"
#include "lint/prow/prow_images.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ProwImageLatest final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-image-latest",
        "A Prow image runs latest, no tag or a tag that names no Prow version, so what runs "
        "changes without a change to the repository and nothing version-dependent can be "
        "judged.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Component& c : analysis.deploy.manifests.components) {
      if (c.version && c.version->date != 0) continue;
      sink.Report(c.image.pos, ComponentWho(c) + " " + What(c.tag, c.digest_only),
                  "pin the image to a Prow tag (vYYYYMMDD-<sha>)")
          .subject = {"image of " + ComponentSubject(c), ""};
    }
    // Pod utilities plank adds to every decorated job.
    for (const DecorationDefault& d : analysis.deploy.config.decoration_defaults) {
      for (const auto& [utility, image] : d.config.utility_images) {
        const ImageRef ref = ParseImageRef(image.value);
        std::string error;
        const auto v = ref.tag.empty() ? std::nullopt : ParseProwVersion(ref.tag, error);
        if (v && v->date != 0) continue;
        if (ProwComponentName(ref, analysis.deploy.manifests.prow_image_prefixes).empty()) continue;
        sink.Report(image.pos,
                    "utility image " + utility + " " +
                        What(ref.tag, ref.tag.empty() && !ref.digest.empty()),
                    "pin the image to a Prow tag (vYYYYMMDD-<sha>)")
            .subject = {"utility image " + utility + " of the decoration default for repo " +
                            (d.repo.empty() ? "*" : d.repo),
                        ""};
      }
    }
  }

 private:
  static std::string What(const std::string& tag, bool digest_only) {
    if (digest_only) return "is pinned by digest only: its Prow version cannot be read";
    if (tag.empty()) return "has no tag, so it runs whatever latest is when the pod starts";
    if (tag == "latest" || tag.rfind("latest-", 0) == 0)
      return "runs " + Quote(tag) + ", which changes with every Prow build";
    return "runs tag " + Quote(tag) + ", which names no Prow version (vYYYYMMDD-<sha>)";
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwImageLatest() { return std::make_unique<ProwImageLatest>(); }

}  // namespace prowlint::rules
