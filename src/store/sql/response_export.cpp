// A cycle's counted responses and inspections, read for export (the exchange formats).
#include "domain/survey/answer_code.h"
#include "store/sql/sql_store.h"

namespace nok::sql {
namespace {

std::optional<survey::Sex> sex_of(std::string_view code) {
  if (code == "male") return survey::Sex::male;
  if (code == "female") return survey::Sex::female;
  return std::nullopt;
}

}  // namespace

std::vector<ExportedResponse> SqlStore::counted_responses(std::int64_t cycle_id, std::int64_t after,
                                                          std::size_t limit) {
  // The membership join keeps out the responses of an organisation taken off the list,
  // which the cycle's results leave out too; (cycle_id, id) walks the cycle in id order.
  static const std::string sql =
      "SELECT r.id, o.code, r.channel, r.collected_at, r.answers, r.suggestions, r.sex, r.age, r.interview_id "
      "FROM responses r JOIN cycle_organisations m ON m.cycle_id = r.cycle_id AND m.organisation_id = r.organisation_id "
      "JOIN organisations o ON o.id = r.organisation_id "
      "WHERE r.cycle_id = $1 AND r.id > $2 AND r.status = 'counted' ORDER BY r.id LIMIT $3";
  std::vector<ExportedResponse> out;
  out.reserve(limit);
  auto c = pool_->acquire();
  c->run(sql, {cycle_id, after, static_cast<std::int64_t>(limit)}, [&](const Row& row) {
    ExportedResponse e{row.i64("id"), {}};
    auto& r = e.response;
    r.org = row.text("code");
    // Both were checked when stored; a row that no longer reads is a corrupt database.
    const auto channel = survey::parse_channel(row.text("channel"));
    auto answers = survey::decode_answers(row.text("answers"));
    if (!channel || !answers) throw DatabaseError("ответ " + std::to_string(e.id) + " не читается");
    r.channel = *channel;
    r.collected_at = row.text("collected_at");
    r.answers = *answers;
    r.suggestions = row.text("suggestions");
    r.sex = sex_of(row.text("sex"));
    if (!row.null("age")) r.age = static_cast<int>(row.i64("age"));
    r.interview_id = row.text("interview_id");
    out.push_back(std::move(e));
  });
  return out;
}

std::vector<ExpertRecord> SqlStore::cycle_expert_records(std::int64_t cycle_id) {
  static const std::string sql = [] {
    std::string columns;
    for (auto field : methodology::all_expert_fields()) columns += ", e." + std::string(methodology::key(field));
    return "SELECT o.code, e.version, COALESCE(e.entered_by, 0) AS entered_by" + columns +
           " FROM expert_inputs e JOIN cycle_organisations m ON m.cycle_id = e.cycle_id AND "
           "m.organisation_id = e.organisation_id JOIN organisations o ON o.id = e.organisation_id "
           "WHERE e.cycle_id = $1 ORDER BY o.code";
  }();
  std::vector<ExpertRecord> out;
  auto c = pool_->acquire();
  c->run(sql, {cycle_id}, [&](const Row& row) {
    ExpertRecord record{std::string(row.text("code")), cycle_id, {}, row.i64("version"), row.i64("entered_by")};
    const auto fields = methodology::all_expert_fields();
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (const auto column = methodology::key(fields[i]); !row.null(column))
        record.inputs.values[i] = row.f64(column);
    out.push_back(std::move(record));
  });
  return out;
}

}  // namespace nok::sql
