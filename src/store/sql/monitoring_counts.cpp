// The monitoring aggregates' deltas. Each family of events states, as SQL over its row `x`,
// which year a row belongs to, whether it counts at all and what it adds to each column —
// the same expressions as the recount of migration 014.
#include "store/sql/monitoring_counts.h"

#include <array>
#include <functional>
#include <map>
#include <utility>
#include <vector>

#include "domain/ratings/rating.h"
#include "domain/survey/channel.h"
#include "store/sql/monitoring_columns.h"

namespace nok::sql {
namespace {

constexpr std::string_view kGroupKeys = "year, region_code, authority_id, municipality, sphere";
constexpr std::string_view kGroupOf = "o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere";

struct Family {
  std::string from;  // the event's tables, its row as `x`, joined with nothing else
  std::string year;
  std::string only;  // which rows count at all
  std::vector<std::pair<std::string, std::string>> values;  // column → what one row adds
  std::string organisation = "x.organisation_id";
};

std::string flag(std::string_view condition) { return "CASE WHEN " + std::string(condition) + " THEN 1 ELSE 0 END"; }

std::string two_digits(int month) { return (month < 10 ? "0" : "") + std::to_string(month); }

Family responses_family() {
  return {"responses x LEFT JOIN cycles cy ON cy.id = x.cycle_id",
          "COALESCE(cy.year, CAST(substr(x.collected_at, 1, 4) AS INTEGER))", "x.status = 'counted'", {}};
}

// What sets a response apart besides its channel and month (none of it in most responses).
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kMarkedResponses{{
    {"respondents_confirmed", "x.confirmed_recipient = 1"},
    {"respondents_kiosk_unconfirmed", "x.channel = 'kiosk' AND x.citizen_id IS NULL"},
    {"respondents_assisted", "x.assisted = 1"},
}};

// Any response: what it adds to every channel's and every month's column is worked out in SQL.
const Family& responses() {
  static const Family f = [] {
    Family f = responses_family();
    f.values.emplace_back("respondents", "1");
    for (auto channel : survey::all_channels()) {
      const std::string code(survey::code(channel));
      f.values.emplace_back("respondents_" + code, flag("x.channel = '" + code + "'"));
    }
    for (int month = 1; month <= 12; ++month) {
      const std::string mm = two_digits(month);
      f.values.emplace_back("respondents_m" + mm, flag("substr(x.collected_at, 6, 2) = '" + mm + "'"));
    }
    for (const auto& [column, condition] : kMarkedResponses) f.values.emplace_back(column, flag(condition));
    return f;
  }();
  return f;
}

// A response of a known channel and month, and none of the marks, adds one to three columns only.
Family response_of(std::string_view channel, std::string_view mm) {
  Family f = responses_family();
  f.values = {{"respondents", "1"},
              {"respondents_" + std::string(channel), "1"},
              {"respondents_m" + std::string(mm), "1"}};
  return f;
}

const Family& ratings_family() {
  static const Family f = [] {
    Family f{"ratings x", "CAST(substr(x.created_at, 1, 4) AS INTEGER)", "x.status = 'counted'", {}};
    for (auto aspect : ratings::all_aspects()) {
      const std::string code(ratings::code(aspect));
      f.values.emplace_back("rating_" + code + "_points", "COALESCE(x." + code + ", 0)");
      f.values.emplace_back("rating_" + code + "_answers", "CASE WHEN x." + code + " IS NULL THEN 0 ELSE 1 END");
    }
    return f;
  }();
  return f;
}

const Family& opinions() {
  static const Family f{"rating_opinions x",
                        "CAST(substr(x.created_at, 1, 4) AS INTEGER)",
                        "x.status = 'counted'",
                        {{"agree", flag("x.agrees = 1")}, {"disagree", "CASE WHEN x.agrees = 1 THEN 0 ELSE 1 END"}}};
  return f;
}

const Family& reviews() {
  static const Family f{"reviews x",
                        "CAST(substr(x.created_at, 1, 4) AS INTEGER)",
                        "TRUE",
                        {{"reviews", "1"},
                         {"reviews_positive", flag("x.tone = 'positive'")},
                         {"reviews_negative", flag("x.tone = 'negative'")},
                         {"reviews_neutral", flag("x.tone = 'neutral'")},
                         {"reviews_untoned", flag("x.tone IS NULL")},
                         {"reviews_answered", flag("x.status = 'published' AND x.answer IS NOT NULL")},
                         {"reviews_held", flag("x.status = 'pending'")},
                         {"reviews_rejected", flag("x.status = 'rejected'")}}};
  return f;
}

const Family& appeals() {
  static const Family f{"appeals x",
                        "CAST(substr(x.created_at, 1, 4) AS INTEGER)",
                        "TRUE",
                        {{"appeals", "1"},
                         {"appeals_on_time", flag("x.answered_at IS NOT NULL AND x.answered_at <= x.due_at")},
                         {"appeals_late", flag("x.answered_at IS NOT NULL AND x.answered_at > x.due_at")}}};
  return f;
}

const Family& placements() {
  static const Family f{"placements x",
                        "CAST(substr(x.created_at, 1, 4) AS INTEGER)",
                        "x.removed_at IS NULL",
                        {{"placements", "1"}, {"placements_confirmed", "CASE WHEN x.confirmed_at IS NULL THEN 0 ELSE 1 END"}}};
  return f;
}

const Family& plans() {
  static const Family f{
      "plans x JOIN cycles cy ON cy.id = x.cycle_id",
      "cy.year",
      "TRUE",
      {{"plans", "1"},
       {"plans_published", "CASE WHEN x.published_at IS NULL THEN 0 ELSE 1 END"},
       {"plan_items", "CASE WHEN x.published_at IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM plan_items i WHERE i.plan_id = x.id) END"},
       {"plan_items_done", "CASE WHEN x.published_at IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM plan_items i "
                           "WHERE i.plan_id = x.id AND i.actual_date IS NOT NULL) END"}}};
  return f;
}

const Family& memberships() {
  static const Family f{"cycle_organisations x JOIN cycles cy ON cy.id = x.cycle_id",
                        "cy.year",
                        "TRUE",
                        {{"assessed", "1"}, {"sample_target", "x.sample_target"}}};
  return f;
}

// The two upserts of a delta: the group's row, then the organisation's, which returns
// whether it created the row (then the group counts one organisation more).
struct Statements {
  std::string group;
  std::string organisation;
};

// `where` picks the event rows with parameters from $2; $1 is the sign.
Statements build(const Family& f, std::string_view where) {
  std::string names, values, updates_group, updates_organisation;
  for (const auto& [column, value] : f.values) {
    names += ", " + column;
    values += ", CAST($1 AS BIGINT) * (" + value + ")";
    updates_group += std::string(updates_group.empty() ? "" : ", ") + column + " = monitoring_group_tallies." + column +
                     " + excluded." + column;
    updates_organisation += ", " + column + " = monitoring_tallies." + column + " + excluded." + column;
  }
  const std::string source = " FROM " + f.from + " JOIN organisations o ON o.id = " + f.organisation + " WHERE " +
                             std::string(where) + " AND " + f.only;
  return {"INSERT INTO monitoring_group_tallies (" + std::string(kGroupKeys) + names + ") SELECT " + f.year + ", " +
              std::string(kGroupOf) + values + source + " ON CONFLICT (" + std::string(kGroupKeys) +
              ") DO UPDATE SET " + updates_group,
          "INSERT INTO monitoring_tallies (organisation_id, " + std::string(kGroupKeys) + ", fresh" + names +
              ") SELECT " + f.organisation + ", " + f.year + ", " + std::string(kGroupOf) + ", 1" + values + source +
              " ON CONFLICT (organisation_id, year) DO UPDATE SET fresh = 0" + updates_organisation +
              " RETURNING fresh, " + std::string(kGroupKeys)};
}

void apply(Connection& c, const Statements& s, std::initializer_list<Param> params) {
  const std::span<const Param> bound(params.begin(), params.size());
  c.run(s.group, bound, {});
  struct Group {
    std::int64_t year, authority_id;
    std::string region_code, municipality, sphere;
  };
  std::vector<Group> created;
  c.run(s.organisation, bound, [&](const Row& r) {
    if (r.i64("fresh") == 1)
      created.push_back({r.i64("year"), r.i64("authority_id"), std::string(r.text("region_code")),
                         std::string(r.text("municipality")), std::string(r.text("sphere"))});
  });
  for (const auto& g : created)
    c.run("UPDATE monitoring_group_tallies SET organisations = organisations + 1 WHERE year = $1 AND region_code = $2 "
          "AND authority_id = $3 AND municipality = $4 AND sphere = $5",
          {g.year, std::string_view(g.region_code), g.authority_id, std::string_view(g.municipality),
           std::string_view(g.sphere)});
}

// Whole days from receipt to answer: the difference of the two UTC dates' day numbers
// (days since a fixed origin, from the ISO text alone, so both engines agree).
std::string day_number(std::string_view column) {
  const std::string t(column);
  const std::string year = "(CAST(substr(" + t + ", 1, 4) AS INTEGER) - CASE WHEN substr(" + t +
                           ", 6, 2) <= '02' THEN 1 ELSE 0 END)";
  const std::string month = "((CAST(substr(" + t + ", 6, 2) AS INTEGER) + 9) % 12)";
  return "(365 * " + year + " + " + year + " / 4 - " + year + " / 100 + " + year + " / 400 + (153 * " + month +
         " + 2) / 5 + CAST(substr(" + t + ", 9, 2) AS INTEGER))";
}

// The answered appeal in the histograms of answer days.
void count_answer_days(Connection& c, std::int64_t id, int sign) {
  static const std::string days = day_number("x.answered_at") + " - " + day_number("x.created_at");
  static const std::string source =
      " FROM appeals x JOIN organisations o ON o.id = x.organisation_id WHERE x.id = $2 AND x.answered_at IS NOT NULL";
  static const std::string group =
      "INSERT INTO monitoring_group_appeal_days (" + std::string(kGroupKeys) + ", days, appeals) SELECT " +
      appeals().year + ", " + std::string(kGroupOf) + ", " + days + ", CAST($1 AS BIGINT)" + source +
      " ON CONFLICT (" + std::string(kGroupKeys) + ", days) DO UPDATE SET appeals = "
      "monitoring_group_appeal_days.appeals + excluded.appeals";
  static const std::string organisation =
      "INSERT INTO monitoring_appeal_days (organisation_id, year, days, appeals) SELECT x.organisation_id, " +
      appeals().year + ", " + days + ", CAST($1 AS BIGINT)" + source +
      " ON CONFLICT (organisation_id, year, days) DO UPDATE SET appeals = monitoring_appeal_days.appeals + "
      "excluded.appeals";
  c.run(group, {std::int64_t{sign}, id});
  c.run(organisation, {std::int64_t{sign}, id});
}

}  // namespace

std::string monitoring_lock_order(const Organisation& o) {
  // The unit separator sorts before every printable character, so no field runs into the next.
  constexpr char kSeparator = '\x1f';
  return o.region_code + kSeparator + o.authority + kSeparator + o.municipality + kSeparator +
         std::string(code(o.sphere)) + kSeparator + o.code;
}

// A submission is the survey's hot path: its delta names only the three columns it changes (a
// statement per channel and month, built once) rather than evaluating every channel and month
// and rewriting all of them; the statement that works them out in SQL is kept for a row whose
// channel or date is not one of those.
void count_response(Connection& c, std::int64_t id, int sign) {
  static const Statements any = build(responses(), "x.id = $2");
  static const std::map<std::string, Statements, std::less<>> known = [] {
    std::map<std::string, Statements, std::less<>> by_key;
    for (auto channel : survey::all_channels())
      for (int month = 1; month <= 12; ++month) {
        const std::string code(survey::code(channel)), mm = two_digits(month);
        by_key.emplace(code + "/" + mm, build(response_of(code, mm), "x.id = $2"));
      }
    return by_key;
  }();
  std::string key;
  c.run("SELECT channel, substr(collected_at, 6, 2) AS month, "
        "CASE WHEN confirmed_recipient = 1 OR assisted = 1 OR (channel = 'kiosk' AND citizen_id IS NULL) "
        "THEN 1 ELSE 0 END AS marked FROM responses WHERE id = $1",
        {id}, [&](const Row& r) {
          if (r.i64("marked") == 0) key = std::string(r.text("channel")) + "/" + std::string(r.text("month"));
        });
  const auto it = known.find(key);
  apply(c, it == known.end() ? any : it->second, {std::int64_t{sign}, id});
}

void count_rating(Connection& c, std::int64_t id, int sign) {
  static const Statements s = build(ratings_family(), "x.id = $2");
  apply(c, s, {std::int64_t{sign}, id});
}

void count_opinion(Connection& c, std::int64_t id, int sign) {
  static const Statements s = build(opinions(), "x.id = $2");
  apply(c, s, {std::int64_t{sign}, id});
}

void count_voice(Connection& c, std::string_view table, std::int64_t citizen_id, std::int64_t organisation_id,
                 std::int64_t cycle_id, int sign) {
  constexpr std::string_view kVoice = "x.citizen_id = $2 AND x.organisation_id = $3 AND x.cycle_id = $4";
  static const Statements rated = build(ratings_family(), kVoice), opinion = build(opinions(), kVoice);
  apply(c, table == "ratings" ? rated : opinion, {std::int64_t{sign}, citizen_id, organisation_id, cycle_id});
}

void count_review(Connection& c, std::int64_t id, int sign) {
  static const Statements s = build(reviews(), "x.id = $2");
  apply(c, s, {std::int64_t{sign}, id});
}

void count_appeal(Connection& c, std::int64_t id, int sign) {
  static const Statements s = build(appeals(), "x.id = $2");
  apply(c, s, {std::int64_t{sign}, id});
  count_answer_days(c, id, sign);
}

void count_placement(Connection& c, std::int64_t id, int sign) {
  static const Statements s = build(placements(), "x.id = $2");
  apply(c, s, {std::int64_t{sign}, id});
}

void count_plan(Connection& c, std::int64_t id, int sign) {
  static const Statements s = build(plans(), "x.id = $2");
  apply(c, s, {std::int64_t{sign}, id});
}

void count_membership(Connection& c, std::int64_t cycle_id, std::int64_t organisation_id, int sign) {
  static const Statements s =
      build(memberships(), "x.cycle_id = $2 AND x.organisation_id = $3");
  apply(c, s, {std::int64_t{sign}, cycle_id, organisation_id});
}

void count_scans(Connection& c, std::int64_t organisation_id, std::int64_t placement_id, std::string_view day,
                 const FunnelCounts& n) {
  // Scans are counts given rather than a row: the family's row is the organisation itself.
  static const Statements s = build(
      {"organisations x",
       "CAST($6 AS INTEGER)",
       "TRUE",
       {{"scans", "CAST($3 AS BIGINT)"},
        {"started", "CAST($4 AS BIGINT)"},
        {"completed", "CAST($5 AS BIGINT)"},
        {"outgoing", "CAST($7 AS BIGINT)"}},
       "x.id"},
      "x.id = $2");
  const std::int64_t year = std::stoll(std::string(day.substr(0, 4)));
  apply(c, s, {std::int64_t{1}, organisation_id, n.scans, n.started, n.completed, year, n.outgoing});
  static const std::string carrier =
      "(SELECT COALESCE((SELECT p.carrier FROM placements p WHERE p.id = CAST($2 AS BIGINT)), ''))";
  static const std::string group =
      "INSERT INTO monitoring_group_funnel (" + std::string(kGroupKeys) +
      ", carrier, scans, started, completed, outgoing) "
      "SELECT CAST($6 AS INTEGER), " + std::string(kGroupOf) + ", " + carrier +
      ", CAST($3 AS BIGINT), CAST($4 AS BIGINT), CAST($5 AS BIGINT), CAST($7 AS BIGINT) FROM organisations o "
      "WHERE o.id = $1 ON CONFLICT (" + std::string(kGroupKeys) + ", carrier) DO UPDATE SET "
      "scans = monitoring_group_funnel.scans + excluded.scans, started = monitoring_group_funnel.started + "
      "excluded.started, completed = monitoring_group_funnel.completed + excluded.completed, "
      "outgoing = monitoring_group_funnel.outgoing + excluded.outgoing";
  static const std::string organisation =
      "INSERT INTO monitoring_funnel (organisation_id, year, carrier, scans, started, completed, outgoing) "
      "SELECT o.id, CAST($6 AS INTEGER), " + carrier +
      ", CAST($3 AS BIGINT), CAST($4 AS BIGINT), CAST($5 AS BIGINT), CAST($7 AS BIGINT) FROM organisations o "
      "WHERE o.id = $1 ON CONFLICT (organisation_id, year, carrier) DO UPDATE SET "
      "scans = monitoring_funnel.scans + excluded.scans, started = monitoring_funnel.started + excluded.started, "
      "completed = monitoring_funnel.completed + excluded.completed, "
      "outgoing = monitoring_funnel.outgoing + excluded.outgoing";
  for (const auto* sql : {&group, &organisation})
    c.run(*sql, {organisation_id, placement_id, n.scans, n.started, n.completed, year, n.outgoing});
}

void regroup_organisations(Connection& c) {
  static const std::vector<std::string> statements = [] {
    constexpr std::string_view kMoved =
        " JOIN organisations o ON o.id = t.organisation_id WHERE (t.region_code <> o.region_code OR "
        "t.authority_id <> COALESCE(o.authority_id, 0) OR t.municipality <> o.municipality OR t.sphere <> o.sphere) ";
    constexpr std::string_view kOld = "t.year, t.region_code, t.authority_id, t.municipality, t.sphere";
    constexpr std::string_view kNew = "t.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere";
    constexpr std::string_view kNewGroupBy = "t.year, o.region_code, o.authority_id, o.municipality, o.sphere";
    std::string names = "organisations", updates = "organisations = monitoring_group_tallies.organisations + "
                                                   "excluded.organisations";
    std::string subtract = "-COUNT(*)", add = "COUNT(*)";
    for (const auto& column : monitoring_columns()) {
      names += ", " + column.name;
      subtract += ", -SUM(t." + column.name + ")";
      add += ", SUM(t." + column.name + ")";
      updates += ", " + column.name + " = monitoring_group_tallies." + column.name + " + excluded." + column.name;
    }
    const std::string keys(kGroupKeys);
    auto move = [&](std::string_view table, std::string_view from, std::string_view extra, std::string_view key_of,
                    std::string_view group_by, std::string_view sums, std::string_view columns,
                    std::string_view conflict_updates) {
      return "INSERT INTO " + std::string(table) + " (" + keys + std::string(extra.empty() ? "" : ", ") +
             std::string(extra) + ", " + std::string(columns) + ") SELECT " + std::string(key_of) +
             std::string(extra.empty() ? "" : ", ") + std::string(extra) + ", " + std::string(sums) + " FROM " +
             std::string(from) + std::string(kMoved) + "GROUP BY " + std::string(group_by) +
             std::string(extra.empty() ? "" : ", ") + std::string(extra) + " ON CONFLICT (" + keys +
             std::string(extra.empty() ? "" : ", ") + std::string(extra) + ") DO UPDATE SET " +
             std::string(conflict_updates);
    };
    constexpr std::string_view kDays = "monitoring_appeal_days d JOIN monitoring_tallies t ON "
                                       "t.organisation_id = d.organisation_id AND t.year = d.year";
    constexpr std::string_view kFunnel = "monitoring_funnel d JOIN monitoring_tallies t ON "
                                         "t.organisation_id = d.organisation_id AND t.year = d.year";
    const std::string days_update = "appeals = monitoring_group_appeal_days.appeals + excluded.appeals";
    const std::string funnel_update =
        "scans = monitoring_group_funnel.scans + excluded.scans, started = monitoring_group_funnel.started + "
        "excluded.started, completed = monitoring_group_funnel.completed + excluded.completed, "
        "outgoing = monitoring_group_funnel.outgoing + excluded.outgoing";
    return std::vector<std::string>{
        move("monitoring_group_tallies", "monitoring_tallies t", "", kOld, kOld, subtract, names, updates),
        move("monitoring_group_tallies", "monitoring_tallies t", "", kNew, kNewGroupBy, add, names, updates),
        move("monitoring_group_appeal_days", kDays, "days", kOld, kOld, "-SUM(d.appeals)", "appeals", days_update),
        move("monitoring_group_appeal_days", kDays, "days", kNew, kNewGroupBy, "SUM(d.appeals)", "appeals",
             days_update),
        move("monitoring_group_funnel", kFunnel, "carrier", kOld, kOld,
             "-SUM(d.scans), -SUM(d.started), -SUM(d.completed), -SUM(d.outgoing)", "scans, started, completed, outgoing",
             funnel_update),
        move("monitoring_group_funnel", kFunnel, "carrier", kNew, kNewGroupBy,
             "SUM(d.scans), SUM(d.started), SUM(d.completed), SUM(d.outgoing)", "scans, started, completed, outgoing",
             funnel_update),
        "UPDATE monitoring_tallies SET "
        "region_code = (SELECT o.region_code FROM organisations o WHERE o.id = monitoring_tallies.organisation_id), "
        "authority_id = (SELECT COALESCE(o.authority_id, 0) FROM organisations o "
        "WHERE o.id = monitoring_tallies.organisation_id), "
        "municipality = (SELECT o.municipality FROM organisations o WHERE o.id = monitoring_tallies.organisation_id), "
        "sphere = (SELECT o.sphere FROM organisations o WHERE o.id = monitoring_tallies.organisation_id) "
        "WHERE EXISTS (SELECT 1 FROM monitoring_tallies t" + std::string(kMoved) +
            "AND t.organisation_id = monitoring_tallies.organisation_id AND t.year = monitoring_tallies.year)"};
  }();
  for (const auto& sql : statements) c.run(sql);
}

}  // namespace nok::sql
