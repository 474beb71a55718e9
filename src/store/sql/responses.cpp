// Survey responses, their live tallies and the expert inputs.
#include <cmath>
#include <vector>

#include "core/id.h"
#include "core/time.h"
#include "domain/survey/answer_code.h"
#include "store/sql/audit_rows.h"
#include "store/sql/sql_store.h"
#include "store/sql/tally_rows.h"

namespace nok::sql {
namespace {

// "INSERT INTO survey_tallies (...) VALUES (...) ON CONFLICT DO UPDATE SET x = x + excluded.x, …":
// one statement applies a +1 (new response) or −1 (replaced response) delta to every count.
const std::string& tally_delta_sql() {
  static const std::string sql = [] {
    std::vector<std::string> columns{"respondents", "site_or_app"};
    for (auto item : survey::all_items()) {
      columns.push_back(std::string(survey::key(item)) + "_yes");
      columns.push_back(std::string(survey::key(item)) + "_answered");
    }
    std::string names, values, updates;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      names += ", " + columns[i];
      values += ", $" + std::to_string(i + 3);
      updates += std::string(i ? ", " : "") + columns[i] + " = survey_tallies." + columns[i] + " + excluded." + columns[i];
    }
    return "INSERT INTO survey_tallies (organisation_id, cycle_id" + names + ") VALUES ($1, $2" + values +
           ") ON CONFLICT (organisation_id, cycle_id) DO UPDATE SET " + updates;
  }();
  return sql;
}

}  // namespace

void apply_to_tally(Connection& c, std::int64_t organisation_id, std::int64_t cycle_id, survey::Channel channel,
                    const survey::Answers& answers, std::int64_t sign) {
  std::vector<Param> params{organisation_id, cycle_id, sign, survey::site_or_app(channel) ? sign : 0};
  for (auto item : survey::all_items()) {
    const auto a = answers[item];
    params.emplace_back(a == survey::Answer::yes ? sign : 0);
    params.emplace_back(a != survey::Answer::none ? sign : 0);
  }
  c.run(tally_delta_sql(), params, {});
}

namespace {

std::string_view sex_code(const std::optional<survey::Sex>& sex) {
  if (!sex) return "";
  return *sex == survey::Sex::male ? "male" : "female";
}

PaddingSignals count_padding(Connection& c, const NewResponse& n, std::int64_t organisation_id) {
  PaddingSignals s;
  const auto& p = *n.padding;
  auto count = [&](int& into) { return [&into](const Row& r) { into = static_cast<int>(r.i64(0)); }; };
  if (n.citizen_id)
    c.run("SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE citizen_id = $1 AND received_at >= $2 "
          "AND organisation_id <> $3 LIMIT $4) AS capped",
          {n.citizen_id, std::string_view(p.citizen_since), organisation_id, std::int64_t{p.cap}}, count(s.by_citizen));
  if (!n.network_hash.empty())
    c.run("SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE network_hash = $1 AND received_at >= $2 LIMIT $3) "
          "AS capped",
          {std::string_view(n.network_hash), std::string_view(p.network_since), std::int64_t{p.cap}},
          count(s.by_network));
  if (!n.text_hash.empty())
    c.run("SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE text_hash = $1 AND COALESCE(citizen_id, 0) <> $2 "
          "LIMIT $3) AS capped",
          {std::string_view(n.text_hash), n.citizen_id, std::int64_t{p.cap}}, count(s.same_text_elsewhere));
  return s;
}

// One response inside the caller's transaction.
SubmitOutcome store_response(Connection& connection, const NewResponse& n) {
  Connection* c = &connection;  // the same spelling as the pooled leases elsewhere
  const auto& r = n.response;
  const std::string now = iso_utc_now(), answers = survey::encode_answers(r.answers);
  SubmitOutcome out;
  std::int64_t organisation_id = 0;
  c->run("SELECT id FROM organisations WHERE code = $1", {std::string_view(r.org)},
         [&](const Row& row) { organisation_id = row.i64(0); });
  if (organisation_id == 0) throw DatabaseError("организация «" + r.org + "» не найдена");
  // Serialise one citizen's submissions on PostgreSQL (a row lock): the one-voice rule
  // below then never sees two of them at once. A non-key column, so that no foreign-key
  // check scans the tables that refer to citizens. SQLite runs one write transaction at a
  // time anyway, and the update would only dirty a page per submission.
  if (n.citizen_id && c->engine() == Engine::postgres)
    c->run("UPDATE citizens SET contact_enc = contact_enc WHERE id = $1", {n.citizen_id});

  if (!n.idempotency_key.empty()) {
    c->run("SELECT id, status FROM responses WHERE idempotency_key = $1", {std::string_view(n.idempotency_key)},
           [&](const Row& row) { out = {row.i64(0), true, false, row.text(1) == "counted"}; });
    if (out.repeated) return out;
  }
  const std::string moderation_reason =
      n.padding ? n.padding->decide(count_padding(*c, n, organisation_id)) : n.moderation_reason;

  if (!r.interview_id.empty()) {
    c->run("SELECT 1 FROM responses WHERE organisation_id = $1 AND cycle_id = $2 AND interview_id = $3",
           {organisation_id, n.cycle_id, std::string_view(r.interview_id)},
           [&](const Row&) { out.duplicate_interview = true; });
    if (out.duplicate_interview) return out;
  }

  struct Previous {
    std::int64_t id;
    survey::Channel channel;
    survey::Answers answers;
  };
  std::optional<Previous> previous;
  if (n.citizen_id && moderation_reason.empty())
    c->run("SELECT id, channel, answers FROM responses WHERE citizen_id = $1 AND organisation_id = $2 "
           "AND cycle_id = $3 AND status = 'counted'",
           {n.citizen_id, organisation_id, n.cycle_id}, [&](const Row& row) {
             previous = Previous{row.i64(0), survey::parse_channel(row.text(1)).value_or(survey::Channel::web),
                                 survey::decode_answers(row.text(2)).value()};
           });
  if (previous) {
    c->run("UPDATE responses SET status = 'replaced' WHERE id = $1", {previous->id});
    apply_to_tally(*c, organisation_id, n.cycle_id, previous->channel, previous->answers, -1);
  }

  out = {new_id(), false, previous.has_value(), moderation_reason.empty()};
  const std::string channel(survey::code(r.channel));
  const std::string_view sex = sex_code(r.sex);
  c->run("INSERT INTO responses (id, cycle_id, organisation_id, channel, collected_at, questionnaire, answers, "
         "suggestions, sex, age, citizen_id, idempotency_key, status, replaces_id, received_at, network_hash, "
         "text_hash, moderation_reason, operator_id, entered_by, interview_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
         "$9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
         {out.response_id, n.cycle_id, organisation_id, std::string_view(channel), std::string_view(r.collected_at),
          std::string_view(n.questionnaire), std::string_view(answers), std::string_view(r.suggestions),
          sex.empty() ? Param(nullptr) : Param(sex), r.age ? Param(std::int64_t{*r.age}) : Param(nullptr),
          n.citizen_id ? Param(n.citizen_id) : Param(nullptr), n.idempotency_key.empty() ? Param(nullptr) : Param(std::string_view(n.idempotency_key)),
          std::string_view(out.counted ? "counted" : "moderation"),
          previous ? Param(previous->id) : Param(nullptr), std::string_view(now),
          n.network_hash.empty() ? Param(nullptr) : Param(std::string_view(n.network_hash)),
          n.text_hash.empty() ? Param(nullptr) : Param(std::string_view(n.text_hash)),
          moderation_reason.empty() ? Param(nullptr) : Param(std::string_view(moderation_reason)),
          n.operator_id ? Param(n.operator_id) : Param(nullptr), n.entered_by ? Param(n.entered_by) : Param(nullptr),
          r.interview_id.empty() ? Param(nullptr) : Param(std::string_view(r.interview_id))});
  if (out.counted) apply_to_tally(*c, organisation_id, n.cycle_id, r.channel, r.answers, +1);
  return out;
}

// Upserts one inspection; with `checked`, only over the stored version record.version
// (versions start at 1, so 0 expects no row: one stored meanwhile makes the update refuse).
// Returns the rows written: 0 for an unknown organisation or a stale version.
std::int64_t write_expert(Connection& c, const ExpertRecord& r, const std::string& now, bool checked) {
  static const auto build = [](bool with_version_check) {
    std::string names, values, updates;
    std::size_t n = 5;
    for (auto field : methodology::all_expert_fields()) {
      const std::string key(methodology::key(field));
      names += ", " + key;
      values += ", $" + std::to_string(n++);
      updates += ", " + key + " = excluded." + key;
    }
    return "INSERT INTO expert_inputs (cycle_id, organisation_id, updated_at, entered_by" + names +
           ") SELECT $1, id, $3, $4" + values + " FROM organisations WHERE code = $2 "
           "ON CONFLICT (cycle_id, organisation_id) DO UPDATE SET updated_at = excluded.updated_at, "
           "entered_by = excluded.entered_by, version = expert_inputs.version + 1" + updates +
           (with_version_check ? " WHERE expert_inputs.version = $" + std::to_string(n) : "");
  };
  static const std::string unchecked_sql = build(false), checked_sql = build(true);
  std::vector<Param> params{r.cycle_id, std::string_view(r.organisation_code), std::string_view(now),
                            r.entered_by ? Param(r.entered_by) : Param(nullptr)};
  // Counts go to INTEGER columns, which PostgreSQL will not fill from "3.000000".
  for (const auto& v : r.inputs.values)
    params.push_back(!v ? Param(nullptr) : *v == std::floor(*v) ? Param(static_cast<std::int64_t>(*v)) : Param(*v));
  if (checked) params.emplace_back(r.version);
  return c.run(checked ? checked_sql : unchecked_sql, params, {});
}

}  // namespace

SubmitOutcome SqlStore::submit_response(const NewResponse& n) {
  SubmitOutcome out;
  writes_.run([&](Connection& c) { out = store_response(c, n); }, n.response.org);
  cards_.erase(n.response.org);
  return out;
}

std::vector<SubmitOutcome> SqlStore::submit_responses(const std::vector<NewResponse>& batch) {
  std::vector<SubmitOutcome> out;
  out.reserve(batch.size());
  auto c = pool_->acquire();
  Transaction tx(*c);
  bool duplicate = false;
  for (const auto& n : batch) {
    out.push_back(store_response(*c, n));
    duplicate = duplicate || out.back().duplicate_interview;
  }
  if (duplicate) return out;  // the transaction rolls back: all or none
  tx.commit();
  cards_.clear();
  return out;
}

survey::SurveyCounters SqlStore::survey_tally(std::string_view organisation_code, std::int64_t cycle_id) {
  static const std::string sql = [] {
    std::string columns = "t.respondents, t.site_or_app";
    for (auto item : survey::all_items())
      columns += ", t." + std::string(survey::key(item)) + "_yes, t." + std::string(survey::key(item)) + "_answered";
    return "SELECT " + columns +
           " FROM survey_tallies t JOIN organisations o ON o.id = t.organisation_id WHERE o.code = $1 AND t.cycle_id = $2";
  }();
  survey::SurveyCounters counters;
  auto c = pool_->acquire();
  c->run(sql, {organisation_code, cycle_id}, [&](const Row& r) {
    counters.respondents = static_cast<std::uint32_t>(r.i64(0));
    counters.site_or_app = static_cast<std::uint32_t>(r.i64(1));
    for (std::size_t i = 0; i < survey::kItemCount; ++i)
      counters.items[i] = {static_cast<std::uint32_t>(r.i64(2 + 2 * i)), static_cast<std::uint32_t>(r.i64(3 + 2 * i))};
  });
  return counters;
}

methodology::ExpertInputs SqlStore::expert_inputs(std::string_view organisation_code, std::int64_t cycle_id) {
  static const std::string sql = [] {
    std::string columns;
    for (auto field : methodology::all_expert_fields())
      columns += std::string(columns.empty() ? "" : ", ") + "e." + std::string(methodology::key(field));
    return "SELECT " + columns +
           " FROM expert_inputs e JOIN organisations o ON o.id = e.organisation_id WHERE o.code = $1 AND e.cycle_id = $2";
  }();
  methodology::ExpertInputs inputs;
  auto c = pool_->acquire();
  c->run(sql, {organisation_code, cycle_id}, [&](const Row& r) {
    for (std::size_t i = 0; i < methodology::kExpertFieldCount; ++i)
      if (!r.null(static_cast<int>(i))) inputs.values[i] = r.f64(static_cast<int>(i));
  });
  return inputs;
}

std::optional<ExpertRecord> SqlStore::expert_record(std::string_view organisation_code, std::int64_t cycle_id) {
  std::optional<ExpertRecord> out;
  auto c = pool_->acquire();
  c->run("SELECT e.version, COALESCE(e.entered_by, 0) FROM expert_inputs e JOIN organisations o ON o.id = e.organisation_id "
         "WHERE o.code = $1 AND e.cycle_id = $2",
         {organisation_code, cycle_id}, [&](const Row& r) {
           out = ExpertRecord{std::string(organisation_code), cycle_id, {}, r.i64(0), r.i64(1)};
         });
  if (out) out->inputs = expert_inputs(organisation_code, cycle_id);
  return out;
}

void SqlStore::put_expert_inputs(const std::vector<ExpertRecord>& records, const std::vector<AuditEntry>& audit) {
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  Transaction tx(*c);
  for (const auto& r : records)
    if (write_expert(*c, r, now, false) == 0) throw DatabaseError("организация «" + r.organisation_code + "» не найдена");
  for (const auto& line : audit) append_audit(*c, line);
  tx.commit();
  cards_.clear();
}

bool SqlStore::put_expert_record(const ExpertRecord& record, const AuditEntry& audit) {
  auto c = pool_->acquire();
  Transaction tx(*c);
  if (write_expert(*c, record, iso_utc_now(), true) == 0) return false;
  append_audit(*c, audit);
  tx.commit();
  cards_.erase(record.organisation_code);
  return true;
}

}  // namespace nok::sql
