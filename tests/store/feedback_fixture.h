#pragma once
// Organisations, a cycle and two citizens for the feedback store tests, on either engine.
#include <gtest/gtest.h>

#include "app/feedback/citizen_feedback.h"
#include "core/crypto.h"
#include "core/time.h"
#include "support/organisations.h"
#include "support/test_store.h"

namespace nok::test {

class FeedbackStore : public testing::Test {
 protected:
  void SetUp() override {
    if (!store.available()) GTEST_SKIP() << "NOK_TEST_POSTGRES_URL is not set";
    (void)store->upsert_organisations({org("lib1"), org("lib2"), org("old1")});
    cycle = store->open_cycle("Министерство культуры", current_year(), "344n-2019");
    store->include_in_cycle(cycle, {{"lib1", 100}, {"lib2", 100}});  // old1 is not assessed this year
    alice = store->upsert_citizen("alice", key.seal("alice@example.ru"));
    bob = store->upsert_citizen("bob", key.seal("bob@example.ru"));
  }

  static Organisation org(std::string code) {
    const std::string name = "Библиотека " + code;
    return test::test_organisation(std::move(code), name, Sphere::culture, "Министерство культуры");
  }

  // Field values must outlive the call: literals, or strings the test keeps.
  static FeedbackRequest request(std::string org, std::int64_t who, std::vector<Field> fields, std::string key) {
    return {std::move(org), who, std::move(fields), std::move(key)};
  }

  TestStore store;
  SecretKey key = SecretKey::generate();
  std::int64_t cycle = 0, alice = 0, bob = 0;
};

}  // namespace nok::test
