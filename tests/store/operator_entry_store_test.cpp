// What the operator's data entry needs of the store, on both engines: interview numbers
// that count once, batches that store all or none, and inspections saved over a version.
#include <algorithm>

#include "store/staff_fixture.h"

namespace nok {
namespace {

class OperatorEntryStore : public test::StaffFixture {
 protected:
  std::int64_t cycle() { return store->assessment_of("school", year)->cycle_id; }

  NewResponse paper(const std::string& interview_id) {
    NewResponse n;
    n.response.org = "school";
    n.response.channel = survey::Channel::operator_paper;
    n.response.collected_at = "2026-03-05T10:00:00Z";
    n.response.answers[survey::Item::comfort_ok] = survey::Answer::yes;
    n.response.interview_id = interview_id;
    n.cycle_id = cycle();
    n.questionnaire = "675n-2018/core";
    return n;
  }
};

TEST_F(OperatorEntryStore, AnInterviewNumberCountsOncePerOrganisationAndCycle) {
  EXPECT_FALSE(store->submit_response(paper("A1")).duplicate_interview);
  EXPECT_TRUE(store->submit_response(paper("A1")).duplicate_interview);
  // A batch with one number seen before stores none of its rows.
  auto outcomes = store->submit_responses({paper("A2"), paper("A1")}, std::nullopt);
  EXPECT_FALSE(outcomes[0].duplicate_interview);
  EXPECT_TRUE(outcomes[1].duplicate_interview);
  EXPECT_EQ(store->survey_tally("school", cycle()).respondents, 1u);
  EXPECT_EQ(store->submit_responses({paper("A2"), paper("A3")}, std::nullopt).size(), 2u);
  EXPECT_EQ(store->survey_tally("school", cycle()).respondents, 3u);
}

TEST_F(OperatorEntryStore, TheContractsProgressCountsEachChannelFromTheTallies) {
  run_sql("INSERT INTO operators (id, name, inn, created_at) VALUES (7, 'ООО «Опрос»', '7707083893', 'now')");
  run_sql("UPDATE cycles SET operator_id = 7 WHERE id = $1", {cycle()});
  (void)store->submit_responses({paper("A1"), paper("A2")}, std::nullopt);
  auto phone = paper("A3");
  phone.response.channel = survey::Channel::operator_phone;
  (void)store->submit_response(phone);
  const auto contracts = stores->staff.contracts(7, year);
  ASSERT_EQ(contracts.size(), 1u);
  ASSERT_EQ(contracts[0].organisations.size(), 1u);
  auto by_channel = contracts[0].organisations[0].by_channel;
  std::sort(by_channel.begin(), by_channel.end());
  const decltype(by_channel) expected{{"operator_paper", 2}, {"operator_phone", 1}};
  EXPECT_EQ(by_channel, expected);
}

TEST_F(OperatorEntryStore, AnEnteredQuestionnaireWritesItsAuditLineOnlyWhenItIsStored) {
  auto entry = paper("A1");
  entry.idempotency_key = "op:1:k1";
  entry.audit = AuditEntry{0, "", 0, "", "response.enter", "response", "", "", R"({"organisation":"school"})"};
  const auto stored = store->submit_response(entry);
  ASSERT_FALSE(stored.duplicate_interview);
  EXPECT_TRUE(store->submit_response(entry).repeated);  // a retry under the same key
  entry.idempotency_key = "op:1:k2";
  EXPECT_TRUE(store->submit_response(entry).duplicate_interview);  // the same form under another key
  const auto log = stores->staff.audit_log(10, 0);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "response.enter");
  EXPECT_EQ(log[0].object_id, std::to_string(stored.response_id));
  EXPECT_EQ(log[0].after_json, R"({"organisation":"school"})");
}

TEST_F(OperatorEntryStore, AnUploadWritesOneAuditLineWithItsRowsOrNone) {
  const AuditEntry audit{0, "", 0, "", "response.upload", "response", "", "", R"({"count":2})"};
  (void)store->submit_response(paper("A1"));
  auto refused = store->submit_responses({paper("A2"), paper("A1")}, audit);
  EXPECT_TRUE(refused[1].duplicate_interview);
  EXPECT_TRUE(stores->staff.audit_log(10, 0).empty());  // rolled back with the batch
  EXPECT_EQ(store->submit_responses({paper("A2"), paper("A3")}, audit).size(), 2u);
  const auto log = stores->staff.audit_log(10, 0);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "response.upload");
  EXPECT_EQ(log[0].after_json, R"({"count":2})");
  EXPECT_EQ(store->survey_tally("school", cycle()).respondents, 3u);
}

TEST_F(OperatorEntryStore, AnInspectionIsSavedOnlyOverTheVersionItWasReadAt) {
  ExpertRecord record{"school", cycle(), {}, 0, 0};
  record.inputs[methodology::ExpertField::remote_channels] = 3;
  const AuditEntry audit{0, "", 0, "", "expert_inputs.update", "organisation", "school", "", "{}"};
  EXPECT_FALSE(store->expert_record("school", cycle()));
  ASSERT_TRUE(store->put_expert_record(record, audit));
  EXPECT_FALSE(store->put_expert_record(record, audit));  // version 0 again: someone saved first
  auto stored = store->expert_record("school", cycle());
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->version, 1);
  EXPECT_EQ(stored->inputs[methodology::ExpertField::remote_channels], 3.0);
  record.version = 1;
  record.inputs[methodology::ExpertField::remote_channels] = 5;
  EXPECT_TRUE(store->put_expert_record(record, audit));
  EXPECT_EQ(store->expert_record("school", cycle())->version, 2);
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 2u);  // one line per saved change, none for the refused
}

TEST_F(OperatorEntryStore, AnUploadOfInspectionsWritesItsAuditLinesInTheSameTransaction) {
  ExpertRecord school{"school", cycle(), {}, 0, 0}, unknown{"nowhere", cycle(), {}, 0, 0};
  school.inputs[methodology::ExpertField::comfort_conditions] = 4;
  const AuditEntry audit{0, "", 0, "", "expert.update", "expert_inputs", "school", "", "{}"};
  EXPECT_THROW(store->put_expert_inputs({school, unknown}, {audit, audit}), sql::DatabaseError);
  EXPECT_FALSE(store->expert_record("school", cycle()));
  EXPECT_TRUE(stores->staff.audit_log(10, 0).empty());  // refused with the batch
  store->put_expert_inputs({school}, {audit});
  EXPECT_EQ(store->expert_record("school", cycle())->inputs[methodology::ExpertField::comfort_conditions], 4.0);
  EXPECT_EQ(stores->staff.audit_log(10, 0).size(), 1u);
}

}  // namespace
}  // namespace nok
