// Cycles, their organisations, the steps of the state machine (domain/cycle) and the
// materials each step writes or checks. Every change checks and bumps cycles.version, so
// a stale form changes nothing.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_cycle_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kSelectCycles =
    "SELECT cy.id, cy.year, cy.authority_id, a.name AS authority, COALESCE(cy.operator_id, 0) AS operator_id, "
    "COALESCE(op.name, '') AS operator_name, cy.state, cy.methodology, cy.spheres, cy.edition, cy.version, "
    "COALESCE(cy.submitted_at, '') AS submitted_at, COALESCE(cy.approved_at, '') AS approved_at, "
    "COALESCE(cy.published_at, '') AS published_at, "
    "(SELECT COUNT(*) FROM cycle_organisations co WHERE co.cycle_id = cy.id) AS organisations, "
    "(SELECT COUNT(*) FROM plans p JOIN cycle_organisations co ON co.organisation_id = p.organisation_id "
    " AND co.cycle_id = p.cycle_id WHERE p.cycle_id = cy.id AND p.published_at IS NOT NULL) AS plans_approved "
    "FROM cycles cy JOIN authorities a ON a.id = cy.authority_id LEFT JOIN operators op ON op.id = cy.operator_id ";

CycleRecord cycle_from(const Row& r) {
  CycleRecord c;
  c.id = r.i64("id");
  c.year = static_cast<int>(r.i64("year"));
  c.authority_id = r.i64("authority_id");
  c.authority = r.text("authority");
  c.operator_id = r.i64("operator_id");
  c.operator_name = r.text("operator_name");
  c.state = cycle::parse_state(r.text("state")).value_or(cycle::State::draft);
  c.methodology = r.text("methodology");
  c.spheres = r.text("spheres");
  c.edition = static_cast<int>(r.i64("edition"));
  c.version = r.i64("version");
  c.submitted_at = r.text("submitted_at");
  c.approved_at = r.text("approved_at");
  c.published_at = r.text("published_at");
  c.organisations = r.i64("organisations");
  c.plans_approved = r.i64("plans_approved");
  return c;
}

// Bumps the version if the cycle is still at `expected`; false (nothing written) otherwise.
bool claim(Connection& c, std::int64_t cycle_id, std::int64_t expected) {
  return c.run("UPDATE cycles SET version = version + 1 WHERE id = $1 AND version = $2", {cycle_id, expected}) == 1;
}

std::vector<cycle::OrganisationResult> read_results(Connection& c, std::int64_t cycle_id, int edition) {
  std::vector<cycle::OrganisationResult> out;
  c.run("SELECT o.code, o.short_name, r.methodology, r.scores_json, r.total, r.deficiencies, r.proposals "
        "FROM results r JOIN organisations o ON o.id = r.organisation_id "
        "WHERE r.cycle_id = $1 AND r.version = $2 ORDER BY o.code",
        {cycle_id, std::int64_t{edition}}, [&](const Row& r) {
          out.push_back({std::string(r.text("code")), std::string(r.text("short_name")),
                         std::string(r.text("methodology")), std::string(r.text("scores_json")),
                         r.null("total") ? std::nullopt : std::optional<double>(r.f64("total")),
                         std::string(r.text("deficiencies")), std::string(r.text("proposals"))});
        });
  return out;
}

void write_materials(Connection& c, std::int64_t cycle_id, int edition, const std::vector<cycle::OrganisationResult>& materials,
                     const std::string& now) {
  c.run("DELETE FROM results WHERE cycle_id = $1 AND version = $2 AND published_at IS NULL",
        {cycle_id, std::int64_t{edition}});
  for (const auto& m : materials)
    Insert("results")
        .set("id", new_id())
        .set("cycle_id", cycle_id)
        .set_expression("organisation_id", "id")
        .set("version", std::int64_t{edition})
        .set("methodology", m.methodology)
        .set("scores_json", m.scores_json)
        .set("total", m.total ? Param(*m.total) : Param(nullptr))
        .set("deficiencies", m.deficiencies)
        .set("proposals", m.proposals)
        .set("created_at", now)
        .from("organisations WHERE code = $?", {std::string_view(m.code)})
        .run(c);
}

}  // namespace

std::vector<CycleRecord> SqlCycleStore::select_cycles(std::string_view where, std::initializer_list<Param> params) {
  std::vector<CycleRecord> out;
  auto c = pool_.acquire();
  c->run(std::string(kSelectCycles) + std::string(where), params,
         [&](const Row& r) { out.push_back(cycle_from(r)); });
  return out;
}

std::vector<CycleRecord> SqlCycleStore::cycles(std::int64_t authority_id, std::int64_t operator_id) {
  return select_cycles(
      "WHERE (CAST($1 AS BIGINT) = 0 OR cy.authority_id = CAST($1 AS BIGINT)) "
      "AND (CAST($2 AS BIGINT) = 0 OR cy.operator_id = CAST($2 AS BIGINT)) ORDER BY cy.year DESC, a.name",
      {authority_id, operator_id});
}

std::optional<CycleRecord> SqlCycleStore::find_cycle(std::int64_t cycle_id) {
  auto found = select_cycles("WHERE cy.id = $1", {cycle_id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<std::int64_t> SqlCycleStore::create_cycle(const NewCycle& n, AuditEntry audit) {
  const std::string now = iso_utc_now();
  const std::int64_t id = new_id();
  auto c = pool_.acquire();
  Transaction tx(*c);
  // An added edition cannot be replaced while a cycle is being opened with it (editions.cpp).
  if (c->engine() == Engine::postgres)
    c->run("SELECT id FROM methodology_editions WHERE id = $1 FOR SHARE", {std::string_view(n.methodology)});
  const auto inserted = Insert("cycles")
                              .set("id", id)
                              .set("year", std::int64_t{n.year})
                              .set("authority_id", n.authority_id)
                              .set("operator_id", n.operator_id ? Param(n.operator_id) : Param(nullptr))
                              .set_expression("state", "'draft'")
                              .set("methodology", n.methodology)
                              .set("spheres", n.spheres)
                              .set("created_at", now)
                              .then("ON CONFLICT (authority_id, year) DO NOTHING")
                              .run(*c);
  if (inserted != 1) return std::nullopt;
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

bool SqlCycleStore::set_operator(std::int64_t cycle_id, std::int64_t expected_version, std::int64_t operator_id,
                                 AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (!claim(*c, cycle_id, expected_version)) return false;
  c->run("UPDATE cycles SET operator_id = $2 WHERE id = $1",
         {cycle_id, operator_id ? Param(operator_id) : Param(nullptr)});
  append_audit(*c, audit);
  tx.commit();
  return true;
}

std::vector<CycleMember> SqlCycleStore::members(std::int64_t cycle_id) {
  std::vector<CycleMember> out;
  auto c = pool_.acquire();
  c->run("SELECT o.code, o.short_name, co.sample_target, COALESCE(t.respondents, 0) AS respondents "
         "FROM cycle_organisations co "
         "JOIN organisations o ON o.id = co.organisation_id "
         "LEFT JOIN survey_tallies t ON t.organisation_id = co.organisation_id AND t.cycle_id = co.cycle_id "
         "WHERE co.cycle_id = $1 ORDER BY o.code",
         {cycle_id}, [&](const Row& r) {
           out.push_back({std::string(r.text("code")), std::string(r.text("short_name")), r.i64("sample_target"),
                          r.i64("respondents")});
         });
  return out;
}

bool SqlCycleStore::set_members(std::int64_t cycle_id, std::int64_t expected_version,
                                const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets,
                                AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  if (!claim(*c, cycle_id, expected_version)) return false;
  std::vector<std::int64_t> members;
  c->run("SELECT organisation_id FROM cycle_organisations WHERE cycle_id = $1", {cycle_id},
         [&](const Row& r) { members.push_back(r.i64("organisation_id")); });
  for (auto organisation : members) count_membership(*c, cycle_id, organisation, -1);
  c->run("DELETE FROM cycle_organisations WHERE cycle_id = $1", {cycle_id});
  members.clear();
  for (const auto& [code, target] : codes_and_targets)
    c->run("INSERT INTO cycle_organisations (cycle_id, organisation_id, sample_target) "
           "SELECT $1, id, $3 FROM organisations WHERE code = $2 RETURNING organisation_id",
           {cycle_id, std::string_view(code), target},
           [&](const Row& r) { members.push_back(r.i64("organisation_id")); });
  for (auto organisation : members) count_membership(*c, cycle_id, organisation, +1);
  append_audit(*c, audit);
  tx.commit();
  events_.changed(*c, Stale::cycles);
  return true;
}

MoveOutcome SqlCycleStore::move(const CycleMove& m, AuditEntry audit) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  Transaction tx(*c);
  int edition = 0;
  c->run("SELECT edition FROM cycles WHERE id = $1 AND version = $2 AND state = $3",
         {m.cycle_id, m.expected_version, cycle::code(m.from)}, [&](const Row& r) { edition = static_cast<int>(r.i64("edition")); });
  if (edition == 0) return MoveOutcome::stale;
  const bool decision = m.event == cycle::Event::approve || m.event == cycle::Event::return_for_rework;
  if (decision && cycle::materials_digest(read_results(*c, m.cycle_id, edition)) != m.decided_digest) return MoveOutcome::materials_changed;
  if (!claim(*c, m.cycle_id, m.expected_version)) return MoveOutcome::stale;

  c->run("UPDATE cycles SET state = $2 WHERE id = $1", {m.cycle_id, cycle::code(m.to)});
  switch (m.event) {
    case cycle::Event::start_collecting: break;
    case cycle::Event::submit_to_council:
      write_materials(*c, m.cycle_id, edition, m.materials, now);
      c->run("UPDATE cycles SET submitted_at = $2, approved_at = NULL WHERE id = $1", {m.cycle_id, std::string_view(now)});
      break;
    case cycle::Event::approve:
    case cycle::Event::return_for_rework:
      Insert("council_decisions")
          .set("id", new_id())
          .set("cycle_id", m.cycle_id)
          .set("edition", std::int64_t{edition})
          .set("decision", std::string_view(m.event == cycle::Event::approve ? "approved" : "returned"))
          .set("comments", m.comment)
          .set("materials_digest", m.decided_digest)
          .set("decided_by", m.user_id ? Param(m.user_id) : Param(nullptr))
          .set("decided_at", now)
          .run(*c);
      if (m.event == cycle::Event::approve)
        c->run("UPDATE cycles SET approved_at = $2 WHERE id = $1", {m.cycle_id, std::string_view(now)});
      break;
    case cycle::Event::publish:
      c->run("UPDATE results SET published_at = $3 WHERE cycle_id = $1 AND version = $2",
             {m.cycle_id, std::int64_t{edition}, std::string_view(now)});
      c->run("UPDATE cycles SET published_at = $2 WHERE id = $1", {m.cycle_id, std::string_view(now)});
      break;
    case cycle::Event::correct:
      // The published edition stays as it is; the next one starts as a copy of it.
      write_materials(*c, m.cycle_id, edition + 1, read_results(*c, m.cycle_id, edition), now);
      c->run("UPDATE cycles SET edition = edition + 1, submitted_at = NULL, approved_at = NULL, published_at = NULL "
             "WHERE id = $1",
             {m.cycle_id});
      break;
  }
  Insert("cycle_steps")
      .set("id", new_id())
      .set("cycle_id", m.cycle_id)
      .set("edition", std::int64_t{edition})
      .set("event", cycle::code(m.event))
      .set("from_state", cycle::code(m.from))
      .set("to_state", cycle::code(m.to))
      .set("user_id", m.user_id ? Param(m.user_id) : Param(nullptr))
      .set("comment", m.comment)
      .set("at", now)
      .run(*c);
  append_audit(*c, audit);
  tx.commit();
  events_.changed(*c, Stale::cycles);  // the cycle's state
  if (m.event == cycle::Event::publish) events_.changed(*c, Stale::publication);
  return MoveOutcome::moved;
}

std::vector<cycle::OrganisationResult> SqlCycleStore::results(std::int64_t cycle_id, int edition) {
  auto c = pool_.acquire();
  return read_results(*c, cycle_id, edition);
}

std::vector<CycleStep> SqlCycleStore::steps(std::int64_t cycle_id) {
  std::vector<CycleStep> out;
  auto c = pool_.acquire();
  c->run("SELECT s.at, s.edition, s.event, s.from_state, s.to_state, COALESCE(u.login, '') AS login, s.comment "
         "FROM cycle_steps s LEFT JOIN users u ON u.id = s.user_id WHERE s.cycle_id = $1 ORDER BY s.id",
         {cycle_id}, [&](const Row& r) {
           out.push_back({std::string(r.text("at")), static_cast<int>(r.i64("edition")),
                          cycle::parse_event(r.text("event")).value_or(cycle::Event::start_collecting),
                          cycle::parse_state(r.text("from_state")).value_or(cycle::State::draft),
                          cycle::parse_state(r.text("to_state")).value_or(cycle::State::draft),
                          std::string(r.text("login")), std::string(r.text("comment"))});
         });
  return out;
}

std::vector<CouncilDecisionRecord> SqlCycleStore::decisions(std::int64_t cycle_id) {
  std::vector<CouncilDecisionRecord> out;
  auto c = pool_.acquire();
  c->run("SELECT d.edition, d.decision, d.comments, d.materials_digest, COALESCE(u.login, '') AS login, d.decided_at "
         "FROM council_decisions d LEFT JOIN users u ON u.id = d.decided_by WHERE d.cycle_id = $1 ORDER BY d.id",
         {cycle_id}, [&](const Row& r) {
           out.push_back({static_cast<int>(r.i64("edition")), std::string(r.text("decision")),
                          std::string(r.text("comments")), std::string(r.text("materials_digest")),
                          std::string(r.text("login")), std::string(r.text("decided_at"))});
         });
  return out;
}

}  // namespace nok::sql
