#pragma once
// The plan to remove deficiencies (ПП РФ № 457): its items by criteria I–V, the progress
// reports on them and the states the plan goes through. No I/O: dates come in as text.
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace nok::plans {

// draft → submitted → approved, or submitted → returned → submitted again. The organisation
// edits a draft or a returned plan; an authority official decides on a submitted one; an
// approved plan is published and takes progress reports.
enum class State { draft, submitted, returned, approved };

std::string_view code(State state);  // as stored in plans.state
std::optional<State> parse_state(std::string_view code);
std::string_view title(State state);  // «черновик», «на утверждении», …
inline bool editable(State state) { return state == State::draft || state == State::returned; }

inline constexpr int kCriteria = 5;
// Limits in code points: long enough for a real measure, short enough for a table cell.
inline constexpr std::size_t kTextMax = 1000;       // deficiency, measure
inline constexpr std::size_t kPersonMax = 200;      // responsible name, position
inline constexpr std::size_t kReportMax = 2000;     // measures taken
inline constexpr std::size_t kCommentMax = 2000;    // an official's reason to return a plan

// "I" … "V" for criteria 1–5, empty otherwise.
std::string_view roman(int criterion);
// The name of general criterion 1–5 (of the Unified procedure's title), empty otherwise.
std::string criterion_title(int criterion);

// One row of the plan as the organisation types it. `planned_date` is YYYY-MM-DD.
struct ItemDraft {
  int criterion = 0;
  std::string deficiency;
  std::string measure;
  std::string planned_date;
  std::string responsible_name;
  std::string responsible_position;
};

// What was done about an item and when (YYYY-MM-DD).
struct ProgressReport {
  std::string measures_taken;
  std::string actual_date;
};

// True for a real calendar date written YYYY-MM-DD.
bool valid_date(std::string_view date);

// Errors name the form field in `column` (criterion, deficiency, measure, planned_date,
// responsible_name, responsible_position), with messages for the person. A planned date
// before `today` (YYYY-MM-DD) is refused: a plan promises what is still to be done.
Errors check_item(const ItemDraft& item, std::string_view today);
// measures_taken is required; actual_date is a real date not after `today`.
Errors check_report(const ProgressReport& report, std::string_view today);
// An official returning a plan says why (field `comment`).
Errors check_return_comment(std::string_view comment);

}  // namespace nok::plans
