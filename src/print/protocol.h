#pragma once
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/cycle/results.h"

namespace nok::print {

// What a public council's protocol records: whose council, which year and
// edition, the decision with its comments and date, the digest of the materials it was
// taken on, and per organisation the total, the deficiencies and the council's proposals.
struct Protocol {
  std::string authority;
  int year = 0;
  int edition = 1;
  bool approved = false;
  std::string comments;
  std::string decided_on;  // "24.11.2026"
  std::string decided_by;
  std::string digest;
  std::vector<cycle::OrganisationResult> results;
};

// An A4 PDF in PT Serif, as many pages as the text needs; long texts wrap, never overflow.
Result<std::string> render_protocol(const Protocol& protocol);

}  // namespace nok::print
