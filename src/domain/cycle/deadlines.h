#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The deadline calendar of a cycle (docs/domain.md#monitoring-letter): the council has one
// month from the operator's materials; the authority publishes within one month of the
// council's decision and in any case by 1 December of the year; plans to remove
// deficiencies are due by 31 March of the next year. Dates are ISO "YYYY-MM-DD"; the
// caller says what day it is (no clock in the domain).
namespace nok::cycle {

enum class DeadlineKind { council_decision, publication, plans };

enum class DeadlineStatus {
  upcoming,   // not yet due, more than a week left
  soon,       // due within a week: reminders go out
  overdue,    // due date passed and not done
  met,        // done by the due date
  late,       // done after the due date
  not_started // the step it counts from has not happened (no council deadline before materials)
};

struct Deadline {
  DeadlineKind kind;
  std::string due;      // empty when not_started
  std::string done_on;  // empty until done
  DeadlineStatus status = DeadlineStatus::upcoming;
};

// What happened in the cycle so far, as ISO dates or times (only the date part is read).
struct CycleDates {
  int year = 0;
  std::string submitted;  // materials handed to the council (the latest edition)
  std::string approved;   // the council's approval
  std::string published;  // publication by the authority
  std::string plans_done; // every organisation's plan approved (empty otherwise)
};

std::vector<Deadline> deadlines(const CycleDates& dates, std::string_view today);

// One deadline judged against `today`: without a due date not_started; done by it met,
// after it late; not done, overdue once it passed, else soon or upcoming.
Deadline judge(DeadlineKind kind, std::string due, std::string_view done, std::string_view today);

// Whole days from `from` to `to` (negative when `to` is earlier); only the date part of each
// is read; nullopt for a text that is not a date.
std::optional<int> days_between(std::string_view from, std::string_view to);

// "YYYY-MM-DD" one calendar month later (31 January → 28/29 February); empty for a bad date.
std::string plus_one_month(std::string_view iso_date);

std::string_view title(DeadlineKind kind);
std::string_view title(DeadlineStatus status);
std::string_view code(DeadlineKind kind);
std::string_view code(DeadlineStatus status);

}  // namespace nok::cycle
