// SPDX-License-Identifier: Apache-2.0
// Flags Prow controllers in the deploy that run a different tag from the
// component that schedules pods: one finding per pair of tags, however many
// controllers a partial bump left on the other one. Why: see
// rules/prow_version_mixed.md.
#include <algorithm>
#include <map>
#include <tuple>

#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ProwVersionMixed final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-version-mixed",
        "Prow's controllers in the deploy manifests run different tags, so they read one "
        "config and one set of ProwJobs with different code.",
        Severity::kWarning, static_cast<unsigned>(RuleTag::kVersion)};
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
    std::map<std::string, std::vector<const Component*>> by_tag;
    for (const Component* c : controllers) by_tag[c->version->tag].push_back(c);
    const std::string& tag = reference->version->tag;
    const std::vector<const Component*> same =
        by_tag.count(tag) ? by_tag[tag] : std::vector<const Component*>{reference};
    for (auto& [other, odd] : by_tag)
      if (other != tag) Report(analysis, *reference, same, odd, sink);
  }

 private:
  // One finding for the controllers `odd` on a tag other than the
  // reference's: at the first of their image lines (the line a bump PR
  // changed or missed), the others related.
  static void Report(const Analysis& analysis, const Component& reference,
                     const std::vector<const Component*>& same, std::vector<const Component*>& odd,
                     FindingSink& sink) {
    const SourceSet& sources = analysis.deploy.sources;
    auto place = [&](const Component* c) {
      const Position& p = c->image.pos;
      return std::make_tuple(!p.Known(), p.Known() ? sources.Path(p.file) : std::string(), p.line,
                             p.column);
    };
    std::sort(odd.begin(), odd.end(),
              [&](const Component* a, const Component* b) { return place(a) < place(b); });
    const ProwVersion& ref = *reference.version;
    const ProwVersion& v = *odd.front()->version;
    const std::string relation = v.date < ref.date    ? "older"
                                 : v.date == ref.date ? "another build"
                                                      : "newer";
    Finding& f =
        sink.Report(odd.front()->image.pos,
                    Named(odd) + (odd.size() == 1 ? " runs " : " run ") + v.tag + ", " + relation +
                        " than " + Named(same) + " on " + ref.tag,
                    std::string(odd.size() == 1 ? "set the image tag" : "set their image tags") +
                        " to " + ref.tag + ", as for " + reference.name);
    // No tag: after the next partial bump it is the same cause.
    f.subject.object = "prow controllers on mixed tags";
    for (std::size_t i = 1; i < odd.size(); ++i)
      f.related.push_back({odd[i]->image.pos, ComponentWho(*odd[i]) + " runs " + v.tag + " here"});
    f.related.push_back({reference.image.pos, reference.name + " runs " + ref.tag + " here"});
  }

  // "hook", or "3 controllers (crier, deck and hook)".
  static std::string Named(const std::vector<const Component*>& components) {
    std::vector<std::string> names;
    for (const Component* c : components) names.push_back(ComponentWho(*c));
    std::sort(names.begin(), names.end());
    if (names.size() == 1) return names.front();
    return std::to_string(names.size()) + " controllers (" + JoinAnd(names) + ")";
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwVersionMixed() { return std::make_unique<ProwVersionMixed>(); }

}  // namespace prowlint::rules
