// Regions, authorities and organisations.
#include <map>

#include "core/id.h"
#include "core/metrics.h"
#include "core/text.h"
#include "core/time.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/query.h"
#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kOrganisationColumns =
    "o.id, o.code, o.inn, o.full_name, o.short_name, o.region_code, o.sphere, o.level, "
    "COALESCE(a.name, '') AS authority, o.municipality, o.address, o.website, o.recipients_per_year, o.bus_gov_card, "
    "COALESCE(o.qr_destination, '') AS qr_destination";

Organisation read_organisation(const Row& r) {
  Organisation o;
  o.id = r.i64("id");
  o.code = r.text("code");
  o.inn = r.text("inn");
  o.full_name = r.text("full_name");
  o.short_name = r.text("short_name");
  o.region_code = r.text("region_code");
  o.sphere = parse_sphere(r.text("sphere")).value_or(Sphere::culture);
  o.level = parse_level(r.text("level")).value_or(Level::regional);
  o.authority = r.text("authority");
  o.municipality = r.text("municipality");
  o.address = r.text("address");
  o.website = r.text("website");
  o.recipients_per_year = r.i64("recipients_per_year");
  o.bus_gov_card = std::string(r.text("bus_gov_card"));
  o.qr_destination = parse_qr_destination(r.text("qr_destination"));
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

// An organisation's own profile field as stored, with the time its staff last edited it
// (empty: the value is the registry's).
struct StoredField {
  std::string value;
  std::string edited_at;
};

struct StaffEdited {
  StoredField address;
  StoredField website;
};

// The organisations with a staff edit the registry has not overwritten since, by code.
std::map<std::string, StaffEdited, std::less<>> staff_edited(Connection& c) {
  std::map<std::string, StaffEdited, std::less<>> out;
  c.run("SELECT code, address, COALESCE(address_edited_at, '') AS address_edited_at, website, "
        "COALESCE(website_edited_at, '') AS website_edited_at "
        "FROM organisations WHERE address_edited_at IS NOT NULL OR website_edited_at IS NOT NULL",
        {}, [&](const Row& r) {
          out[std::string(r.text("code"))] = {
              {std::string(r.text("address")), std::string(r.text("address_edited_at"))},
              {std::string(r.text("website")), std::string(r.text("website_edited_at"))}};
        });
  return out;
}

// Settles one of the organisation's own fields of an imported row. `value` comes in as the
// registry's and goes out as the one to store; `edited_at` goes out as the staff edit that
// stays (empty: the stored value is the registry's). A staff edit that differs from the
// registry is a conflict, whether it is kept or overwritten.
void settle(std::string_view code, std::string_view field, const StoredField& stored, StaffEdits staff_edits,
            std::string& value, std::string& edited_at, std::vector<ProfileConflict>& conflicts) {
  if (stored.edited_at.empty()) return;
  if (stored.value != value)
    conflicts.push_back({std::string(code), std::string(field), value, stored.value, stored.edited_at});
  if (staff_edits == StaffEdits::overwrite) return;
  value = stored.value;
  edited_at = stored.edited_at;
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
  c->run("SELECT code, name, qr_destination FROM regions ORDER BY code", {}, [&](const Row& r) {
    out.push_back({std::string(r.text("code")), std::string(r.text("name")),
                   parse_qr_destination(r.text("qr_destination")).value_or(QrDestination::nok)});
  });
  return out;
}

UpsertSummary SqlStore::upsert_organisations(const std::vector<Organisation>& organisations, StaffEdits staff_edits) {
  static auto& histogram = timing("upsert_organisations");
  metrics::Timer timer(histogram);
  UpsertSummary summary;
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  Transaction tx(*c);
  // The staff edits read below must be the ones the rows are written over: a cabinet save
  // between the two would be overwritten unreported. SQLite's write transaction holds every
  // other writer off already; on PostgreSQL this lock does so for the organisations, while
  // reads and the foreign-key checks of other tables' writes go on (a cabinet save waits,
  // then finds the import's newer version and is refused as stale).
  if (c->engine() == Engine::postgres) c->script("LOCK TABLE organisations IN SHARE ROW EXCLUSIVE MODE");
  const auto edited = staff_edited(*c);

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
           [&](const Row& r) { authority_ids[o.authority] = r.i64("id"); });
  }

  for (const auto& o : organisations) {
    const std::string sphere(code(o.sphere)), level(code(o.level)), search = search_text(o);
    Param authority = nullptr;
    if (auto it = authority_ids.find(o.authority); it != authority_ids.end()) authority = it->second;
    std::string address = o.address, website = o.website, address_edited_at, website_edited_at;
    const std::string card = o.bus_gov_card.value_or("");
    if (auto it = edited.find(o.code); it != edited.end()) {
      settle(o.code, "address", it->second.address, staff_edits, address, address_edited_at, summary.conflicts);
      settle(o.code, "website", it->second.website, staff_edits, website, website_edited_at, summary.conflicts);
    }
    // `inserted` is 1 when the row is new: only then does the row carry the id given here.
    const std::int64_t id = new_id();
    Insert("organisations")
        .set("id", id)
        .set("code", o.code)
        .set("inn", o.inn)
        .set("full_name", o.full_name)
        .set("short_name", o.short_name)
        .set("region_code", o.region_code)
        .set("sphere", sphere)
        .set("level", level)
        .set("authority_id", authority)
        .set("municipality", o.municipality)
        .set("address", address)
        .set("website", website)
        .set("recipients_per_year", o.recipients_per_year)
        .set("search_text", search)
        .set("created_at", now)
        .set("updated_at", now)
        .set("address_edited_at", text_or_null(address_edited_at))
        .set("website_edited_at", text_or_null(website_edited_at))
        .set("bus_gov_card", card)
        .then("ON CONFLICT (code) DO UPDATE SET inn = excluded.inn, full_name = excluded.full_name, "
              "short_name = excluded.short_name, region_code = excluded.region_code, sphere = excluded.sphere, "
              "level = excluded.level, authority_id = excluded.authority_id, municipality = excluded.municipality, "
              "address = excluded.address, website = excluded.website, "
              "address_edited_at = excluded.address_edited_at, website_edited_at = excluded.website_edited_at, "
              "recipients_per_year = excluded.recipients_per_year, search_text = excluded.search_text, "
              "bus_gov_card = CASE WHEN CAST($? AS BIGINT) = 1 THEN excluded.bus_gov_card ELSE organisations.bus_gov_card END, "
              "version = organisations.version + 1, updated_at = excluded.updated_at "
              "RETURNING CASE WHEN organisations.version = 1 AND organisations.id = $? THEN 1 ELSE 0 END AS inserted",
              {std::int64_t{o.bus_gov_card.has_value()}, id})
        .run(*c, [&](const Row& r) { (r.i64("inserted") ? summary.inserted : summary.updated) += 1; });
  }
  regroup_organisations(*c);
  tx.commit();
  cache_events_.changed(*c, Stale::registry);
  return summary;
}

std::optional<Organisation> SqlStore::find_organisation(std::string_view code) {
  static auto& histogram = timing("find_organisation");
  metrics::Timer timer(histogram);
  static const std::string sql = "SELECT " + std::string(kOrganisationColumns) +
                                 " FROM organisations o LEFT JOIN authorities a ON a.id = o.authority_id"
                                 " WHERE o.code = $1";
  if (auto cached = organisations_.find(code)) return cached;
  auto out = reads_->run([&](Connection& c) {
    std::optional<Organisation> found;
    c.run(sql, {code}, [&](const Row& r) { found = read_organisation(r); });
    return found;
  });
  if (out) organisations_.put(code, *out);
  return out;
}

OrganisationPage SqlStore::search_organisations(const OrganisationQuery& q) {
  static auto& histogram = timing("search_organisations");
  metrics::Timer timer(histogram);
  // Only the conditions the query sets are written, so each can use its index (on
  // PostgreSQL the text goes through the trigram index on search_text).
  const std::string pattern = like_pattern(q.text);
  const std::string sphere = q.sphere ? std::string(code(*q.sphere)) : "";
  std::string spheres;  // a list of spheres is one parameter, ",education,culture,", matched by ",code,"
  for (auto s : q.spheres) spheres += "," + std::string(code(s));
  if (!spheres.empty()) spheres += ",";
  std::string key;  // each part with its length first: no text can pass for another part
  for (const std::string& part : {pattern, q.region_code, sphere, spheres, std::to_string(q.authority_id),
                                  q.municipality, std::to_string(q.limit), std::to_string(q.offset)})
    key += std::to_string(part.size()) + ':' + part;
  if (auto kept = searches_.find(key)) return std::move(*kept);
  auto where = [&](Query& query) {
    if (!q.text.empty()) (query.where("o.search_text LIKE ").bind(std::string_view(pattern)) += " ESCAPE '\\'");
    if (!q.region_code.empty()) query.where("o.region_code = ").bind(std::string_view(q.region_code));
    if (!sphere.empty()) query.where("o.sphere = ").bind(std::string_view(sphere));
    if (q.authority_id != 0) query.where("o.authority_id = ").bind(q.authority_id);
    if (!q.municipality.empty()) query.where("o.municipality = ").bind(std::string_view(q.municipality));
    if (!spheres.empty()) (query.where("").bind(std::string_view(spheres)) += " LIKE '%,' || o.sphere || ',%'");
  };
  Query select("SELECT " + std::string(kOrganisationColumns) +
               " FROM organisations o LEFT JOIN authorities a ON a.id = o.authority_id");
  where(select);
  (select += " ORDER BY o.short_name, o.id LIMIT ").bind(std::int64_t{q.limit}) += " OFFSET ";
  select.bind(std::int64_t{q.offset});
  Query count("SELECT COUNT(*) AS n FROM organisations o");
  where(count);

  auto found = reads_->run([&](Connection& c) {
    OrganisationPage page;
    select.run(c, [&](const Row& r) { page.items.push_back(read_organisation(r)); });
    count.run(c, [&](const Row& r) { page.total = r.i64("n"); });
    return page;
  });
  searches_.put(key, found);
  return found;
}

std::vector<std::string> SqlStore::municipalities(std::int64_t authority_id) {
  std::vector<std::string> out;
  auto c = pool_->acquire();
  c->run("SELECT DISTINCT municipality FROM organisations WHERE authority_id = $1 AND municipality <> '' "
         "ORDER BY municipality",
         {authority_id}, [&](const Row& r) { out.emplace_back(r.text("municipality")); });
  return out;
}

std::int64_t SqlStore::count_organisations() {
  std::int64_t n = 0;
  auto c = pool_->acquire();
  c->run("SELECT COUNT(*) AS n FROM organisations", {}, [&](const Row& r) { n = r.i64("n"); });
  return n;
}

}  // namespace nok::sql
