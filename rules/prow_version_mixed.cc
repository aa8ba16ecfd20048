// Flags Prow controllers in the deploy that run a different tag from the
// component that schedules pods. Why: see rules/prow_version_mixed.md.
#include <map>

#include "lint/text.h"
#include "lint/version_findings.h"
#include "lint/version_table.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ProwVersionMixed final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-version-mixed",
        "Prow's controllers in the deploy manifests run different tags, so they read one "
        "config and one set of ProwJobs with different code.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    std::vector<const Component*> controllers;
    for (const Component& c : analysis.deploy.manifests.components) {
      // Pod utilities, tools and external plugins follow their own tags.
      if (c.init_container || !IsController(c.name) || !c.version || c.version->date == 0) continue;
      controllers.push_back(&c);
    }
    if (controllers.size() < 2) return;
    // The reference: the scheduling component, else the most common tag.
    const Component* reference = analysis.target.scheduler;
    if (!reference || !reference->version || reference->version->date == 0) {
      std::map<std::string, int> count;
      reference = nullptr;
      for (const Component* c : controllers) {
        const int n = ++count[c->version->tag];
        if (!reference || n > count[reference->version->tag]) reference = c;
      }
    }
    const std::string& tag = reference->version->tag;
    for (const Component* c : controllers) {
      if (c == reference || c->version->tag == tag) continue;
      const bool older = c->version->date < reference->version->date;
      Finding& f = sink.Report(c->image.pos,
                               ComponentWho(*c) + " runs " + c->version->tag + ", " +
                                   (older                                          ? "older"
                                    : c->version->date == reference->version->date ? "another build"
                                                                                   : "newer") +
                                   " than " + reference->name + " " + tag,
                               "set the image tag to " + tag + ", as for " + reference->name);
      f.subject = {"version of " + ComponentSubject(*c), ""};
      f.related.push_back({reference->image.pos, reference->name + " runs " + tag + " here"});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwVersionMixed() { return std::make_unique<ProwVersionMixed>(); }

}  // namespace prowlint::rules
