#include "support/popularisation_activity.h"

#include <string>

#include "core/id.h"
#include "store/sql/insert.h"

namespace nok::test {
namespace {

std::int64_t organisation(sql::Connection& c, std::string_view code) {
  std::int64_t id = 0;
  c.run("SELECT id FROM organisations WHERE code = $1", {code}, [&](const sql::Row& r) { id = r.i64("id"); });
  return id;
}

std::int64_t placement(sql::Connection& c, std::int64_t org, std::string_view carrier) {
  const auto id = new_id();
  c.run(
      "INSERT INTO placements (id, organisation_id, carrier, place, created_at) VALUES ($1, $2, $3, 'stand', "
      "'2020-01-01T00:00:00Z')",
      {id, org, carrier});
  return id;
}

void scans(sql::Connection& c, std::int64_t org, std::int64_t placement_id, const std::string& day, std::int64_t n,
           std::int64_t completed) {
  c.run("INSERT INTO scan_counts (organisation_id, placement_id, day, scans, completed) VALUES ($1, $2, $3, $4, $5)",
        {org, placement_id, std::string_view(day), n, completed});
}

void invitation(sql::Connection& c, std::int64_t org, const std::string& sent, const std::string& answered) {
  const auto id = new_id();
  const std::string hash = "hash-" + std::to_string(id);
  sql::Insert("invitations")
      .set("id", id)
      .set("organisation_id", org)
      .set("cycle_id", std::int64_t{1})
      .set("channel", "mail")
      .set("contact_hash", hash)
      .set("nonce", hash)
      .set("service_at", sent)
      .set("consent_at", sent)
      .set("consent_place", "регистратура")
      .set("consent_version", "1")
      .set("source", "upload")
      .set("utc_offset_hours", std::int64_t{3})
      .set("state", std::string_view(answered.empty() ? "sent" : "answered"))
      .set("due_at", "")
      .set("created_at", sent)
      .set("sent_at", sent)
      .set("answered_at", answered)
      .run(c);
}

void response(sql::Connection& c, std::int64_t org, std::string_view channel, const std::string& at,
              std::string_view status) {
  sql::Insert("responses")
      .set("id", new_id())
      .set("organisation_id", org)
      .set("channel", channel)
      .set("collected_at", at)
      .set("questionnaire", "675n")
      .set("answers", "{}")
      .set("status", status)
      .set("received_at", at)
      .run(c);
}

}  // namespace

void add_popularisation_activity(sql::Pool& pool, int year) {
  auto c = pool.acquire();
  const std::string y = std::to_string(year) + "-";
  const auto school = organisation(*c, "school"), clinic = organisation(*c, "clinic");
  const auto poster = placement(*c, school, "poster_a4");
  scans(*c, school, poster, y + "03-10", 10, 3);
  scans(*c, school, poster, y + "06-01", 5, 1);
  scans(*c, school, poster, std::to_string(year - 1) + "-12-31", 100, 50);
  scans(*c, school, placement(*c, school, "ticket"), y + "03-15", 7, 2);
  scans(*c, school, placement(*c, school, "website"), y + "04-01", 4, 0);
  scans(*c, school, 0, y + "03-10", 50, 0);
  for (int i = 0; i < 3; ++i) invitation(*c, school, y + "03-05T10:00:00Z", i < 2 ? y + "03-06T09:00:00Z" : "");
  invitation(*c, school, y + "07-01T10:00:00Z", "");
  response(*c, school, "kiosk", y + "03-01T00:00:00Z", "counted");  // the first and last second of March
  response(*c, school, "kiosk", y + "03-31T23:59:59Z", "counted");
  response(*c, school, "kiosk", y + "04-01T00:00:00Z", "counted");
  response(*c, school, "kiosk", y + "03-21T12:00:00Z", "excluded");
  response(*c, school, "web", y + "03-20T12:00:00Z", "counted");

  scans(*c, clinic, placement(*c, clinic, "poster_a4"), y + "03-10", 1000, 500);
  invitation(*c, clinic, y + "03-05T10:00:00Z", y + "03-05T11:00:00Z");
  for (int i = 0; i < 10; ++i) response(*c, clinic, "kiosk", y + "03-20T12:00:00Z", "counted");
}

}  // namespace nok::test
