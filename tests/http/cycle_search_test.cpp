// Choosing a cycle's organisations on its page: a search of the authority's organisations in
// the cycle's spheres by name, ИНН, municipality and sphere, shown with checkboxes (a GET form,
// no JavaScript needed); the chosen ones, or every one found, are added with the sample
// rule's target, next to those listed already. The paste of codes stays for bulk lists.
#include "domain/methodology/methodology.h"
#include "domain/methodology/sample.h"
#include "http/staff_site.h"

namespace nok {
namespace {

using test::HttpResult;

class CycleSearch : public test::StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    auto gymnasium = test::staff_test_organisation("gym", "Гимназия № 3", "77", "Департамент образования");
    gymnasium.municipality = "г. Химки";
    gymnasium.inn = "5047000016";
    gymnasium.recipients_per_year = 900;
    auto lyceum = test::staff_test_organisation("lyc", "Лицей № 4", "77", "Департамент образования");
    lyceum.municipality = "г. Мытищи";
    lyceum.recipients_per_year = 3000;
    auto library = test::staff_test_organisation("lib", "Библиотека № 5", "77", "Департамент образования");
    library.sphere = Sphere::culture;  // not in the cycle's spheres
    library.municipality = "г. Химки";
    (void)store->upsert_organisations({gymnasium, lyceum, library});
    official = signed_in(account("official", "official", "", "Департамент образования"));
    auto created = post(official, "/cycles", "year=" + std::to_string(current_year() + 1) + "&sphere=education");
    EXPECT_EQ(created.status, 303) << created.body;
    path = header(created, "Location");
    id = std::stoll(path.substr(8));
  }

  std::string members() {
    std::string out;
    for (const auto& m : stores->cycles.members(id)) out += m.code + ":" + std::to_string(m.sample_target) + " ";
    return out;
  }

  HttpResult add(const std::string& form) {
    return post(official, path + "/organisations/add", "version=" + input_value(get(path, official.cookie).body, "version") + "&" + form);
  }

  static std::int64_t rule_target(std::int64_t recipients) {
    return *methodology::sample_target(methodology::default_methodology().sample, recipients);
  }

  Browser official;
  std::string path;
  std::int64_t id = 0;
};

TEST_F(CycleSearch, TheSearchShowsTheAuthoritysOrganisationsOfTheCyclesSpheresWithCheckboxes) {
  const auto page = get(path + "?q=&municipality=&sphere=", official.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Найдено: 3"));  // the school, the gymnasium, the lyceum
  EXPECT_TRUE(contains(page, "<input type=\"checkbox\" name=\"code\" value=\"gym\"> Гимназия № 3, ИНН 5047000016, г. Химки, Образование"))
      << page.body;
  EXPECT_TRUE(contains(page, "value=\"lyc\""));
  EXPECT_FALSE(contains(page, "value=\"lib\""));     // culture: not this cycle's sphere
  EXPECT_FALSE(contains(page, "value=\"clinic\""));  // another authority's
  EXPECT_TRUE(contains(page, "<input type=\"checkbox\" name=\"all\" value=\"1\"> <strong>Все найденные: 3</strong>"));
  // The municipalities to narrow to are the authority's.
  EXPECT_TRUE(contains(page, "<option value=\"г. Мытищи\">г. Мытищи</option>"));

  EXPECT_TRUE(contains(get(path + "?q=" + encode("гимназ") + "&municipality=&sphere=", official.cookie), "Найдено: 1"));
  EXPECT_TRUE(contains(get(path + "?q=5047000016&municipality=&sphere=", official.cookie), "value=\"gym\""));
  const auto mytishchi = get(path + "?q=&municipality=" + encode("г. Мытищи") + "&sphere=education", official.cookie);
  EXPECT_TRUE(contains(mytishchi, "Найдено: 1"));
  EXPECT_TRUE(contains(mytishchi, "value=\"lyc\""));
  EXPECT_TRUE(contains(get(path + "?q=" + encode("нет такой") + "&municipality=&sphere=", official.cookie),
                       "Ничего не найдено"));
  EXPECT_FALSE(contains(get(path, official.cookie), "Найдено:"));  // until the form is sent
}

TEST_F(CycleSearch, TheChosenOnesAreAddedWithTheSampleRulesTargetNextToThoseListed) {
  ASSERT_EQ(post(official, path + "/organisations",
                 "version=" + input_value(get(path, official.cookie).body, "version") + "&organisations=school%3B50")
                .status,
            303);
  const auto added = add("q=&municipality=&sphere=&code=gym&code=lyc");
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_EQ(members(), "gym:" + std::to_string(rule_target(900)) + " lyc:" + std::to_string(rule_target(3000)) +
                           " school:50 ");
  // Listed ones are shown checked and cannot be chosen again.
  EXPECT_TRUE(contains(get(path + "?q=&municipality=&sphere=", official.cookie),
                       "value=\"gym\" checked disabled> Гимназия № 3, ИНН 5047000016, г. Химки, Образование — уже в списке"));
}

TEST_F(CycleSearch, EveryOneFoundIsAddedAtOnce) {
  ASSERT_EQ(add("q=&municipality=" + encode("г. Химки") + "&sphere=&all=1").status, 303);
  EXPECT_EQ(members(), "gym:" + std::to_string(rule_target(900)) + " ");  // not the library: culture
  ASSERT_EQ(add("q=&municipality=&sphere=education&all=1").status, 303);
  EXPECT_EQ(stores->cycles.members(id).size(), 3u);
}

TEST_F(CycleSearch, NothingChosenOrSomeoneElsesOrganisationIsRefusedAndNothingChanges) {
  const auto none = add("q=" + encode("Лицей") + "&municipality=&sphere=");
  EXPECT_EQ(none.status, 422);
  EXPECT_TRUE(contains(none, "Отметьте организации"));
  EXPECT_TRUE(contains(none, "value=\"lyc\""));  // the search is shown again
  const auto other = add("q=&municipality=&sphere=&code=clinic");
  EXPECT_EQ(other.status, 422);
  EXPECT_TRUE(contains(other, "относится к другому органу"));
  EXPECT_FALSE(contains(other, "строка"));  // chosen, not typed: no line to point at
  EXPECT_TRUE(stores->cycles.members(id).empty());
  // Only who may edit the list sees the search, and only while the list may change.
  const auto council = signed_in(account("council", "council", "", "Департамент образования"));
  EXPECT_FALSE(contains(get(path + "?q=", council.cookie), "name=\"code\""));
  EXPECT_EQ(post(council, path + "/organisations/add", "version=1&code=gym").status, 403);
}

}  // namespace
}  // namespace nok
