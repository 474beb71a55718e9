// The rows of the authorities' popularisation plans; every change is audited in its own
// transaction.
#include <string>

#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/sql_popularisation_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kColumns =
    "SELECT m.id, m.authority_id, m.year, m.type, m.title, m.starts_on, m.ends_on, m.responsible, m.evidence_url, "
    "m.status, m.created_at, m.updated_at FROM popularisation_measures m ";

PopularisationMeasure measure_of(const Row& r) {
  PopularisationMeasure m;
  m.id = r.i64("id");
  m.authority_id = r.i64("authority_id");
  m.year = static_cast<int>(r.i64("year"));
  m.draft = {std::string(r.text("type")),    std::string(r.text("title")),       std::string(r.text("starts_on")),
             std::string(r.text("ends_on")), std::string(r.text("responsible")), std::string(r.text("evidence_url"))};
  m.status = popularisation::parse_status(r.text("status")).value_or(popularisation::Status::planned);
  m.created_at = r.text("created_at");
  m.updated_at = r.text("updated_at");
  return m;
}

}  // namespace

std::optional<PlanAuthority> SqlPopularisationStore::authority(std::int64_t authority_id) {
  std::optional<PlanAuthority> out;
  auto c = pool_.acquire();
  c->run("SELECT a.id, a.name, COALESCE(a.region_code, '') AS region_code FROM authorities a WHERE a.id = $1",
         {authority_id}, [&](const Row& r) {
           out = PlanAuthority{r.i64("id"), std::string(r.text("name")), std::string(r.text("region_code"))};
         });
  return out;
}

std::vector<PopularisationMeasure> SqlPopularisationStore::measures(std::int64_t authority_id, int year) {
  std::vector<PopularisationMeasure> out;
  auto c = pool_.acquire();
  c->run(std::string(kColumns) + "WHERE m.authority_id = $1 AND m.year = $2 ORDER BY m.starts_on, m.ends_on, m.id",
         {authority_id, std::int64_t{year}}, [&](const Row& r) { out.push_back(measure_of(r)); });
  return out;
}

std::optional<PopularisationMeasure> SqlPopularisationStore::find_measure(std::int64_t id) {
  std::optional<PopularisationMeasure> out;
  auto c = pool_.acquire();
  c->run(std::string(kColumns) + "WHERE m.id = $1", {id}, [&](const Row& r) { out = measure_of(r); });
  return out;
}

std::int64_t SqlPopularisationStore::add_measure(std::int64_t authority_id, int year,
                                                 const popularisation::MeasureDraft& d, AuditEntry audit) {
  const std::int64_t id = new_id();
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("popularisation_measures")
      .set("id", id)
      .set("authority_id", authority_id)
      .set("year", std::int64_t{year})
      .set("type", d.type)
      .set("title", d.title)
      .set("starts_on", d.starts_on)
      .set("ends_on", d.ends_on)
      .set("responsible", d.responsible)
      .set("evidence_url", d.evidence_url)
      .set("status", popularisation::code(popularisation::Status::planned))
      .set("created_at", now)
      .set("updated_at", now)
      .run(*c);
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

bool SqlPopularisationStore::audited(std::string_view sql, std::initializer_list<Param> params,
                                     const AuditEntry& audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (c->run(sql, params) != 1) return false;
  append_audit(*c, audit);
  tx.commit();
  return true;
}

bool SqlPopularisationStore::change_measure(std::int64_t id, const popularisation::MeasureDraft& d,
                                            const AuditEntry& audit) {
  const std::string now = iso_utc_now();
  return audited(
      "UPDATE popularisation_measures SET type = $2, title = $3, starts_on = $4, ends_on = $5, "
      "responsible = $6, evidence_url = $7, updated_at = $8 WHERE id = $1",
      {id, std::string_view(d.type), std::string_view(d.title), std::string_view(d.starts_on),
       std::string_view(d.ends_on), std::string_view(d.responsible), std::string_view(d.evidence_url),
       std::string_view(now)},
      audit);
}

bool SqlPopularisationStore::set_status(std::int64_t id, popularisation::Status status, const AuditEntry& audit) {
  const std::string now = iso_utc_now();
  return audited("UPDATE popularisation_measures SET status = $2, updated_at = $3 WHERE id = $1",
                 {id, popularisation::code(status), std::string_view(now)}, audit);
}

bool SqlPopularisationStore::remove_measure(std::int64_t id, const AuditEntry& audit) {
  return audited("DELETE FROM popularisation_measures WHERE id = $1", {id}, audit);
}

}  // namespace nok::sql
