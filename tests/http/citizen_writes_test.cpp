// Every citizen write — the survey and every other form, on the site, at a terminal and in the app's API —
// is a deferred route: answered once its commit is durable, with no thread held while it
// waits (deferred_test.cpp shows what a deferred route holds), so a peak of reviews after a
// mailing does not use up the server's threads.
#include <set>

#include "http/full_site.h"

namespace nok {
namespace {

class CitizenWrites : public test::FullSite {};

TEST_F(CitizenWrites, EveryCitizenWriteIsAnsweredAfterItsCommitWithoutHoldingAThread) {
  std::set<std::string> deferred, waiting;
  for (const auto& route : router.routes()) {
    if (route.method != "POST") continue;
    if (!route.pattern.starts_with("/o/{code}/") && !route.pattern.starts_with("/api/v1/organisations/{code}/") &&
        route.pattern != "/kiosk/{secret}/survey")
      continue;
    (route.deferred ? deferred : waiting).insert(route.pattern);
  }
  EXPECT_EQ(waiting, std::set<std::string>{});
  const std::set<std::string> expected{
      "/o/{code}/survey",  "/o/{code}/rate",  "/o/{code}/opinion", "/o/{code}/measures",
      "/o/{code}/review",  "/o/{code}/appeal", "/api/v1/organisations/{code}/responses",
      "/api/v1/organisations/{code}/ratings", "/api/v1/organisations/{code}/opinions",
      "/api/v1/organisations/{code}/measure-feedback", "/api/v1/organisations/{code}/reviews",
      "/api/v1/organisations/{code}/appeals", "/kiosk/{secret}/survey"};
  EXPECT_EQ(deferred, expected);
}

}  // namespace
}  // namespace nok
