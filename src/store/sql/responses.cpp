// Survey responses, their live tallies and the expert inputs.
#include <cmath>
#include <vector>

#include "core/id.h"
#include "core/time.h"
#include "domain/survey/answer_code.h"
#include "store/sql/audit_rows.h"
#include "store/sql/insert.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_store.h"
#include "store/sql/tally_rows.h"

namespace nok::sql {
namespace {

// The counts of survey_tallies: respondents, site_or_app, `respondents_<channel>` for each
// channel, then each item's `<key>_yes` and `<key>_answered`.
const std::vector<std::string>& tally_columns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> out{"respondents", "site_or_app"};
    for (auto channel : survey::all_channels()) out.push_back("respondents_" + std::string(survey::code(channel)));
    for (auto item : survey::all_items()) {
      out.push_back(std::string(survey::key(item)) + "_yes");
      out.push_back(std::string(survey::key(item)) + "_answered");
    }
    return out;
  }();
  return columns;
}

// "INSERT INTO survey_tallies (...) VALUES (...) ON CONFLICT DO UPDATE SET x = x + excluded.x, …":
// one statement applies a +1 (new response) or −1 (replaced response) delta to every count.
const std::string& tally_delta_sql() {
  static const std::string sql = [] {
    const auto& columns = tally_columns();
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
  for (auto other : survey::all_channels()) params.emplace_back(other == channel ? sign : 0);
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

// What the writer reads before storing a citizen's submission, in one statement (one round
// trip on PostgreSQL): the first outcome under the same key, the padding counts (each
// stopping at the cap) and the citizen's counted response for the same organisation.
struct CitizenState {
  std::optional<SubmitOutcome> repeated;
  PaddingSignals signals;
  std::int64_t previous_id = 0;
};

CitizenState read_citizen_state(Connection& c, const NewResponse& n, std::int64_t organisation_id) {
  static const std::string sql =
      "SELECT earlier.id, earlier.status, "
      "(SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE citizen_id = $1 AND received_at >= $3 "
      "AND organisation_id <> $4 LIMIT $5) AS capped) AS by_citizen, "
      "(SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE network_hash = $6 AND received_at >= $7 LIMIT $5) "
      "AS capped) AS by_network, "
      "(SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE text_hash = $8 AND COALESCE(citizen_id, 0) <> $1 "
      "LIMIT $5) AS capped) AS same_text, "
      "(SELECT id FROM responses WHERE citizen_id = $1 AND organisation_id = $4 AND cycle_id = $9 "
      "AND status = 'counted') AS previous_id "
      "FROM (SELECT 1 AS one) AS one "
      "LEFT JOIN responses earlier ON earlier.citizen_id = $1 AND earlier.idempotency_key = $2";
  const PaddingCheck none{};
  const auto& p = n.padding ? *n.padding : none;  // without a check, a cap of 0 counts nothing
  CitizenState state;
  c.run(sql,
        {n.citizen_id, text_or_null(n.idempotency_key), std::string_view(p.citizen_since), organisation_id,
         std::int64_t{p.cap}, text_or_null(n.network_hash), std::string_view(p.network_since),
         text_or_null(n.text_hash), n.cycle_id},
        [&](const Row& r) {
          if (!r.null("id")) state.repeated = SubmitOutcome{r.i64("id"), true, false, r.text("status") == "counted"};
          state.signals = {static_cast<int>(r.i64("by_citizen")), static_cast<int>(r.i64("by_network")),
                           static_cast<int>(r.i64("same_text"))};
          if (!r.null("previous_id")) state.previous_id = r.i64("previous_id");
        });
  return state;
}

// An operator's entry: the first outcome under the same (collector's) key, or whether the
// same paper form or interview was entered already.
std::optional<SubmitOutcome> read_entry_state(Connection& c, const NewResponse& n, std::int64_t organisation_id) {
  std::optional<SubmitOutcome> out;
  if (!n.idempotency_key.empty())
    c.run("SELECT id, status FROM responses WHERE idempotency_key = $1 AND citizen_id IS NULL",
          {std::string_view(n.idempotency_key)},
          [&](const Row& row) { out = SubmitOutcome{row.i64("id"), true, false, row.text("status") == "counted"}; });
  if (!out && !n.response.interview_id.empty())
    c.run("SELECT 1 FROM responses WHERE organisation_id = $1 AND cycle_id = $2 AND interview_id = $3",
          {organisation_id, n.cycle_id, std::string_view(n.response.interview_id)},
          [&](const Row&) { out = SubmitOutcome{.duplicate_interview = true}; });
  return out;
}

// Stops counting the citizen's earlier response for the same organisation and cycle.
void replace_previous(Connection& c, std::int64_t previous_id, std::int64_t organisation_id, std::int64_t cycle_id) {
  survey::Channel channel = survey::Channel::web;
  survey::Answers answers;
  c.run("SELECT channel, answers FROM responses WHERE id = $1", {previous_id}, [&](const Row& row) {
    channel = survey::parse_channel(row.text("channel")).value_or(survey::Channel::web);
    answers = survey::decode_answers(row.text("answers")).value();
  });
  count_response(c, previous_id, -1);
  apply_to_tally(c, organisation_id, cycle_id, channel, answers, -1);
  c.run("UPDATE responses SET status = 'replaced' WHERE id = $1", {previous_id});
}

// Whether the organisation invited this citizen in this cycle (docs/invitations.md): then the
// response comes from a recipient of the service, and an invitation still running is answered
// (its contact deleted, no reminder).
bool answer_invitation(Connection& c, std::int64_t organisation_id, std::int64_t cycle_id, std::int64_t citizen_id,
                       const std::string& now) {
  return c.run("UPDATE invitations SET contact_enc = '', due_at = '', "
               "state = CASE WHEN state IN ('queued', 'sending', 'sent', 'unconfirmed') THEN 'answered' ELSE state END, "
               "answered_at = CASE WHEN answered_at = '' THEN $4 ELSE answered_at END "
               "WHERE organisation_id = $1 AND cycle_id = $2 AND "
               "contact_hash = (SELECT login_hash FROM citizens WHERE id = $3)",
               {organisation_id, cycle_id, citizen_id, std::string_view(now)}) > 0;
}

// One response inside the caller's transaction.
SubmitOutcome store_response(Connection& c, const NewResponse& n, std::int64_t organisation_id) {
  const auto& r = n.response;
  std::string moderation_reason = n.moderation_reason;
  std::int64_t previous_id = 0;
  if (n.citizen_id) {
    // Serialise one citizen's submissions on PostgreSQL (a row lock): the one-voice rule
    // then never sees two of them at once. A non-key column, so that no foreign-key check
    // scans the tables that refer to citizens. SQLite runs one write transaction at a time
    // anyway, and the update would only dirty a page per submission.
    if (c.engine() == Engine::postgres)
      c.run("UPDATE citizens SET contact_enc = contact_enc WHERE id = $1", {n.citizen_id});
    auto state = read_citizen_state(c, n, organisation_id);
    if (state.repeated) return *state.repeated;
    if (n.padding) moderation_reason = n.padding->decide(state.signals);
    if (moderation_reason.empty()) previous_id = state.previous_id;  // a held response replaces nothing yet
  } else if (auto earlier = read_entry_state(c, n, organisation_id)) {
    return *earlier;
  }
  if (previous_id) replace_previous(c, previous_id, organisation_id, n.cycle_id);

  SubmitOutcome out{new_id(), false, previous_id != 0, moderation_reason.empty()};
  const std::string now = iso_utc_now(), answers = survey::encode_answers(r.answers);
  const bool confirmed = n.citizen_id && answer_invitation(c, organisation_id, n.cycle_id, n.citizen_id, now);
  const std::string channel(survey::code(r.channel));
  Insert("responses")
      .set("id", out.response_id)
      .set("cycle_id", n.cycle_id)
      .set("organisation_id", organisation_id)
      .set("channel", channel)
      .set("collected_at", r.collected_at)
      .set("questionnaire", n.questionnaire)
      .set("answers", answers)
      .set("suggestions", r.suggestions)
      .set("sex", text_or_null(sex_code(r.sex)))
      .set("age", r.age ? Param(std::int64_t{*r.age}) : Param(nullptr))
      .set("citizen_id", n.citizen_id ? Param(n.citizen_id) : Param(nullptr))
      .set("idempotency_key", text_or_null(n.idempotency_key))
      .set("status", std::string_view(out.counted ? "counted" : "moderation"))
      .set("replaces_id", previous_id ? Param(previous_id) : Param(nullptr))
      .set("received_at", now)
      .set("network_hash", text_or_null(n.network_hash))
      .set("text_hash", text_or_null(n.text_hash))
      .set("moderation_reason", text_or_null(moderation_reason))
      .set("operator_id", n.operator_id ? Param(n.operator_id) : Param(nullptr))
      .set("entered_by", n.entered_by ? Param(n.entered_by) : Param(nullptr))
      .set("interview_id", text_or_null(r.interview_id))
      .set("confirmed_recipient", std::int64_t{confirmed ? 1 : 0})
      .set("kiosk_id", n.kiosk_id)
      .set("assisted", std::int64_t{n.assisted ? 1 : 0})
      .run(c);
  if (out.counted) {
    count_response(c, out.response_id, +1);
    apply_to_tally(c, organisation_id, n.cycle_id, r.channel, r.answers, +1);
  }
  if (n.audit) {
    AuditEntry line = *n.audit;
    line.object_id = std::to_string(out.response_id);
    append_audit(c, line);
  }
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

// The organisation's id from the registry cache (a code is never reused, so its id never
// changes): the writer then need not look it up.
std::int64_t SqlStore::organisation_id(const std::string& code) {
  auto org = find_organisation(code);
  if (!org) throw DatabaseError("организация «" + code + "» не найдена");
  return org->id;
}

std::string SqlStore::write_order(const std::string& code) {
  auto org = find_organisation(code);
  return org ? monitoring_lock_order(*org) : code;
}

SubmitOutcome SqlStore::submit_response(const NewResponse& n) {
  SubmitOutcome out;
  const auto organisation = organisation_id(n.response.org);
  writes_.run([&](Connection& c) { out = store_response(c, n, organisation); }, write_order(n.response.org));
  cards_.erase(n.response.org);
  return out;
}

void SqlStore::submit_response_async(NewResponse response, SubmitDone done) {
  const auto organisation = organisation_id(response.response.org);
  auto n = std::make_shared<NewResponse>(std::move(response));
  auto out = std::make_shared<SubmitOutcome>();
  writes_.submit([n, out, organisation](Connection& c) { *out = store_response(c, *n, organisation); },
                 write_order(n->response.org), [this, n, out, done = std::move(done)](std::exception_ptr error) {
                   if (!error) cards_.erase(n->response.org);
                   done(error, *out);
                 });
}

std::vector<SubmitOutcome> SqlStore::submit_responses(const std::vector<NewResponse>& batch,
                                                       const std::optional<AuditEntry>& audit) {
  std::vector<std::int64_t> organisations;  // looked up before the transaction holds a connection
  for (const auto& n : batch) organisations.push_back(organisation_id(n.response.org));
  std::vector<SubmitOutcome> out;
  out.reserve(batch.size());
  auto c = pool_->acquire();
  Transaction tx(*c);
  bool duplicate = false;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    out.push_back(store_response(*c, batch[i], organisations[i]));
    duplicate = duplicate || out.back().duplicate_interview;
  }
  if (duplicate) return out;  // the transaction rolls back: all or none
  if (audit) append_audit(*c, *audit);
  tx.commit();
  cards_.clear();
  return out;
}

survey::SurveyCounters SqlStore::survey_tally(std::string_view organisation_code, std::int64_t cycle_id) {
  static const std::string sql = [] {
    std::string list;
    for (const auto& column : tally_columns()) list += std::string(list.empty() ? "" : ", ") + "t." + column;
    return "SELECT " + list +
           " FROM survey_tallies t JOIN organisations o ON o.id = t.organisation_id WHERE o.code = $1 AND t.cycle_id = $2";
  }();
  survey::SurveyCounters counters;
  auto c = pool_->acquire();
  c->run(sql, {organisation_code, cycle_id}, [&](const Row& r) {
    counters.respondents = static_cast<std::uint32_t>(r.i64("respondents"));
    counters.site_or_app = static_cast<std::uint32_t>(r.i64("site_or_app"));
    for (std::size_t i = 0; i < survey::kItemCount; ++i) {
      const std::string key(survey::key(survey::all_items()[i]));
      counters.items[i] = {static_cast<std::uint32_t>(r.i64(key + "_yes")),
                           static_cast<std::uint32_t>(r.i64(key + "_answered"))};
    }
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
    const auto fields = methodology::all_expert_fields();
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (const auto column = methodology::key(fields[i]); !r.null(column)) inputs.values[i] = r.f64(column);
  });
  return inputs;
}

std::optional<ExpertRecord> SqlStore::expert_record(std::string_view organisation_code, std::int64_t cycle_id) {
  std::optional<ExpertRecord> out;
  auto c = pool_->acquire();
  c->run("SELECT e.version, COALESCE(e.entered_by, 0) AS entered_by FROM expert_inputs e JOIN organisations o ON o.id = e.organisation_id "
         "WHERE o.code = $1 AND e.cycle_id = $2",
         {organisation_code, cycle_id}, [&](const Row& r) {
           out = ExpertRecord{std::string(organisation_code), cycle_id, {}, r.i64("version"), r.i64("entered_by")};
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
