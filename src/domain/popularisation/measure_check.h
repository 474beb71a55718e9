#pragma once
// What an official types for one measure of the plan, and the checks it must pass before it
// is stored. No I/O: dates come in as text (YYYY-MM-DD).
#include <string>

#include "core/error.h"

namespace nok::popularisation {

// Limits in characters: long enough for a real title or a person and their unit, short
// enough for a table cell and a line of the yearly report.
inline constexpr std::size_t kTitleMax = 300;
inline constexpr std::size_t kResponsibleMax = 200;
inline constexpr std::size_t kEvidenceMax = 2000;

// One measure as the form posts it: the type's code (measure_types()), what is done, from
// and to which day, who answers for it (a person, a unit or both, as free text) and,
// optionally, where it can be seen (a publication, a post, a photo report).
struct MeasureDraft {
  std::string type;
  std::string title;
  std::string starts_on;
  std::string ends_on;
  std::string responsible;
  std::string evidence_url;
};

// The draft with white space trimmed at both ends of every field.
MeasureDraft trimmed(MeasureDraft draft);

// Errors name the form field in `column` (type, title, starts_on, ends_on, responsible,
// evidence_url) with a Russian message: an unknown type; an empty, too long or unprintable
// title or responsible; dates that are not real days, fall outside `year` or end before
// they start; an evidence link that is not an http or https address (javascript:, data: and
// the like are refused, since the link is shown to others), too long or with spaces.
Errors check_measure(const MeasureDraft& draft, int year);

}  // namespace nok::popularisation
