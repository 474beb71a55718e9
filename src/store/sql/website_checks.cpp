// The website checker's records: each check, the latest per organisation, and the holds
// that keep two processes from checking one site at once.
#include "core/id.h"
#include "store/sql/insert.h"
#include "store/sql/sql_website_check_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kCheckColumns =
    "c.id, c.organisation_id, c.website, c.verdict, c.reason, c.page_url, c.image_url, c.decoded, c.checked_at";

WebsiteCheck read_check(const Row& r) {
  WebsiteCheck check;
  check.id = r.i64("id");
  check.organisation_id = r.i64("organisation_id");
  check.website = r.text("website");
  check.verdict = r.text("verdict");
  check.reason = r.text("reason");
  check.page_url = r.text("page_url");
  check.image_url = r.text("image_url");
  check.decoded = r.text("decoded");
  check.checked_at = r.text("checked_at");
  return check;
}

// A state row for every organisation with a website, so that holds and the latest check have
// a row to live in (the schedule's round: one pass over the registry).
void ensure_states(Connection& c) {
  c.run("INSERT INTO website_check_state (organisation_id) SELECT o.id FROM organisations o "
        "WHERE o.website <> '' AND NOT EXISTS "
        "(SELECT 1 FROM website_check_state s WHERE s.organisation_id = o.id) ON CONFLICT DO NOTHING");
}

// The same for one organisation, by its key alone: a record must not scan the registry.
void ensure_state(Connection& c, std::int64_t organisation_id) {
  c.run("INSERT INTO website_check_state (organisation_id) VALUES ($1) ON CONFLICT DO NOTHING", {organisation_id});
}

}  // namespace

WebsiteCheck SqlWebsiteCheckStore::record(WebsiteCheck check) {
  check.id = new_id();
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("website_checks")
      .set("id", check.id)
      .set("organisation_id", check.organisation_id)
      .set("website", check.website)
      .set("verdict", check.verdict)
      .set("reason", check.reason)
      .set("page_url", check.page_url)
      .set("image_url", check.image_url)
      .set("decoded", check.decoded)
      .set("checked_at", check.checked_at)
      .run(*c);
  ensure_state(*c, check.organisation_id);
  c->run("UPDATE website_check_state SET last_check_id = $2, last_checked_at = $3, claimed_until = NULL "
         "WHERE organisation_id = $1",
         {check.organisation_id, check.id, std::string_view(check.checked_at)});
  tx.commit();
  return check;
}

std::vector<WebsiteCheck> SqlWebsiteCheckStore::history(std::int64_t organisation_id, int limit) {
  std::vector<WebsiteCheck> out;
  auto c = pool_.acquire();
  c->run("SELECT " + std::string(kCheckColumns) +
             " FROM website_checks c WHERE c.organisation_id = $1 ORDER BY c.checked_at DESC, c.id DESC LIMIT $2",
         {organisation_id, std::int64_t{limit}}, [&](const Row& r) { out.push_back(read_check(r)); });
  return out;
}

std::vector<std::string> SqlWebsiteCheckStore::claim_due(const std::string& checked_before, const std::string& now,
                                                         const std::string& lease_until, int limit) {
  std::vector<std::int64_t> held;
  auto c = pool_.acquire();
  Transaction tx(*c);
  ensure_states(*c);
  // The subquery picks; the outer condition repeats the hold check on the row as the update
  // reaches it, so a row another process took meanwhile is left alone. On PostgreSQL the
  // pick also skips rows another process is claiming right now.
  const std::string skip_locked = c->engine() == Engine::postgres ? " FOR UPDATE OF s SKIP LOCKED" : "";
  constexpr std::string_view kFree = "(claimed_until IS NULL OR claimed_until < $2)";
  c->run("UPDATE website_check_state SET claimed_until = $3 WHERE organisation_id IN (SELECT s.organisation_id "
         "FROM website_check_state s JOIN organisations o ON o.id = s.organisation_id WHERE o.website <> '' AND "
         "s.last_checked_at < $1 AND (s.claimed_until IS NULL OR s.claimed_until < $2) "
         "ORDER BY s.last_checked_at, s.organisation_id LIMIT $4" +
             skip_locked + ") AND " + std::string(kFree) + " RETURNING organisation_id",
         {std::string_view(checked_before), std::string_view(now), std::string_view(lease_until), std::int64_t{limit}},
         [&](const Row& r) { held.push_back(r.i64("organisation_id")); });
  std::vector<std::string> out;
  for (const auto id : held)
    c->run("SELECT code FROM organisations WHERE id = $1", {id},
           [&](const Row& r) { out.emplace_back(r.text("code")); });
  tx.commit();
  return out;
}

bool SqlWebsiteCheckStore::claim_now(std::int64_t organisation_id, const std::string& checked_after,
                                     const std::string& now, const std::string& lease_until) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  ensure_state(*c, organisation_id);
  const auto taken = c->run(
      "UPDATE website_check_state SET claimed_until = $4 WHERE organisation_id = $1 AND "
      "last_checked_at < $2 AND (claimed_until IS NULL OR claimed_until < $3)",
      {organisation_id, std::string_view(checked_after), std::string_view(now), std::string_view(lease_until)});
  tx.commit();
  return taken == 1;
}

std::vector<WebsiteCoverageRow> SqlWebsiteCheckStore::coverage(std::int64_t authority_id, std::string_view region_code) {
  std::vector<WebsiteCoverageRow> out;
  const std::string region(region_code);  // an empty view may have no data: it would bind as NULL
  auto c = pool_.acquire();
  c->run("SELECT o.code, o.short_name, o.region_code, o.municipality, o.sphere, COALESCE(a.name, '') AS authority, "
         "o.website, COALESCE(c.id, 0) AS id, o.id AS organisation_id, COALESCE(c.website, '') AS checked_website, "
         "COALESCE(c.verdict, '') AS verdict, COALESCE(c.reason, '') AS reason, COALESCE(c.page_url, '') AS page_url, "
         "COALESCE(c.image_url, '') AS image_url, COALESCE(c.decoded, '') AS decoded, "
         "COALESCE(c.checked_at, '') AS checked_at FROM organisations o "
         "LEFT JOIN authorities a ON a.id = o.authority_id "
         "LEFT JOIN website_check_state s ON s.organisation_id = o.id "
         "LEFT JOIN website_checks c ON c.id = s.last_check_id "
         "WHERE (CAST($1 AS BIGINT) = 0 OR o.authority_id = CAST($1 AS BIGINT)) AND ($2 = '' OR o.region_code = $2) "
         "ORDER BY o.region_code, o.municipality, o.short_name, o.id",
         {authority_id, std::string_view(region)}, [&](const Row& r) {
           WebsiteCoverageRow row;
           row.code = r.text("code");
           row.short_name = r.text("short_name");
           row.region_code = r.text("region_code");
           row.municipality = r.text("municipality");
           row.sphere = r.text("sphere");
           row.authority = r.text("authority");
           row.website = r.text("website");
           row.last.id = r.i64("id");
           row.last.organisation_id = r.i64("organisation_id");
           row.last.website = r.text("checked_website");
           row.last.verdict = r.text("verdict");
           row.last.reason = r.text("reason");
           row.last.page_url = r.text("page_url");
           row.last.image_url = r.text("image_url");
           row.last.decoded = r.text("decoded");
           row.last.checked_at = r.text("checked_at");
           out.push_back(std::move(row));
         });
  return out;
}

}  // namespace nok::sql
