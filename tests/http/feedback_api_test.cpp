// The same feedback through the JSON API with bearer tokens.
#include <boost/json.hpp>
#include <set>

#include "app/feedback/answers.h"
#include "http/feedback_site.h"

namespace nok::test {
namespace {

namespace json = boost::json;

using FeedbackApi = FeedbackSite;

json::object parsed(const HttpResult& r) { return json::parse(r.body).as_object(); }

TEST_F(FeedbackApi, EveryFormNeedsAToken) {
  for (const char* path : {"ratings", "opinions", "measure-feedback", "reviews", "appeals"}) {
    const std::string target = "/api/v1/organisations/lib1/" + std::string(path);
    EXPECT_EQ(api("POST", target, R"({"idempotency_key":"k","text":"т"})").status, 401) << path;
    EXPECT_EQ(api("POST", target, R"({"idempotency_key":"k","text":"т"})", "forged").status, 401) << path;
  }
  EXPECT_EQ(api("GET", "/api/v1/me").status, 401);
}

TEST_F(FeedbackApi, ARatingIsCountedOnceAndShownInTheOrganisationsFeedback) {
  const std::string body = R"({"idempotency_key":"a1","points":{"comfort":5,"politeness":4,"booking":"3"}})";
  auto created = api("POST", "/api/v1/organisations/lib1/ratings", body, alice_token);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(parsed(created).at("status").as_string(), "counted");
  auto again = api("POST", "/api/v1/organisations/lib1/ratings", body, alice_token);
  EXPECT_EQ(again.status, 200);
  EXPECT_TRUE(parsed(again).at("repeated").as_bool());

  auto seen = parsed(api("GET", "/api/v1/organisations/lib1/feedback"));
  EXPECT_TRUE(seen.at("assessed").as_bool());
  const auto& comfort = seen.at("ratings").at("comfort").as_object();
  EXPECT_EQ(comfort.at("count").as_int64(), 1);
  EXPECT_DOUBLE_EQ(comfort.at("average").as_double(), 5.0);
  EXPECT_EQ(comfort.at("distribution").as_array().at(4).as_int64(), 1);
  EXPECT_TRUE(seen.at("ratings").at("information").at("average").is_null());
}

TEST_F(FeedbackApi, BadPointsListEveryProblemAndChangeNothing) {
  auto r = api("POST", "/api/v1/organisations/lib1/ratings",
               R"({"idempotency_key":"b1","points":{"comfort":9,"mood":3,"booking":2.5}})", alice_token);
  EXPECT_EQ(r.status, 422);
  std::set<std::string> fields;
  const auto error = parsed(r).at("error");
  for (const auto& d : error.at("details").as_array())
    fields.insert(std::string(d.at("field").as_string()));
  EXPECT_EQ(fields, (std::set<std::string>{"comfort", "mood", "booking"}));
  EXPECT_EQ(api("POST", "/api/v1/organisations/lib1/ratings", R"({"points":{"comfort":5}})", alice_token).status, 400);
  EXPECT_EQ(api("POST", "/api/v1/organisations/lib1/ratings", "[1]", alice_token).status, 400);
  EXPECT_EQ(api("POST", "/api/v1/organisations/old1/ratings", R"({"idempotency_key":"b2","points":{"comfort":5}})",
                alice_token)
                .status,
            409);
  EXPECT_EQ(api("POST", "/api/v1/organisations/nope/ratings", R"({"idempotency_key":"b3","points":{"comfort":5}})",
                alice_token)
                .status,
            404);
  EXPECT_TRUE(store->citizen_activity(alice, 10).ratings.empty());
}

TEST_F(FeedbackApi, OpinionsReviewsAndCommentsOnMeasures) {
  EXPECT_EQ(api("POST", "/api/v1/organisations/lib1/opinions", R"({"idempotency_key":"c1","agrees":false,"comment":"Долго"})",
                alice_token)
                .status,
            201);
  EXPECT_EQ(parsed(api("GET", "/api/v1/organisations/lib1/feedback")).at("opinions").at("disagree").as_int64(), 1);

  auto held = api("POST", "/api/v1/organisations/old1/reviews", R"({"tone":"negative","idempotency_key":"c2","text":"Пишите: a.b@mail.ru"})",
                  alice_token);
  EXPECT_EQ(held.status, 201);
  EXPECT_EQ(parsed(held).at("status").as_string(), "pending");
  auto too_long = api("POST", "/api/v1/organisations/old1/reviews",
                      R"({"tone":"negative","idempotency_key":"c3","text":")" + std::string(2001, 'a') + "\"}", alice_token);
  EXPECT_EQ(too_long.status, 422);
  EXPECT_EQ(parsed(too_long).at("error").at("code").as_string(), "review_too_long");
  EXPECT_EQ(api("POST", "/api/v1/organisations/old1/reviews", R"({"tone":"negative","idempotency_key":"c4","text":{"html":"<b>"}})",
                alice_token)
                .status,
            400);
  EXPECT_EQ(api("POST", "/api/v1/organisations/lib1/measure-feedback",
                R"({"idempotency_key":"c5","plan_item":null,"text":"Стало чище"})", alice_token)
                .status,
            201);
  EXPECT_EQ(parsed(api("GET", "/api/v1/organisations/lib1/plan")).at("items").as_array().size(), 0u);

  auto mine = parsed(api("GET", "/api/v1/me", "", alice_token));
  const auto& review = mine.at("reviews").as_array().at(0).as_object();
  EXPECT_EQ(review.at("moderation_reason").as_string(), "personal_data_email");
  EXPECT_NE(std::string(review.at("moderation_message").as_string()).find("адрес электронной почты"), std::string::npos);
  EXPECT_EQ(mine.at("opinions").as_array().size(), 1u);
  EXPECT_EQ(mine.at("measure_feedback").as_array().at(0).at("text").as_string(), "Стало чище");
}

TEST_F(FeedbackApi, PublishedReviewsWithAnswersArePublicAndPaged) {
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(api("POST", "/api/v1/organisations/lib1/reviews",
                  R"({"tone":"negative","idempotency_key":"r)" + std::to_string(i) + R"(","text":"Отзыв )" + std::to_string(i) + "\"}",
                  bob_token)
                  .status,
              201);
  const auto newest = store->published_reviews("lib1", 1, 0).items.at(0).head.id;
  ASSERT_TRUE(answer_review(*store, "lib1", newest, "Спасибо!").errors.empty());
  auto page = parsed(api("GET", "/api/v1/organisations/lib1/reviews?limit=2&offset=0"));
  EXPECT_EQ(page.at("total").as_int64(), 3);
  ASSERT_EQ(page.at("items").as_array().size(), 2u);
  EXPECT_EQ(page.at("items").at(0).at("text").as_string(), "Отзыв 2");
  EXPECT_EQ(page.at("items").at(0).at("answer").as_string(), "Спасибо!");
  EXPECT_TRUE(page.at("items").at(1).at("answer").is_null());
  EXPECT_EQ(api("GET", "/api/v1/organisations/lib1/reviews?limit=500").status, 400);
}

TEST_F(FeedbackApi, OneAccountPostsAtMostFiveReviewsAndFiveAppealsADay) {
  auto review = [&](int i) {
    return api("POST", "/api/v1/organisations/lib1/reviews",
               R"({"tone":"negative","idempotency_key":"d)" + std::to_string(i) + R"(","text":"Отзыв )" + std::to_string(i) + "\"}",
               bob_token);
  };
  for (int i = 0; i < 5; ++i) ASSERT_EQ(review(i).status, 201);
  EXPECT_EQ(review(4).status, 200);  // a repeat of the fifth is still that one
  auto sixth = review(5);
  EXPECT_EQ(sixth.status, 429);
  EXPECT_NE(sixth.body.find("too_many_posts"), std::string::npos);
  EXPECT_EQ(store->published_reviews("lib1", 10, 0).total, 5);
  auto appeal = [&](int i) {
    return api("POST", "/api/v1/organisations/old1/appeals",
               R"({"idempotency_key":"e)" + std::to_string(i) + R"(","subject":"Тема","text":"Текст )" +
                   std::to_string(i) + "\"}",
               bob_token);
  };
  for (int i = 0; i < 5; ++i) ASSERT_EQ(appeal(i).status, 201);
  EXPECT_EQ(appeal(5).status, 429);
}

TEST_F(FeedbackApi, AppealsArePrivateToTheirAuthor) {
  auto filed = api("POST", "/api/v1/organisations/old1/appeals",
                   R"({"idempotency_key":"p1","subject":"Пандус","text":"Нет пандуса у входа"})", alice_token);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const std::string id(parsed(filed).at("id").as_string());
  auto mine = api("GET", "/api/v1/me/appeals/" + id, "", alice_token);
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(parsed(mine).at("subject").as_string(), "Пандус");
  EXPECT_FALSE(parsed(mine).at("due_at").as_string().empty());
  auto other = api("GET", "/api/v1/me/appeals/" + id, "", bob_token);
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body.find("Пандус"), std::string::npos);
  EXPECT_EQ(api("GET", "/api/v1/me/appeals/999", "", alice_token).status, 404);
  EXPECT_TRUE(parsed(api("GET", "/api/v1/me", "", bob_token)).at("appeals").as_array().empty());
}


TEST_F(FeedbackApi, AReviewNeedsAToneWhichIsReadBack) {
  auto missing = api("POST", "/api/v1/organisations/lib1/reviews", R"({"idempotency_key":"t1","text":"Хорошо"})",
                     alice_token);
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(parsed(missing).at("error").at("code").as_string(), "review_missing_field");
  auto unknown = api("POST", "/api/v1/organisations/lib1/reviews",
                     R"({"idempotency_key":"t2","text":"Хорошо","tone":"angry"})", alice_token);
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(parsed(unknown).at("error").at("code").as_string(), "review_bad_choice");
  ASSERT_EQ(api("POST", "/api/v1/organisations/lib1/reviews",
                R"({"idempotency_key":"t3","text":"Хорошо","tone":"positive"})", alice_token)
                .status,
            201);
  EXPECT_EQ(parsed(api("GET", "/api/v1/organisations/lib1/reviews")).at("items").at(0).at("tone").as_string(),
            "positive");
}

}  // namespace
}  // namespace nok::test
