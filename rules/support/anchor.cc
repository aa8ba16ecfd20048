// SPDX-License-Identifier: Apache-2.0
// See anchor.h.
#include "rules/support/anchor.h"

#include "lint/model/manifest.h"

namespace prowlint {

Position ChooseAnchor(const Analysis& analysis, const AnchorChoices& c) {
  const SourceSet& sources = analysis.deploy.sources;
  // A version-dependent finding is caused by the image line a bump PR
  // changes, when the manifests give one.
  Position version;
  if (c.version_dependent && analysis.target.scheduler)
    version = analysis.target.scheduler->image.pos;
  // Best first; never a sensitive file (credentials) while another is known.
  const Position candidates[] = {version, c.job, c.config, c.credentials};
  for (const Position& p : candidates)
    if (p.Known() && !sources.Sensitive(p.file)) return p;
  for (const Position& p : candidates)
    if (p.Known()) return p;
  return {};
}

}  // namespace prowlint
