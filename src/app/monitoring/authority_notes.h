#pragma once
// An authority's texts for its yearly report (yearly_report.h): how it used the results in
// management and personnel work, and what it did to popularise the assessment.
#include "core/result.h"
#include "domain/staff/access.h"
#include "store/monitoring_store.h"

namespace nok::monitoring {

// The longest text, in characters: a few pages, as the federal form leaves room for.
inline constexpr std::size_t kMaxNotesLetters = 10000;

// Saves both texts of `authority_id` for `year` with an audit line by `actor`, after the
// checks: the actor may write them (forbidden: notes_forbidden), each text is valid UTF-8
// and at most kMaxNotesLetters long once trimmed (invalid, naming the first field that
// fails: notes_too_long, notes_bad_text; the field results_use or popularisation).
Result<Ok> save_authority_notes(MonitoringStore& monitoring, const staff::StaffUser& actor, std::int64_t authority_id,
                                int year, const MonitoringNotes& notes);

}  // namespace nok::monitoring
