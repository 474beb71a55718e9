#include "domain/cycle/deadlines.h"

#include <chrono>
#include <cstdio>

namespace nok::cycle {
namespace {

using namespace std::chrono;

std::optional<year_month_day> parse_date(std::string_view iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (iso.size() < 10 || std::sscanf(std::string(iso.substr(0, 10)).c_str(), "%d-%u-%u", &y, &m, &d) != 3)
    return std::nullopt;
  year_month_day date{year{y}, month{m}, day{d}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string format(const year_month_day& d) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return out;
}

std::string date_part(std::string_view iso) { return std::string(iso.substr(0, std::min<std::size_t>(10, iso.size()))); }

}  // namespace

// ISO dates compare as text.
Deadline judge(DeadlineKind kind, std::string due, std::string_view done, std::string_view today) {
  Deadline out{kind, std::move(due), date_part(done)};
  if (out.due.empty()) {
    out.status = DeadlineStatus::not_started;
  } else if (!out.done_on.empty()) {
    out.status = out.done_on <= out.due ? DeadlineStatus::met : DeadlineStatus::late;
  } else if (today > out.due) {
    out.status = DeadlineStatus::overdue;
  } else {
    const auto t = parse_date(today);
    const auto due = parse_date(out.due);
    const bool within_week = t && due && sys_days{*due} - sys_days{*t} <= days{7};
    out.status = within_week ? DeadlineStatus::soon : DeadlineStatus::upcoming;
  }
  return out;
}

std::optional<int> days_between(std::string_view from, std::string_view to) {
  const auto a = parse_date(from);
  const auto b = parse_date(to);
  if (!a || !b) return std::nullopt;
  return static_cast<int>((sys_days{*b} - sys_days{*a}).count());
}

std::string plus_one_month(std::string_view iso_date) {
  const auto d = parse_date(iso_date);
  if (!d) return "";
  year_month_day later = *d + months{1};
  if (!later.ok()) later = year_month_day_last{later.year(), month_day_last{later.month()}};
  return format(later);
}

std::vector<Deadline> deadlines(const CycleDates& dates, std::string_view today) {
  const std::string december_first = format(year_month_day{year{dates.year}, December, day{1}});
  const std::string council_due = dates.submitted.empty() ? "" : plus_one_month(dates.submitted);
  std::string publish_due = december_first;
  if (!dates.approved.empty()) publish_due = std::min(publish_due, plus_one_month(dates.approved));
  const std::string plans_due = format(year_month_day{year{dates.year + 1}, March, day{31}});
  return {judge(DeadlineKind::council_decision, council_due, dates.approved, today),
          judge(DeadlineKind::publication, publish_due, dates.published, today),
          judge(DeadlineKind::plans, plans_due, dates.plans_done, today)};
}

std::string_view title(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::council_decision: return "Решение общественного совета";
    case DeadlineKind::publication: return "Публикация результатов";
    case DeadlineKind::plans: return "Планы по устранению недостатков";
  }
  return "";
}

std::string_view title(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::upcoming: return "впереди";
    case DeadlineStatus::soon: return "меньше недели";
    case DeadlineStatus::overdue: return "просрочено";
    case DeadlineStatus::met: return "выполнено в срок";
    case DeadlineStatus::late: return "выполнено с опозданием";
    case DeadlineStatus::not_started: return "ещё не начато";
  }
  return "";
}

std::string_view code(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::council_decision: return "council_decision";
    case DeadlineKind::publication: return "publication";
    case DeadlineKind::plans: return "plans";
  }
  return "";
}

std::string_view code(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::upcoming: return "upcoming";
    case DeadlineStatus::soon: return "soon";
    case DeadlineStatus::overdue: return "overdue";
    case DeadlineStatus::met: return "met";
    case DeadlineStatus::late: return "late";
    case DeadlineStatus::not_started: return "not_started";
  }
  return "";
}

}  // namespace nok::cycle
