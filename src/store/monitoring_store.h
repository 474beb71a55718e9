#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/survey/channel.h"
#include "store/placement_store.h"
#include "store/staff_store.h"

namespace nok {

// Which organisations a monitoring view covers, for one calendar year. An empty text or a
// zero id means "any". Scope (whose numbers a person may see) is checked by the use case,
// never here: the store answers for whatever filter it is given.
struct MonitoringFilter {
  int year = 0;
  std::string region_code;
  std::int64_t authority_id = 0;
  std::string municipality;
  std::string sphere;
  std::string organisation_code;
};

// The level a roll-up groups by: one row per region, per authority, per municipality
// (a name is unique within its region only, so a row is a region's municipality; filter
// by authority for one authority's) or per organisation.
enum class MonitoringLevel { region, authority, municipality, organisation };

// The year a figure belongs to: a survey response to its cycle's year (the year it was
// collected when it has no cycle), a cycle membership and a plan to their cycle's year;
// every other event to the calendar year, in UTC, of when it happened (a review, an appeal,
// a rating, an opinion and a placement when created, a scan on its day; an appeal's answer
// to the year of the appeal).
//
// Every field is a sum over organisations, so a group's figures are the sums of its
// members' — except the few marked "as of now" or "per group", which the store computes
// for the group as a whole.
struct MonitoringTotals {
  // In the group: assessed this year or touched by any event of the year below (even one
  // since undone, such as a placement taken down).
  std::int64_t organisations = 0;
  std::int64_t assessed = 0;       // in a cycle of this year
  std::int64_t sample_target = 0;  // sum of the cycles' sample targets

  // Counted survey responses (the current, not replaced, not excluded), by channel
  // (indexed by survey::Channel) and by month of collection (0 = January).
  std::int64_t respondents = 0;
  std::array<std::int64_t, 6> respondents_by_channel{};
  std::array<std::int64_t, 12> respondents_by_month{};
  // Of them: from confirmed recipients of the service (invited after it), given at a
  // terminal without confirming a phone number, and given with a staff member's help.
  std::int64_t respondents_confirmed = 0;
  std::int64_t respondents_kiosk_unconfirmed = 0;
  std::int64_t respondents_assisted = 0;

  // Citizens' ratings in points: the sum and the number of answers per aspect, in the
  // order comfort, politeness, information, booking, accessibility (counted ratings only).
  std::array<std::int64_t, 5> rating_points{};
  std::array<std::int64_t, 5> rating_answers{};
  // Agree / disagree with the published rating (the current opinion of each citizen).
  std::int64_t agree = 0;
  std::int64_t disagree = 0;

  // Reviews received, by the tone the citizen chose (untoned: written before the choice
  // existed); published ones answered by the organisation; held by moderation (pending)
  // and rejected.
  std::int64_t reviews = 0;
  std::int64_t reviews_positive = 0;
  std::int64_t reviews_negative = 0;
  std::int64_t reviews_neutral = 0;
  std::int64_t reviews_untoned = 0;
  std::int64_t reviews_answered = 0;
  std::int64_t reviews_held = 0;
  std::int64_t reviews_rejected = 0;

  // Appeals received; answered by their due date and after it; open past their due date
  // as of now; the median of whole days from receipt to answer (per group, none when
  // nothing was answered). Whole days: between the UTC dates of receipt and answer.
  std::int64_t appeals = 0;
  std::int64_t appeals_on_time = 0;
  std::int64_t appeals_late = 0;
  std::int64_t appeals_overdue_now = 0;
  std::optional<double> appeal_median_days;

  // The QR funnel (all placements and visits without one) and the placements placed in
  // the year: live ones, and of them confirmed by a scan.
  FunnelCounts funnel;
  std::int64_t placements = 0;
  std::int64_t placements_confirmed = 0;

  // Plans of this year's cycles: organisations with a plan, with a published plan; items of
  // the published plans, of them done (with an actual date), and not done past their
  // planned date as of now.
  std::int64_t plans = 0;
  std::int64_t plans_published = 0;
  std::int64_t plan_items = 0;
  std::int64_t plan_items_done = 0;
  std::int64_t plan_items_overdue = 0;
};

// One row of a roll-up: what it groups (`key`: a region code, an authority id, a
// municipality name or an organisation code; `name`: what people call it) and its sums.
struct MonitoringRow {
  std::string key;
  std::string name;
  std::string region_code;  // of the row's members when they share one (always below region level)
  MonitoringTotals totals;
};

// The QR funnel of one kind of carrier (placement::carriers(); empty: visits without a
// placement).
struct CarrierFunnel {
  std::string carrier;
  FunnelCounts counts;
};

// One authority's cycle of the year against its deadlines, for the posting monitor. Empty
// dates are steps not taken, or deadlines that do not run yet; the due dates follow from
// the steps taken (domain/cycle/deadlines.h).
struct AuthorityCalendar {
  std::int64_t authority_id = 0;
  std::string authority_name;
  std::string region_code;
  std::string cycle_state;  // empty when the authority opened no cycle this year
  std::string council_due, approved_at;
  std::string publish_due, published_at;
  std::string plans_due;
  std::int64_t plans_expected = 0;       // organisations of the cycle
  std::int64_t plans_published = 0;      // of them, with a published plan
  std::string last_plan_published_at;  // the latest publication among them
};

// What an authority writes each year for the report: how the results were used in
// management and personnel work, and what was done to popularise the assessment.
struct MonitoringNotes {
  std::string results_use;
  std::string popularisation;
  std::string updated_at;  // empty when never written
};

// Monitoring of participation, feedback, popularisation and the cycle's deadlines.
// The figures come from aggregates maintained by the same transactions that write the
// events (responses, ratings, opinions, reviews, appeals, scans, placements, plans), so a
// roll-up reads one row per group of organisations (or per organisation) and year, never
// the events themselves; after any sequence of writes they equal a recount from the events.
class MonitoringStore {
 public:
  virtual ~MonitoringStore() = default;

  // The sums of the organisations matching `filter`, grouped by `level`, ordered by name
  // (organisations as for_each_organisation hands them); groups without any organisation
  // matching are left out.
  virtual std::vector<MonitoringRow> rollup(const MonitoringFilter& filter, MonitoringLevel level) = 0;
  // The organisation level of rollup() for a file of any size: hands each row to `on_row`,
  // ordered by name and then code in the database's collation, and stops early when
  // `on_row` returns false. Reads a page of organisations at a time (keyset pagination on
  // name and code, see SqlMonitoringStore), so memory is that of one page however many
  // organisations there are, and gives the connection back before handing a page on, so a
  // slow `on_row` (a download to a slow client) holds none. Each page is read on its own: an
  // organisation written meanwhile may show its figures from before or after the write, and
  // one renamed meanwhile may be missed or handed twice. An exception from `on_row` passes
  // through.
  virtual void for_each_organisation(const MonitoringFilter& filter,
                                     const std::function<bool(const MonitoringRow&)>& on_row) = 0;
  // The sums of all organisations matching `filter` (the "total" line of any roll-up).
  virtual MonitoringTotals totals(const MonitoringFilter& filter) = 0;
  // The funnel of the matching organisations by kind of carrier, ordered by carrier.
  virtual std::vector<CarrierFunnel> funnel_by_carrier(const MonitoringFilter& filter) = 0;
  // The years that have any figure for the matching organisations, newest first.
  virtual std::vector<int> years(const MonitoringFilter& filter) = 0;
  // Every authority matching the filter's region and authority, with its cycle of the
  // filter's year (the cycle fields empty when it has none), by region and name.
  virtual std::vector<AuthorityCalendar> calendar(const MonitoringFilter& filter) = 0;

  // The notes of an authority for a year; empty texts when none were written.
  virtual MonitoringNotes notes(std::int64_t authority_id, int year) = 0;
  // Replaces them, appending `audit` in the same transaction.
  virtual void save_notes(std::int64_t authority_id, int year, const MonitoringNotes& notes,
                          const AuditEntry& audit) = 0;
};

}  // namespace nok
