// SPDX-License-Identifier: Apache-2.0
// Shared by the version rules: where a finding about a Prow version points
// (the image line a bump PR changes) and how table values read in messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lint/engine/analysis.h"
#include "lint/model/finding.h"
#include "lint/prow/version_table.h"

namespace prowlint {

/// Where a finding about the judged version points (rules/support/anchor.h): the
/// scheduling component's image line, else the credentials given, else
/// nowhere (Known() false: say it as a note instead).
/// `job` and `config` are places in the repository the finding also
/// concerns (the first job it hits, the config line behind it), chosen
/// before the credentials when there are no manifests.
Position VersionAnchor(const Analysis& analysis, Position job = {}, Position config = {});

/// The first job (by file and line) on `alias`, or any job when `alias` is
/// empty: where a finding about every such job can sit.
Position FirstJobOn(const Analysis& analysis, std::string_view alias);

/// 20260101 for "2026-01-01"; nullopt without a valid run date (every CLI
/// run has one).
std::optional<Day> RunDay(const std::string& iso);

/// Adds the scheduling component's credential places (its --kubeconfig,
/// --build-cluster or KUBECONFIG) to `f` as related locations.
void AddCredentialPlaces(const Analysis& analysis, Finding& f);

/// "deck", or "deck (Deployment \"deck-private\")" when the workload has
/// another name: how messages name a component.
std::string ComponentWho(const Component& c);

/// "component deck" (with the workload as ComponentWho names it): a
/// component's identity in a finding's subject, the same whatever its tag.
std::string ComponentSubject(const Component& c);


}  // namespace prowlint
