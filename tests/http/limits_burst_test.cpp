// The citizens' limits under attack: concurrent bursts through the JSON API and the forms,
// half each, with real SMTP delivery of the codes, counting exactly what got through.
#include <map>
#include <mutex>
#include <regex>

#include "http/feedback_site.h"
#include "support/burst.h"
#include "support/smtp_sink.h"

namespace nok::test {
namespace {

class LimitsBurst : public FeedbackSite {
 protected:
  void SetUp() override {
    ASSERT_TRUE(sink.running()) << "python3-aiosmtpd is not installed";
    mailer = make_mailer({.smtp_url = sink.url(), .from = "nok@example.ru"});
    start(mailer.get());
  }

  // Sends `threads` requests at once — request(i) for the i-th — and counts the answers by
  // what `outcome` makes of each.
  template <class Request, class Outcome>
  std::map<std::string, int> burst_of(Request request, Outcome outcome, int threads = 30) {
    std::mutex mutex;
    std::map<std::string, int> seen;
    test::burst(threads, [&](int i) {
      const auto answer = request(i);
      std::lock_guard lock(mutex);
      ++seen[outcome(answer)];
    });
    return seen;
  }

  // The sign-in forms' double-submit token (any browser gets one from GET /login).
  HttpResult sign_in_form(const std::string& target, const std::string& fields) {
    return http_request(server->port(), "POST", target, "Cookie: nok_form=" + csrf + "\r\n", "csrf=" + csrf + "&" + fields);
  }

  // The code in the newest of the mails received so far.
  std::string last_code() {
    const auto mail = sink.messages();
    std::smatch code;
    EXPECT_TRUE(std::regex_search(mail.back(), code, std::regex("\\b\\d{6}\\b")));
    return code.str();
  }

  // A code request through the API (even i) or the form (odd i).
  HttpResult request_code(int i, const std::string& address) {
    if (i % 2 == 0) return api("POST", "/api/v1/auth/code", R"({"email":")" + address + "\"}");
    return sign_in_form("/login", "contact=" + http::percent_encode(address));
  }

  SmtpSink sink;
  std::unique_ptr<Mailer> mailer;
};

// What a sign-in answer says, whichever way it came: its Russian message decides.
std::string sign_in_outcome(const HttpResult& r) {
  if (r.status == 201 || r.status == 303) return "signed in";
  if (r.body.find("Неверный код") != std::string::npos) return "wrong";
  if (r.body.find("Слишком много неверных попыток") != std::string::npos) return "locked";
  return "status " + std::to_string(r.status);
}

TEST_F(LimitsBurst, ThirtyGuessesAtOnceGetExactlyFiveCompared) {
  ASSERT_EQ(api("POST", "/api/v1/auth/code", R"({"email":"victim@example.ru"})").status, 202);
  const auto code = last_code();
  const std::string wrong = code == "000000" ? "000001" : "000000";
  auto guess = [&](int i) {
    if (i % 2 == 0)
      return api("POST", "/api/v1/auth/session", R"({"email":"victim@example.ru","code":")" + wrong + "\"}");
    return sign_in_form("/login/code", "contact=victim%40example.ru&code=" + wrong);
  };
  EXPECT_EQ(burst_of(guess, sign_in_outcome), (std::map<std::string, int>{{"wrong", 5}, {"locked", 25}}));
  auto right = api("POST", "/api/v1/auth/session", R"({"email":"victim@example.ru","code":")" + code + "\"}");
  EXPECT_EQ(right.status, 401);
  EXPECT_NE(right.body.find("code_locked"), std::string::npos);
}

TEST_F(LimitsBurst, ThirtyCodeRequestsForOneAddressAtOnceSendExactlyThreeCodes) {
  auto outcome = [](const HttpResult& r) {
    if (r.status == 202 || (r.status == 303 && header_value(r.headers, "Location") == "/login/code")) return "sent";
    if (r.status == 429 && r.body.find("Слишком много запросов кода") != std::string::npos) return "refused";
    return "unexpected";
  };
  EXPECT_EQ(burst_of([&](int i) { return request_code(i, "victim@example.ru"); }, outcome),
            (std::map<std::string, int>{{"refused", 27}, {"sent", 3}}));
  EXPECT_EQ(sink.messages(3).size(), 3u);  // every delivery ended before its answer
}

// A post's answer: stored (201 from the API, 303 to the thanks page from the form) or
// refused for the day's limit (429 from either, with the reason).
std::string post_outcome(const HttpResult& r) {
  if (r.status == 201 || r.status == 303) return "stored";
  if (r.status == 429 && r.body.find("С одной учётной записи можно отправить не больше") != std::string::npos)
    return "refused";
  return "status " + std::to_string(r.status);
}

TEST_F(LimitsBurst, ThirtyReviewsFromOneAccountAtOnceGetExactlyFivePublished) {
  auto post = [&](int i) {
    const std::string key = "r" + std::to_string(i), text = "Отзыв номер " + std::to_string(i);
    if (i % 2 == 0)
      return api("POST", "/api/v1/organisations/lib1/reviews",
                 R"({"tone":"negative","idempotency_key":")" + key + R"(","text":")" + text + "\"}", alice_token);
    return as_alice("POST", "/o/lib1/review", form({{"idempotency_key", key}, {"text", text}, {"tone", "neutral"}}));
  };
  EXPECT_EQ(burst_of(post, post_outcome), (std::map<std::string, int>{{"refused", 25}, {"stored", 5}}));
  EXPECT_EQ(store->published_reviews("lib1", 50, 0).total, 5);
}

TEST_F(LimitsBurst, ThirtyAppealsFromOneAccountAtOnceGetExactlyFiveFiled) {
  auto post = [&](int i) {
    const std::string key = "a" + std::to_string(i), text = "Обращение номер " + std::to_string(i);
    if (i % 2 == 0)
      return api("POST", "/api/v1/organisations/old1/appeals",
                 R"({"idempotency_key":")" + key + R"(","subject":"Пандус","text":")" + text + "\"}", alice_token);
    return as_alice("POST", "/o/old1/appeal", form({{"idempotency_key", key}, {"subject", "Пандус"}, {"text", text}}));
  };
  EXPECT_EQ(burst_of(post, post_outcome), (std::map<std::string, int>{{"refused", 25}, {"stored", 5}}));
  EXPECT_EQ(store->organisation_appeals("old1").size(), 5u);
}

TEST_F(LimitsBurst, ThirtyCommentsOnMeasuresFromOneAccountAtOnceGetExactlyTenReceived) {
  auto post = [&](int i) {
    const std::string key = "m" + std::to_string(i), text = "Комментарий номер " + std::to_string(i);
    if (i % 2 == 0)
      return api("POST", "/api/v1/organisations/lib1/measure-feedback",
                 R"({"idempotency_key":")" + key + R"(","text":")" + text + "\"}", alice_token);
    return as_alice("POST", "/o/lib1/measures", form({{"idempotency_key", key}, {"plan_item", ""}, {"text", text}}));
  };
  EXPECT_EQ(burst_of(post, post_outcome), (std::map<std::string, int>{{"refused", 20}, {"stored", 10}}));
  EXPECT_EQ(store->measure_comments("lib1", 50).size(), 10u);
}

TEST_F(LimitsBurst, ThirtyRetriesOfOneReviewAtOnceStoreItOnceAndLeaveTheRestOfTheDay) {
  auto retry = [&](int) {
    return api("POST", "/api/v1/organisations/lib1/reviews", R"({"tone":"negative","idempotency_key":"same","text":"Отзыв"})",
               alice_token);
  };
  auto status = [](const HttpResult& r) { return std::to_string(r.status); };
  EXPECT_EQ(burst_of(retry, status), (std::map<std::string, int>{{"200", 29}, {"201", 1}}));
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(api("POST", "/api/v1/organisations/lib1/reviews",
                  R"({"tone":"negative","idempotency_key":"more)" + std::to_string(i) + R"(","text":"Ещё отзыв"})", alice_token)
                  .status,
              201)
        << i;
  EXPECT_EQ(api("POST", "/api/v1/organisations/lib1/reviews", R"({"tone":"negative","idempotency_key":"sixth","text":"Ещё"})",
                alice_token)
                .status,
            429);
}

}  // namespace
}  // namespace nok::test
