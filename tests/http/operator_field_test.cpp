// The field mode over HTTP: /operator/field for the engaged operator only, its form posting
// like the entry form without JavaScript, and the files that make it an installable app.
#include "http/staff_site.h"

namespace nok {
namespace {

using test::StaffSite;

using test::kAnswers;

class OperatorField : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    op = signed_in(account("opros", "operator", "", "", "ООО «Опрос»"));
  }

  Browser op;
};

TEST_F(OperatorField, TheOperatorChoosesAnOrganisationOfItsContracts) {
  auto page = get("/operator/field", op.cookie);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page, "<h1>Опрос на выезде</h1>"));
  EXPECT_TRUE(contains(page, "<option value=\"school\">Школа № 1</option>"));
  EXPECT_FALSE(contains(page, "clinic"));  // another authority's, not in the contracts
  EXPECT_TRUE(contains(page, "<link rel=\"manifest\" href=\"/static/field.webmanifest\">"));
  EXPECT_FALSE(contains(page, "class=\"survey entry field\""));
  EXPECT_EQ(header(page, "Cache-Control"), "no-store");
  EXPECT_TRUE(contains(get("/operator", op.cookie), "href=\"/operator/field\""));
}

TEST_F(OperatorField, TheChosenOrganisationsQuestionnaireDefaultsToAnInterview) {
  auto page = get("/operator/field?org=school", op.cookie);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page, "<h1>Опрос на выезде: Школа № 1</h1>"));
  EXPECT_TRUE(contains(page, "<option value=\"school\" selected>"));
  EXPECT_TRUE(contains(page, "<form method=\"post\" action=\"/operator/field\" class=\"survey entry field\""));
  EXPECT_TRUE(contains(page, "name=\"org\" value=\"school\""));
  EXPECT_TRUE(contains(page, "value=\"operator_interview\" checked"));
  EXPECT_TRUE(contains(page, "name=\"stand_ok\""));
  EXPECT_TRUE(contains(page, "id=\"field-status\" role=\"status\" aria-live=\"polite\""));
  EXPECT_TRUE(contains(page, "<script src=\"/static/field.js\" defer></script>"));
  EXPECT_FALSE(input_value(page.body, "csrf").empty());
}

TEST_F(OperatorField, OtherRolesAndOtherScopesAreNotFound) {
  EXPECT_EQ(get("/operator/field?org=clinic", op.cookie).status, 404);
  EXPECT_EQ(get("/operator/field?org=nope", op.cookie).status, 404);
  auto official = signed_in(account("chinovnik", "official", "", "Департамент образования"));
  EXPECT_EQ(get("/operator/field", official.cookie).status, 404);
  EXPECT_EQ(get("/operator/field?org=school", official.cookie).status, 404);
  auto c = stores->pool().acquire();
  c->run("INSERT INTO operators (id, name, inn, created_at) VALUES (8, 'ООО «Другой»', '7707083893', '2026-01-01')");
  auto other = signed_in(account("drugoy", "operator", "", "", "ООО «Другой»"));
  EXPECT_EQ(get("/operator/field", other.cookie).status, 404);
  EXPECT_EQ(post(other, "/operator/field", "org=school&idempotency_key=k&channel=operator_interview&" +
                                               std::string(kAnswers)).status, 404);
  EXPECT_EQ(get("/operator/field").status, 303);  // anonymous: to the staff sign-in
}

TEST_F(OperatorField, WithoutJavaScriptTheFormPostsLikeTheEntryForm) {
  const std::string form = "org=school&idempotency_key=field-1&channel=operator_interview&" + std::string(kAnswers);
  auto saved = post(op, "/operator/field", form);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(header(saved, "Location"), "/operator/field?org=school&channel=operator_interview&saved=1");
  EXPECT_EQ(post(op, "/operator/field", form).status, 303);  // a double submit stores once
  auto page = get(header(saved, "Location"), op.cookie);
  EXPECT_TRUE(contains(page, "Анкета № 1 сохранена."));
  EXPECT_TRUE(contains(page, "Собрано 1 из 100 анкет, из них оператором — 1."));

  auto broken = post(op, "/operator/field", "org=school&idempotency_key=k&channel=operator_interview&stand_ok=1&" +
                                                std::string(kAnswers));
  EXPECT_EQ(broken.status, 422);
  EXPECT_TRUE(contains(broken, "отвечают только ответившие «да» на вопрос"));
  EXPECT_TRUE(contains(broken, "name=\"idempotency_key\" value=\"k\""));
  EXPECT_EQ(post(op, "/operator/field", "org=clinic&" + form.substr(11)).status, 404);
}

TEST_F(OperatorField, TheManifestAndTheWorkerMakeItAnInstallableApp) {
  auto manifest = get("/static/field.webmanifest");
  ASSERT_EQ(manifest.status, 200);
  EXPECT_EQ(header(manifest, "Content-Type"), "application/manifest+json");
  EXPECT_TRUE(contains(manifest, "\"name\": \"НОК: опрос на выезде\""));
  EXPECT_TRUE(contains(manifest, "\"start_url\": \"/operator/field\""));
  EXPECT_TRUE(contains(manifest, "\"display\": \"standalone\""));
  EXPECT_EQ(header(get("/static/field-icon.svg"), "Content-Type"), "image/svg+xml");

  auto worker = get("/static/field-sw.js");
  ASSERT_EQ(worker.status, 200);
  EXPECT_EQ(header(worker, "Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(header(worker, "Service-Worker-Allowed"), "/operator/field");
  EXPECT_EQ(header(get("/static/field.js"), "Service-Worker-Allowed"), "");  // only the worker widens its scope
}

}  // namespace
}  // namespace nok
