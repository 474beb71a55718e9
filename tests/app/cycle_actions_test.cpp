// The cycle's use cases without the HTTP layer: every refusal a form can meet, each with its
// kind, machine code and field, and nothing written when refused.
#include <gtest/gtest.h>

#include "app/cycle/cycle_actions.h"
#include "app/methodology/edition_files.h"
#include "domain/methodology/sample.h"
#include "store/staff_fixture.h"
#include "support/error_kind.h"
#include "support/test_editions.h"

namespace nok {
namespace {

class CycleActions : public test::StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    authority = stores->staff.find_authority("Департамент образования")->id;
    official = {1, "official", staff::Role::official, 0, 0, authority};
    run_sql("INSERT INTO operators (id, name, inn, created_at) VALUES (7, 'Оператор', '7707083893', '2026-01-01')");
  }

  Result<std::int64_t> create(CycleForm form, const staff::StaffUser& who) {
    EditionCatalog editions(&stores->editions);
    return create_cycle(stores->cycles, stores->staff, editions, who, form);
  }
  std::size_t audit_lines() { return stores->staff.audit_log(100, 0).size(); }
  CycleRecord next_year_cycle() {
    auto id = create({std::to_string(year + 1), "education", "Оператор", ""}, official);
    EXPECT_TRUE(id) << id.error().message;
    return *stores->cycles.find_cycle(*id);
  }

  std::int64_t authority = 0;
  staff::StaffUser official;
};

TEST_F(CycleActions, AnOfficialOpensNextYearsCycleWithTheDefaultMethodologyAndAnAuditLine) {
  const auto c = next_year_cycle();
  EXPECT_EQ(c.year, year + 1);
  EXPECT_EQ(c.methodology, "344n-2019");
  EXPECT_EQ(c.operator_name, "Оператор");
  EXPECT_EQ(audit_lines(), 1u);
}

TEST_F(CycleActions, AYearThatIsNotAWholeNumberInRangeIsRefusedOnTheYearField) {
  for (const std::string& bad : std::vector<std::string>{"", "двадцать", "2026.0", "2013", std::to_string(year + 2),
                                                         "99999999999999999999"}) {
    const auto r = create({bad, "", "", ""}, official);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(test::kind_of({r.error()}), "invalid") << bad;
    EXPECT_EQ(r.error().code, "bad_year") << bad;
    EXPECT_EQ(r.error().column, "year") << bad;
  }
  EXPECT_EQ(audit_lines(), 0u);
}

TEST_F(CycleActions, AnUnknownSphereMethodologyOrOperatorIsRefusedOnItsField) {
  const auto sphere = create({std::to_string(year + 1), "astrology", "", ""}, official);
  ASSERT_FALSE(sphere);
  EXPECT_EQ(sphere.error().code, "bad_sphere");
  const auto methodology = create({std::to_string(year + 1), "", "", "999n-2099"}, official);
  ASSERT_FALSE(methodology);
  EXPECT_EQ(methodology.error().code, "unknown_methodology");
  EXPECT_EQ(methodology.error().column, "methodology");
  const auto operator_ = create({std::to_string(year + 1), "", "Нет такого", ""}, official);
  ASSERT_FALSE(operator_);
  EXPECT_EQ(operator_.error().code, "unknown_operator");
  EXPECT_EQ(operator_.error().column, "operator");
  EXPECT_TRUE(stores->cycles.cycles(authority, 0).size() == 1u);  // only this year's, from the fixture
}

TEST_F(CycleActions, OnlyAnOfficialOfAnAuthorityOpensACycleAndOnlyOncePerYear) {
  for (auto role : {staff::Role::council, staff::Role::monitor, staff::Role::org_staff, staff::Role::survey_operator}) {
    auto who = official;
    who.role = role;
    const auto r = create({std::to_string(year + 1), "", "", ""}, who);
    ASSERT_FALSE(r);
    EXPECT_EQ(test::kind_of({r.error()}), "forbidden");
  }
  auto without_authority = official;
  without_authority.authority_id = 0;
  EXPECT_EQ(test::kind_of({create({std::to_string(year + 1), "", "", ""}, without_authority).error()}), "forbidden");
  const auto again = create({std::to_string(year), "", "", ""}, official);  // the fixture opened this year's
  ASSERT_FALSE(again);
  EXPECT_EQ(test::kind_of({again.error()}), "conflict");
  EXPECT_EQ(again.error().code, "cycle_exists");
}

TEST_F(CycleActions, AListWithBadLinesIsRefusedWholeNamingTheFirstBadLine) {
  const auto c = next_year_cycle();
  const auto r = list_organisations(stores->cycles, *store, official, c, methodology::default_methodology(),
                                    "school;120\n\nclinic\nnowhere\nschool\nschool;0", c.version);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "other_authority");
  EXPECT_EQ(r.error().line, 3);
  for (const char* named : {"строка 3", "строка 4", "строка 5", "строка 6", "нет организации с кодом «nowhere»"})
    EXPECT_NE(r.error().message.find(named), std::string::npos) << named << "\n" << r.error().message;
  EXPECT_TRUE(stores->cycles.members(c.id).empty());
}

// An edition of the sample rule only: half the recipients, at most 700.
std::string half_sample_edition(std::string_view cap) {
  return R"({"format": "nok-methodology/1", "id": "test-sample", "extends": "344n-2019", "title": "Т",
  "sample": {"share_of_recipients": 0.5, "cap": )" + std::string(cap) + R"(, "min_site_app_share": 0.2}})";
}

TEST_F(CycleActions, ACycleOpenedWithAnAddedEditionTakesItsSampleRuleAndFreezesIt) {
  EditionCatalog editions(&stores->editions);
  Errors faults;
  auto added = add_edition(stores->editions, editions, half_sample_edition("700"), AuditEntry{}, faults);
  ASSERT_TRUE(added) << added.error().message;
  auto id = create({std::to_string(year + 1), "education", "", "test-sample"}, official);
  ASSERT_TRUE(id) << id.error().message;
  const auto c = *stores->cycles.find_cycle(*id);
  EXPECT_EQ(c.methodology, "test-sample");
  const auto& edition = editions.of_cycle(c.methodology);
  ASSERT_EQ(edition.id, "test-sample");
  ASSERT_TRUE(list_organisations(stores->cycles, *store, official, c, edition, "school", c.version));
  const auto recipients = store->find_organisation("school")->recipients_per_year;
  const auto expected = methodology::sample_target(edition.sample, recipients).value_or(0);
  EXPECT_EQ(stores->cycles.members(c.id).at(0).sample_target, expected);
  if (recipients > 10)  // the fixture's school has recipients, so the two rules differ
    EXPECT_NE(expected, methodology::sample_target(methodology::default_methodology().sample, recipients));

  auto changed = add_edition(stores->editions, editions, half_sample_edition("800"), AuditEntry{}, faults);
  ASSERT_FALSE(changed);
  EXPECT_EQ(changed.error().code, "edition_in_use");
  EXPECT_EQ(test::kind_of({changed.error()}), "conflict");
  EXPECT_EQ(editions.of_cycle("test-sample").sample.cap, 700);
}

TEST_F(CycleActions, AnUnusedAddedEditionMayBeReplacedAndAShippedOneNever) {
  EditionCatalog editions(&stores->editions);
  Errors faults;
  ASSERT_TRUE(add_edition(stores->editions, editions, half_sample_edition("700"), AuditEntry{}, faults));
  auto replaced = add_edition(stores->editions, editions, half_sample_edition("800"), AuditEntry{}, faults);
  ASSERT_TRUE(replaced) << replaced.error().message;
  EXPECT_EQ(replaced->outcome, EditionAdded::replaced);
  EXPECT_EQ(editions.find("test-sample")->sample.cap, 800);
  auto shipped = add_edition(stores->editions, editions, *methodology::shipped_edition_text("344n-2019"), AuditEntry{}, faults);
  ASSERT_FALSE(shipped);
  EXPECT_EQ(shipped.error().code, "edition_shipped");
  auto broken = add_edition(stores->editions, editions, half_sample_edition("0"), AuditEntry{}, faults);
  ASSERT_FALSE(broken);
  ASSERT_FALSE(faults.empty());
  EXPECT_EQ(faults.front().column, "/sample/cap");
}

TEST_F(CycleActions, AnAddedQuestionnaireIsAskedByTheEditionThatNamesItAndThenNeverChanges) {
  EditionCatalog editions(&stores->editions);
  Errors faults;
  const auto first = test::questionnaire_with_wording("region-2027/all", "Пользовались ли вы стендом в холле?");
  auto added = add_edition(stores->editions, editions, first, AuditEntry{}, faults);
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(added->outcome, EditionAdded::added);
  // Not yet named by any methodology: a fix of its wording replaces it.
  const auto fixed = test::questionnaire_with_wording("region-2027/all", "Пользовались ли вы стендом в вестибюле?");
  auto replaced = add_edition(stores->editions, editions, fixed, AuditEntry{}, faults);
  ASSERT_TRUE(replaced) << replaced.error().message;
  EXPECT_EQ(replaced->outcome, EditionAdded::replaced);

  auto methodology_added = add_edition(stores->editions, editions, test::edition_asking("test-q", "region-2027/all"),
                                       AuditEntry{}, faults);
  ASSERT_TRUE(methodology_added) << methodology_added.error().message;
  const auto* edition = editions.find("test-q");
  ASSERT_TRUE(edition);
  EXPECT_EQ(methodology::questionnaire_for(*edition, Sphere::education).questions.front().wording,
            "Пользовались ли вы стендом в вестибюле?");
  auto id = create({std::to_string(year + 1), "education", "", "test-q"}, official);
  ASSERT_TRUE(id) << id.error().message;

  // Named now: its text never changes again, and its id is not a methodology.
  auto frozen = add_edition(stores->editions, editions, first, AuditEntry{}, faults);
  ASSERT_FALSE(frozen);
  EXPECT_EQ(frozen.error().code, "edition_in_use");
  EXPECT_EQ(test::kind_of({frozen.error()}), "conflict");
  EXPECT_FALSE(editions.find("region-2027/all"));
  auto as_methodology = add_edition(stores->editions, editions, test::edition_asking("region-2027/all", "675n-2018/timely"),
                                    AuditEntry{}, faults);
  ASSERT_FALSE(as_methodology);
  EXPECT_EQ(as_methodology.error().code, "edition_kind_taken");
  auto shipped = add_edition(stores->editions, editions, *methodology::shipped_edition_text("675n-2018/core"),
                             AuditEntry{}, faults);
  ASSERT_FALSE(shipped);
  EXPECT_EQ(shipped.error().code, "edition_shipped");

  const auto listed = stores->editions.list();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, "region-2027/all");
  EXPECT_EQ(listed[0].kind, EditionKind::questionnaire);
  EXPECT_EQ(listed[0].cycles, 1);  // through the methodology that names it
  const auto choices = editions.choices();
  EXPECT_TRUE(std::none_of(choices.begin(), choices.end(), [](const auto& c) { return c.id == "region-2027/all"; }));
}

TEST_F(CycleActions, AnEmptyListOrAStaleVersionSavesNothing) {
  const auto c = next_year_cycle();
  const auto empty = list_organisations(stores->cycles, *store, official, c, methodology::default_methodology(), " \n\n", c.version);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, "no_organisations");
  const auto listed = list_organisations(stores->cycles, *store, official, c, methodology::default_methodology(), "school;120", c.version);
  ASSERT_TRUE(listed);
  EXPECT_EQ(*listed, 1u);
  const auto stale = list_organisations(stores->cycles, *store, official, c, methodology::default_methodology(), "school;50", c.version);
  ASSERT_FALSE(stale);
  EXPECT_EQ(test::kind_of({stale.error()}), "conflict");
  EXPECT_EQ(stores->cycles.members(c.id).at(0).sample_target, 120);
}

TEST_F(CycleActions, AStepOutOfOrderOrWithoutItsPrerequisitesIsRefused) {
  auto c = next_year_cycle();
  const auto early = take_step(stores->cycles, *store, official, c, methodology::default_methodology(), {cycle::Event::approve, c.version, "", ""});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, "not_allowed");  // approving is the council's step
  const auto no_list = take_step(stores->cycles, *store, official, c, methodology::default_methodology(), {cycle::Event::start_collecting, c.version, "", ""});
  ASSERT_FALSE(no_list);
  EXPECT_EQ(no_list.error().code, "no_organisations");
  const auto publish = take_step(stores->cycles, *store, official, c, methodology::default_methodology(), {cycle::Event::publish, c.version, "", ""});
  ASSERT_FALSE(publish);
  EXPECT_EQ(publish.error().code, "wrong_state");
  EXPECT_EQ(stores->cycles.find_cycle(c.id)->state, cycle::State::draft);
}

}  // namespace
}  // namespace nok
