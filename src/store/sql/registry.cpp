// Regions, authorities and organisations.
#include <map>

#include "core/id.h"
#include "core/metrics.h"
#include "core/text.h"
#include "core/time.h"
#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kOrganisationColumns =
    "o.id, o.code, o.inn, o.full_name, o.short_name, o.region_code, o.sphere, o.level, "
    "COALESCE(a.name, ''), o.municipality, o.address, o.website, o.recipients_per_year";

Organisation read_organisation(const Row& r) {
  Organisation o;
  o.id = r.i64(0);
  o.code = r.text(1);
  o.inn = r.text(2);
  o.full_name = r.text(3);
  o.short_name = r.text(4);
  o.region_code = r.text(5);
  o.sphere = parse_sphere(r.text(6)).value_or(Sphere::culture);
  o.level = parse_level(r.text(7)).value_or(Level::regional);
  o.authority = r.text(8);
  o.municipality = r.text(9);
  o.address = r.text(10);
  o.website = r.text(11);
  o.recipients_per_year = r.i64(12);
  return o;
}

std::string search_text(const Organisation& o) {
  return text::fold(o.short_name + "\n" + o.full_name + "\n" + o.inn);
}

// Escapes LIKE wildcards so a search for "100%" or "a_b" means those characters.
std::string like_pattern(std::string_view needle) {
  std::string out = "%";
  for (char c : text::fold(needle)) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

metrics::Histogram& timing(const char* op) {
  return metrics::histogram("nok_store_seconds", std::string("op=\"") + op + "\"");
}

}  // namespace

void SqlStore::upsert_regions(const std::vector<Region>& regions) {
  auto c = pool_->acquire();
  Transaction tx(*c);
  for (const auto& r : regions)
    c->run("INSERT INTO regions (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = excluded.name",
           {std::string_view(r.code), std::string_view(r.name)});
  tx.commit();
}

std::vector<Region> SqlStore::regions() {
  std::vector<Region> out;
  auto c = pool_->acquire();
  c->run("SELECT code, name FROM regions ORDER BY code", {},
         [&](const Row& r) { out.push_back({std::string(r.text(0)), std::string(r.text(1))}); });
  return out;
}

UpsertSummary SqlStore::upsert_organisations(const std::vector<Organisation>& organisations) {
  static auto& histogram = timing("upsert_organisations");
  metrics::Timer timer(histogram);
  UpsertSummary summary;
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  Transaction tx(*c);

  std::map<std::string, std::int64_t> authority_ids;
  for (const auto& o : organisations) {
    if (o.authority.empty() || authority_ids.contains(o.authority)) continue;
    const std::int64_t id = new_id();
    const std::string level(code(o.level));
    c->run("INSERT INTO authorities (id, name, region_code, level, created_at) VALUES ($1, $2, $3, $4, $5) "
           "ON CONFLICT (name) DO NOTHING",
           {id, std::string_view(o.authority),
            o.level == Level::federal ? Param(nullptr) : Param(std::string_view(o.region_code)),
            std::string_view(level), std::string_view(now)});
    c->run("SELECT id FROM authorities WHERE name = $1", {std::string_view(o.authority)},
           [&](const Row& r) { authority_ids[o.authority] = r.i64(0); });
  }

  for (const auto& o : organisations) {
    const std::string sphere(code(o.sphere)), level(code(o.level)), search = search_text(o);
    Param authority = nullptr;
    if (auto it = authority_ids.find(o.authority); it != authority_ids.end()) authority = it->second;
    // `inserted` is 1 when the row is new: the RETURNING clause sees created_at = $15 only then.
    c->run("INSERT INTO organisations (id, code, inn, full_name, short_name, region_code, sphere, level, "
           "authority_id, municipality, address, website, recipients_per_year, search_text, created_at, updated_at) "
           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) "
           "ON CONFLICT (code) DO UPDATE SET inn = excluded.inn, full_name = excluded.full_name, "
           "short_name = excluded.short_name, region_code = excluded.region_code, sphere = excluded.sphere, "
           "level = excluded.level, authority_id = excluded.authority_id, municipality = excluded.municipality, "
           "address = excluded.address, website = excluded.website, "
           "recipients_per_year = excluded.recipients_per_year, search_text = excluded.search_text, "
           "version = organisations.version + 1, updated_at = excluded.updated_at "
           "RETURNING CASE WHEN organisations.version = 1 AND organisations.id = $1 THEN 1 ELSE 0 END",
           {new_id(), std::string_view(o.code), std::string_view(o.inn), std::string_view(o.full_name),
            std::string_view(o.short_name), std::string_view(o.region_code), std::string_view(sphere),
            std::string_view(level), authority, std::string_view(o.municipality), std::string_view(o.address),
            std::string_view(o.website), o.recipients_per_year, std::string_view(search), std::string_view(now)},
           [&](const Row& r) { (r.i64(0) ? summary.inserted : summary.updated) += 1; });
  }
  tx.commit();
  organisations_.clear();
  return summary;
}

std::optional<Organisation> SqlStore::find_organisation(std::string_view code) {
  static auto& histogram = timing("find_organisation");
  metrics::Timer timer(histogram);
  static const std::string sql = "SELECT " + std::string(kOrganisationColumns) +
                                 " FROM organisations o LEFT JOIN authorities a ON a.id = o.authority_id"
                                 " WHERE o.code = $1";
  if (auto cached = organisations_.find(code)) return cached;
  std::optional<Organisation> out;
  auto c = pool_->acquire();
  c->run(sql, {code}, [&](const Row& r) { out = read_organisation(r); });
  if (out) organisations_.put(code, *out);
  return out;
}

OrganisationPage SqlStore::search_organisations(const OrganisationQuery& q) {
  static auto& histogram = timing("search_organisations");
  metrics::Timer timer(histogram);
  static const std::string where =
      " FROM organisations o LEFT JOIN authorities a ON a.id = o.authority_id"
      " WHERE ($1 = '' OR o.search_text LIKE $2 ESCAPE '\\')"
      " AND ($3 = '' OR o.region_code = $3) AND ($4 = '' OR o.sphere = $4)";
  static const std::string select =
      "SELECT " + std::string(kOrganisationColumns) + where + " ORDER BY o.short_name, o.id LIMIT $5 OFFSET $6";
  static const std::string count = "SELECT COUNT(*)" + where;

  const std::string pattern = like_pattern(q.text);
  const std::string sphere = q.sphere ? std::string(code(*q.sphere)) : "";
  OrganisationPage page;
  auto c = pool_->acquire();
  c->run(select,
         {std::string_view(q.text), std::string_view(pattern), std::string_view(q.region_code),
          std::string_view(sphere), std::int64_t{q.limit}, std::int64_t{q.offset}},
         [&](const Row& r) { page.items.push_back(read_organisation(r)); });
  c->run(count,
         {std::string_view(q.text), std::string_view(pattern), std::string_view(q.region_code),
          std::string_view(sphere)},
         [&](const Row& r) { page.total = r.i64(0); });
  return page;
}

std::int64_t SqlStore::count_organisations() {
  std::int64_t n = 0;
  auto c = pool_->acquire();
  c->run("SELECT COUNT(*) FROM organisations", {}, [&](const Row& r) { n = r.i64(0); });
  return n;
}

}  // namespace nok::sql
