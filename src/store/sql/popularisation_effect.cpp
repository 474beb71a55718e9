// The counts of the popularisation plans and the figures that show their effect, summed by
// the database: a region's year is thousands of organisations' daily counters.
#include <string>

#include "store/sql/sql_popularisation_store.h"

namespace nok::sql {
namespace {

// The organisations `o` of the scope in $1 (authority, 0: any) and $2 (region, '': any).
constexpr std::string_view kOrganisations =
    "(CAST($1 AS BIGINT) = 0 OR o.authority_id = CAST($1 AS BIGINT)) AND ($2 = '' OR o.region_code = $2)";

}  // namespace

std::vector<MeasureCount> SqlPopularisationStore::measure_counts(std::int64_t authority_id,
                                                                 std::string_view region_code, int year) {
  std::vector<MeasureCount> out;
  auto c = pool_.acquire();
  c->run(
      "SELECT m.type, m.status, COUNT(*) AS n FROM popularisation_measures m "
      "JOIN authorities a ON a.id = m.authority_id "
      "WHERE m.year = $3 AND (CAST($1 AS BIGINT) = 0 OR m.authority_id = CAST($1 AS BIGINT)) "
      "AND ($2 = '' OR a.region_code = $2) GROUP BY m.type, m.status ORDER BY m.type, m.status",
      {authority_id, region_code, std::int64_t{year}}, [&](const Row& r) {
        out.push_back({std::string(r.text("type")), std::string(r.text("status")), r.i64("n")});
      });
  return out;
}

PopularisationEffect SqlPopularisationStore::effect(const EffectScope& s) {
  // Scans of live and removed placements alike: a poster taken down still brought its scans.
  static const std::string by_carrier =
      "SELECT p.carrier, SUM(x.scans) AS scans, SUM(x.completed) AS answers FROM scan_counts x "
      "JOIN placements p ON p.id = x.placement_id JOIN organisations o ON o.id = x.organisation_id WHERE " +
      std::string(kOrganisations) +
      " AND x.day >= $3 AND x.day <= $4 "
      "GROUP BY p.carrier HAVING SUM(x.scans) > 0 OR SUM(x.completed) > 0 ORDER BY p.carrier";
  // Times are ISO 8601 UTC ('' not yet): a time on day D lies in [D, D || 'T24'), so a span of
  // days is a range of the partial indexes of migration 029.
  const auto on_a_day = [](std::string_view from, std::string_view time, std::string_view condition) {
    const std::string t(time);
    return "(SELECT COUNT(*) FROM " + std::string(from) + " JOIN organisations o ON o.id = x.organisation_id WHERE " +
           std::string(kOrganisations) + " AND " + std::string(condition) + " AND " + t + " >= $3 AND " + t +
           " < (CAST($4 AS TEXT) || 'T24'))";
  };
  static const std::string totals =
      "SELECT " + on_a_day("invitations x", "x.sent_at", "x.sent_at <> ''") + " AS sent, " +
      on_a_day("invitations x", "x.answered_at", "x.answered_at <> ''") + " AS answered, " +
      on_a_day("responses x", "x.collected_at", "x.channel = 'kiosk' AND x.status = 'counted'") + " AS kiosk";

  PopularisationEffect out;
  const std::initializer_list<Param> params{s.authority_id, std::string_view(s.region_code),
                                            std::string_view(s.from_day), std::string_view(s.to_day)};
  auto c = pool_.acquire();
  c->run(by_carrier, params, [&](const Row& r) {
    out.carriers.push_back({std::string(r.text("carrier")), r.i64("scans"), r.i64("answers")});
  });
  c->run(totals, params, [&](const Row& r) {
    out.invitations_sent = r.i64("sent");
    out.invitations_answered = r.i64("answered");
    out.kiosk_answers = r.i64("kiosk");
  });
  return out;
}

}  // namespace nok::sql
