// The outbox's retry schedule and how it shows recipients to an administrator.
#include <gtest/gtest.h>

#include "app/outbox/outbox_admin.h"
#include "app/outbox/retry_policy.h"

namespace nok {
namespace {

using std::chrono::seconds;

TEST(OutboxRetry, TheWaitDoublesFromHalfAMinuteUpToAnHour) {
  const RetryPolicy policy;
  std::vector<long long> waits;
  for (int failed = 1; failed <= 9; ++failed) waits.push_back(retry_wait(policy, failed, 0.0).count());
  EXPECT_EQ(waits, (std::vector<long long>{30, 60, 120, 240, 480, 960, 1920, 3600, 3600}));
  EXPECT_EQ(retry_wait(policy, 1000, 0.0), seconds(3600)) << "no overflow however many attempts";
}

TEST(OutboxRetry, JitterOnlyShortensTheWaitAndByAtMostItsShare) {
  const RetryPolicy policy;
  for (int failed : {1, 4, 8, 20}) {
    const auto full = retry_wait(policy, failed, 0.0);
    const auto shortest = retry_wait(policy, failed, 0.999999);
    EXPECT_LT(shortest, full) << failed;
    EXPECT_GE(shortest.count(), static_cast<long long>(full.count() * 0.8)) << failed;
  }
  EXPECT_EQ(retry_wait(policy, 8, 0.5), seconds(3240));  // 3600 × (1 − 0.2 × 0.5)
}

TEST(OutboxRetry, AMessageIsDeadAfterItsLastAllowedAttempt) {
  RetryPolicy policy;
  policy.max_attempts = 3;
  EXPECT_FALSE(out_of_attempts(policy, 2));
  EXPECT_TRUE(out_of_attempts(policy, 3));
}

TEST(OutboxRecipients, AreMaskedEnoughToRecogniseButNotToUse) {
  EXPECT_EQ(masked_recipient("ivanova@example.ru"), "i•••@example.ru");
  EXPECT_EQ(masked_recipient("юля@пример.рф"), "ю•••@пример.рф") << "a whole first character, never half of one";
  EXPECT_EQ(masked_recipient("+79001234567"), "+7900•••••67");
  EXPECT_EQ(masked_recipient("@example.ru"), "•••");
  EXPECT_EQ(masked_recipient("something else"), "•••");
  EXPECT_EQ(masked_recipient(""), "•••");
}

}  // namespace
}  // namespace nok
