#include "bulk_responses.h"

#include <chrono>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "app/demo/demo_responses.h"
#include "core/time.h"
#include "domain/methodology/methodology.h"
#include "domain/registry/sphere.h"
#include "domain/survey/answer_code.h"
#include "domain/survey/channel.h"

namespace nok::bench {
namespace {

constexpr int kPatterns = 64;             // demo respondents drawn per sphere
constexpr std::int64_t kChunk = 10'000;   // organisations per INSERT statement

using Sums = std::vector<std::pair<std::string, std::string>>;  // column → what one response of `r` adds

std::string flag(const std::string& condition) { return "CASE WHEN " + condition + " THEN 1 ELSE 0 END"; }

// survey_tallies' counts (store/sql/responses.cpp), recounted from a response's channel and
// answer code (one character per item in item order: 1 yes, 0 no, - none).
Sums survey_sums() {
  Sums out{{"respondents", "1"}};
  std::string site_or_app;
  for (auto channel : survey::all_channels())
    if (survey::site_or_app(channel)) site_or_app += (site_or_app.empty() ? "'" : ", '") + std::string(survey::code(channel)) + "'";
  out.emplace_back("site_or_app", flag("r.channel IN (" + site_or_app + ")"));
  for (auto channel : survey::all_channels()) {
    const std::string code(survey::code(channel));
    out.emplace_back("respondents_" + code, flag("r.channel = '" + code + "'"));
  }
  for (std::size_t i = 0; i < survey::kItemCount; ++i) {
    const std::string key(survey::key(survey::all_items()[i])), at = std::to_string(i + 1);
    out.emplace_back(key + "_yes", flag("substr(r.answers, " + at + ", 1) = '1'"));
    out.emplace_back(key + "_answered", flag("substr(r.answers, " + at + ", 1) IN ('0', '1')"));
  }
  return out;
}

// The monitoring aggregates' response columns (store/sql/monitoring_counts.cpp); the bulk rows
// carry none of the marks (confirmed recipient, unconfirmed kiosk, assisted).
Sums monitoring_sums() {
  Sums out{{"respondents", "1"}};
  for (auto channel : survey::all_channels()) {
    const std::string code(survey::code(channel));
    out.emplace_back("respondents_" + code, flag("r.channel = '" + code + "'"));
  }
  for (int month = 1; month <= 12; ++month) {
    const std::string mm = (month < 10 ? "0" : "") + std::to_string(month);
    out.emplace_back("respondents_m" + mm, flag("substr(r.collected_at, 6, 2) = '" + mm + "'"));
  }
  return out;
}

// "SUM(e1) AS c1, …" and "c1 = <table>.c1 + s.c1, …".
std::string selected(const Sums& sums) {
  std::string out;
  for (const auto& [column, expression] : sums) out += (out.empty() ? "" : ", ") + ("SUM(" + expression + ") AS " + column);
  return out;
}
std::string added(const Sums& sums, const std::string& table, const std::string& from) {
  std::string out;
  for (const auto& [column, _] : sums)
    out += (out.empty() ? "" : ", ") + column + " = " + table + "." + column + " + " + from + "." + column;
  return out;
}
std::string names(const Sums& sums) {
  std::string out;
  for (const auto& [column, _] : sums) out += ", " + column;
  return out;
}

void fill_patterns(sql::Connection& c) {
  c.script("CREATE TEMP TABLE bulk_patterns (sphere TEXT, k INTEGER, questionnaire TEXT, channel TEXT, answers TEXT, "
           "PRIMARY KEY (sphere, k))");
  demo::Random rnd(0xB01Cull);
  for (auto sphere : all_spheres()) {
    const auto& q = methodology::questionnaire_for(methodology::default_methodology(), sphere);
    for (int k = 0; k < kPatterns; ++k) {
      const std::string answers = survey::encode_answers(demo_answers(rnd, q, static_cast<int>(rnd.between(55, 98))));
      c.run("INSERT INTO bulk_patterns VALUES ($1, $2, $3, $4, $5)",
            {code(sphere), std::int64_t{k}, std::string_view(q.id), survey::code(demo_channel(rnd)),
             std::string_view(answers)});
    }
  }
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

void load_bulk_responses(sql::Connection& c, int year, std::int64_t total) {
  const auto start = std::chrono::steady_clock::now();
  fill_patterns(c);
  c.script("CREATE TEMP TABLE bulk_orgs AS SELECT row_number() OVER (ORDER BY co.organisation_id) AS rank, "
           "co.organisation_id, co.cycle_id, o.sphere FROM cycle_organisations co "
           "JOIN cycles cy ON cy.id = co.cycle_id JOIN organisations o ON o.id = co.organisation_id WHERE cy.year = " +
           std::to_string(year));
  std::int64_t organisations = 0;
  c.run("SELECT COUNT(*) AS n FROM bulk_orgs", {}, [&](const sql::Row& r) { organisations = r.i64("n"); });
  if (organisations == 0 || total <= 0) return;
  const std::int64_t each = total / organisations, extra = total % organisations;
  // Time-ordered ids (core/id.h) of midnight, 1 January: milliseconds in the top 42 bits.
  std::int64_t first_id = 0;
  c.run("SELECT CAST(EXTRACT(EPOCH FROM make_date(CAST($1 AS INTEGER), 1, 1)) AS BIGINT) * 1000 * 4194304 AS id",
        {std::int64_t{year}}, [&](const sql::Row& r) { first_id = r.i64("id"); });
  const std::string now = iso_utc_now();
  const std::int64_t months = year == current_year() ? std::stoi(now.substr(5, 2)) : 12;

  for (std::int64_t from = 1; from <= organisations; from += kChunk) {
    c.run("INSERT INTO responses (id, cycle_id, organisation_id, channel, collected_at, questionnaire, answers, "
          "received_at) "
          "SELECT CAST($1 AS BIGINT) + (o.rank - 1) * (CAST($2 AS BIGINT) + 1) + n, o.cycle_id, o.organisation_id, "
          "p.channel, CAST($5 AS TEXT) || '-' || lpad(CAST(1 + (o.rank + n) % CAST($6 AS BIGINT) AS TEXT), 2, '0') || "
          "'-01T10:00:00Z', p.questionnaire, p.answers, CAST($7 AS TEXT) "
          "FROM bulk_orgs o CROSS JOIN LATERAL generate_series(1, CAST($2 AS BIGINT) + "
          "CASE WHEN o.rank <= CAST($3 AS BIGINT) THEN 1 ELSE 0 END) AS n "
          "JOIN bulk_patterns p ON p.sphere = o.sphere AND p.k = (o.rank * 7 + n) % " + std::to_string(kPatterns) +
              " WHERE o.rank >= CAST($4 AS BIGINT) AND o.rank < CAST($4 AS BIGINT) + " + std::to_string(kChunk),
          {first_id, each, extra, from, std::int64_t{year}, months, std::string_view(now)});
    std::cerr << "bulk responses: " << std::min(organisations, from + kChunk - 1) << " of " << organisations
              << " organisations, " << static_cast<int>(seconds_since(start)) << " s\n";
  }

  const std::string bulk_rows = "responses r WHERE r.id > " + std::to_string(first_id) + " AND r.id <= " +
                                std::to_string(first_id + organisations * (each + 1));
  const Sums survey = survey_sums(), monitoring = monitoring_sums();
  sql::Transaction tx(c);
  c.script("INSERT INTO survey_tallies (organisation_id, cycle_id" + names(survey) +
           ") SELECT r.organisation_id, r.cycle_id, " + selected(survey) + " FROM " + bulk_rows +
           " GROUP BY r.organisation_id, r.cycle_id ON CONFLICT (organisation_id, cycle_id) DO UPDATE SET " +
           added(survey, "survey_tallies", "excluded"));
  c.script("CREATE TEMP TABLE bulk_counts AS SELECT r.organisation_id, " + selected(monitoring) + " FROM " + bulk_rows +
           " GROUP BY r.organisation_id");
  const std::string in_year = " AND t.year = " + std::to_string(year);
  c.script("UPDATE monitoring_tallies t SET " + added(monitoring, "t", "s") +
           " FROM bulk_counts s WHERE t.organisation_id = s.organisation_id" + in_year);
  std::string group_sums;
  for (const auto& [column, _] : monitoring) group_sums += ", SUM(b." + column + ") AS " + column;
  c.script("UPDATE monitoring_group_tallies g SET " + added(monitoring, "g", "s") +
           " FROM (SELECT t.year, t.region_code, t.authority_id, t.municipality, t.sphere" + group_sums +
           " FROM bulk_counts b JOIN monitoring_tallies t ON t.organisation_id = b.organisation_id" + in_year +
           " GROUP BY t.year, t.region_code, t.authority_id, t.municipality, t.sphere) s "
           "WHERE g.year = s.year AND g.region_code = s.region_code AND g.authority_id = s.authority_id "
           "AND g.municipality = s.municipality AND g.sphere = s.sphere");
  tx.commit();
  c.script("DROP TABLE bulk_counts; DROP TABLE bulk_orgs; DROP TABLE bulk_patterns; ANALYZE");
  std::cerr << "bulk responses: " << total << " stored and counted in " << static_cast<int>(seconds_since(start))
            << " s\n";
}

}  // namespace nok::bench
