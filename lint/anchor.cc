// See anchor.h.
#include "lint/anchor.h"

namespace prowlint {

Position ChooseAnchor(const Analysis& analysis, const AnchorChoices& c) {
  const SourceSet& sources = analysis.deploy.sources;
  // Best first. A version-dependent finding would put the manifest line that
  // sets the version first; no input gives one yet.
  const Position candidates[] = {c.job, c.config, c.credentials};
  for (const Position& p : candidates)
    if (p.Known() && !sources.Sensitive(p.file)) return p;
  for (const Position& p : candidates)
    if (p.Known()) return p;
  return {};
}

}  // namespace prowlint
