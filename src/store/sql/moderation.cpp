// The moderation queue: held reviews and survey responses, and the decisions on them.
#include "core/time.h"
#include "domain/survey/answer_code.h"
#include "store/sql/audit_rows.h"
#include "store/sql/monitoring_counts.h"
#include "store/sql/sql_moderation_store.h"
#include "store/sql/tally_rows.h"

namespace nok::sql {
namespace {

// Rows of organisations of the authority $1, or of every organisation when $1 is 0.
survey::Answers answers_or_none(std::string_view code) {
  auto decoded = survey::decode_answers(code);
  return decoded ? *decoded : survey::Answers{};
}

constexpr std::string_view kInScope = "(CAST($1 AS BIGINT) = 0 OR o.authority_id = CAST($1 AS BIGINT))";

}  // namespace

std::vector<HeldReview> SqlModerationStore::held_reviews(std::int64_t authority_id, int limit) {
  std::vector<HeldReview> out;
  auto c = pool_.acquire();
  c->run("SELECT r.id, o.code, o.short_name, r.text, COALESCE(r.moderation_reason, '') AS reason, r.created_at "
         "FROM reviews r "
         "JOIN organisations o ON o.id = r.organisation_id WHERE r.status = 'pending' AND " + std::string(kInScope) +
             " ORDER BY r.id LIMIT $2",
         {authority_id, std::int64_t{limit}}, [&](const Row& r) {
           out.push_back({r.i64("id"), std::string(r.text("code")), std::string(r.text("short_name")),
                          std::string(r.text("text")), std::string(r.text("reason")), std::string(r.text("created_at"))});
         });
  return out;
}

std::vector<HeldResponse> SqlModerationStore::held_responses(std::int64_t authority_id, int limit) {
  std::vector<HeldResponse> out;
  auto c = pool_.acquire();
  c->run("SELECT r.id, o.code, o.short_name, r.channel, COALESCE(r.moderation_reason, '') AS reason, "
         "r.suggestions, r.received_at FROM responses r JOIN organisations o ON o.id = r.organisation_id "
         "WHERE r.status = 'moderation' AND " + std::string(kInScope) + " ORDER BY r.id LIMIT $2",
         {authority_id, std::int64_t{limit}}, [&](const Row& r) {
           out.push_back({r.i64("id"), std::string(r.text("code")), std::string(r.text("short_name")),
                          std::string(r.text("channel")), std::string(r.text("reason")),
                          std::string(r.text("suggestions")), std::string(r.text("received_at"))});
         });
  return out;
}

bool SqlModerationStore::decide_review(std::int64_t review_id, bool publish, std::int64_t authority_id,
                                       AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  count_review(*c, review_id, -1);
  const auto changed = c->run(
      "UPDATE reviews SET status = $3 WHERE id = $2 AND status = 'pending' AND organisation_id IN "
      "(SELECT o.id FROM organisations o WHERE " + std::string(kInScope) + ")",
      {authority_id, review_id, std::string_view(publish ? "published" : "rejected")});
  if (changed != 1) return false;
  count_review(*c, review_id, +1);
  append_audit(*c, audit);
  tx.commit();
  return true;
}

bool SqlModerationStore::decide_response(std::int64_t response_id, bool count, std::int64_t authority_id,
                                         AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  struct Held {
    std::int64_t organisation_id = 0, cycle_id = 0, citizen_id = 0;
    survey::Channel channel = survey::Channel::web;
    survey::Answers answers;
  };
  std::optional<Held> held;
  c->run("SELECT r.organisation_id, r.cycle_id, COALESCE(r.citizen_id, 0) AS citizen_id, r.channel, r.answers FROM responses r "
         "JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $2 AND r.status = 'moderation' AND " +
             std::string(kInScope),
         {authority_id, response_id}, [&](const Row& r) {
           held = Held{r.i64("organisation_id"), r.i64("cycle_id"), r.i64("citizen_id"),
                       survey::parse_channel(r.text("channel")).value_or(survey::Channel::web),
                       answers_or_none(r.text("answers"))};
         });
  if (!held) return false;
  if (count) {
    // One voice: the citizen's counted response stops counting when this one starts.
    std::optional<std::pair<std::int64_t, Held>> previous;
    if (held->citizen_id)
      c->run("SELECT id, channel, answers FROM responses WHERE citizen_id = $1 AND organisation_id = $2 "
             "AND cycle_id = $3 AND status = 'counted'",
             {held->citizen_id, held->organisation_id, held->cycle_id}, [&](const Row& r) {
               previous = {r.i64("id"), Held{held->organisation_id, held->cycle_id, held->citizen_id,
                                             survey::parse_channel(r.text("channel")).value_or(survey::Channel::web),
                                             answers_or_none(r.text("answers"))}};
             });
    if (previous) {
      count_response(*c, previous->first, -1);
      c->run("UPDATE responses SET status = 'replaced' WHERE id = $1", {previous->first});
      apply_to_tally(*c, held->organisation_id, held->cycle_id, previous->second.channel, previous->second.answers, -1);
    }
    c->run("UPDATE responses SET status = 'counted', replaces_id = $2 WHERE id = $1",
           {response_id, previous ? Param(previous->first) : Param(nullptr)});
    count_response(*c, response_id, +1);
    apply_to_tally(*c, held->organisation_id, held->cycle_id, held->channel, held->answers, +1);
  } else {
    c->run("UPDATE responses SET status = 'excluded' WHERE id = $1", {response_id});
  }
  append_audit(*c, audit);
  tx.commit();
  return true;
}

}  // namespace nok::sql
