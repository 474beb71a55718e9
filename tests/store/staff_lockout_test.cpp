// Staff sign-in and password resets under a concurrent burst, on both engines, from one
// process and from two over the same database: a lock once reported holds for every attempt,
// and a burst of reset requests sends no more letters than the limit.
#include <sodium.h>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "app/staff/accounts.h"
#include "app/staff/staff_sign_in.h"
#include "store/staff_fixture.h"
#include "support/hashing_gate.h"

namespace nok {
namespace {

constexpr const char* kPassword = "верный пароль 2026";

// Counts the letters it is given; refuses the first `refuse` of them as a mail server might.
class CountingMailer final : public Mailer {
 public:
  explicit CountingMailer(int refuse = 0) : refuse_(refuse) {}
  Result<Ok> send(const MailMessage&) override {
    std::lock_guard lock(mutex_);
    if (refuse_ > 0) {
      --refuse_;
      return Error{"mail_unavailable", "почта недоступна"};
    }
    ++delivered_;
    return Ok{};
  }
  int delivered() {
    std::lock_guard lock(mutex_);
    return delivered_;
  }

 private:
  std::mutex mutex_;
  int refuse_;
  int delivered_ = 0;
};

// One `nok` process: its store, staff store and hashing threads over the shared database.
struct Process {
  Store& store;
  StaffStore& staff;
  PasswordHashing& hashing;
};

class StaffLockout : public test::StaffFixture {
 protected:
  void SetUp() override {
    StaffFixture::SetUp();
    if (IsSkipped()) return;
    policy.password_ops = crypto_pwhash_OPSLIMIT_MIN;
    policy.password_memory = crypto_pwhash_MEMLIMIT_MIN;
    auto link = accounts(stores->staff, nullptr).create({"petrov", "monitor", "", "", "", "petrov@example.ru"}, 0);
    ASSERT_TRUE(link) << link.error().message;
    ASSERT_TRUE(accounts(stores->staff, nullptr).set_password_directly(link->user_id, kPassword));
  }

  StaffAccounts accounts(StaffStore& staff, Mailer* mailer) {
    return StaffAccounts(staff, mailer, key, policy, "http://nok.test");
  }

  // Starts a sign-in as petrov; the future holds its answer once given.
  std::future<Result<StaffSession>> start(const Process& p, const std::string& password) {
    auto answer = std::make_shared<std::promise<Result<StaffSession>>>();
    auto answered = answer->get_future();
    StaffSignIn(p.store, p.staff, key, policy)
        .sign_in({"petrov", password, "", "203.0.113.7"}, p.hashing,
                 [answer](std::exception_ptr error, Result<StaffSession> session) {
                   if (error) answer->set_exception(error);
                   else answer->set_value(std::move(session));
                 });
    return answered;
  }

  // The right password and, while it waits for its check, 20 wrong ones sent at once from
  // threads, spread over `processes`, whose hashing threads are held until every attempt has
  // been counted (so the right one is among those checked, after the lock was reported).
  // Returns the answers, the right one's last.
  std::vector<Result<StaffSession>> burst(const std::vector<Process>& processes) {
    std::vector<std::unique_ptr<test::HashingGate>> gates;
    for (const auto& p : processes) gates.push_back(std::make_unique<test::HashingGate>(p.hashing, policy.hash_threads));
    auto right = start(processes[0], kPassword);
    std::vector<std::future<Result<StaffSession>>> wrong(20);
    std::atomic<bool> go{false};
    std::vector<std::thread> senders;
    for (std::size_t i = 0; i < wrong.size(); ++i)
      senders.emplace_back([&, i] {
        while (!go) std::this_thread::yield();
        wrong[i] = start(processes[(i + 1) % processes.size()], "не тот пароль");
      });
    go = true;
    for (auto& t : senders) t.join();
    int answered_at_once = 0;
    for (auto& a : wrong)
      if (a.wait_for(std::chrono::seconds(0)) == std::future_status::ready) ++answered_at_once;
    EXPECT_EQ(answered_at_once, 21 - policy.failures_before_lock)
        << "only as many attempts as may fail before the lock wait to be checked";
    gates.clear();  // the checks run now
    std::vector<Result<StaffSession>> out;
    for (auto& a : wrong) out.push_back(a.get());
    out.push_back(right.get());
    return out;
  }

  SecretKey key = SecretKey::generate();
  StaffPolicy policy;
};

TEST_F(StaffLockout, TheRightPasswordSentWithTwentyWrongOnesIsRefusedOnceTheLockWasReported) {
  PasswordHashing hashing(policy.hash_threads, policy.hash_queue);
  const auto answers = burst({{*store, stores->staff, hashing}});
  for (const auto& a : answers) {
    ASSERT_FALSE(a) << "nobody signs in after the lock";
    EXPECT_EQ(a.error().code, "sign_in_locked") << a.error().message;
  }
  EXPECT_FALSE(stores->staff.find_account_by_login("petrov")->locked_until.empty());
}

TEST_F(StaffLockout, TheBurstSplitAcrossTwoProcessesIsRefusedAlike) {
  auto second_store = sql::open_sql_store(store.url(), 4);
  sql::SqlStaffStore second_staff(second_store->pool(), second_store->cache_events());
  PasswordHashing first_hashing(policy.hash_threads, policy.hash_queue);
  PasswordHashing second_hashing(policy.hash_threads, policy.hash_queue);
  const auto answers =
      burst({{*store, stores->staff, first_hashing}, {*second_store, second_staff, second_hashing}});
  for (const auto& a : answers) {
    ASSERT_FALSE(a) << "nobody signs in after the lock";
    EXPECT_EQ(a.error().code, "sign_in_locked") << a.error().message;
  }
}

TEST_F(StaffLockout, AnAttemptRefusedAsBusyCostsTheAccountAndTheNetworkNothing) {
  policy.attempts_per_network = 3;  // the queued one, the second and the right one
  PasswordHashing hashing(1, 1);
  Process process{*store, stores->staff, hashing};
  std::future<Result<StaffSession>> queued;
  {
    test::HashingGate gate(hashing, 1);
    queued = start(process, "не тот пароль");  // waits in the queue's one place
    auto busy = start(process, "не тот пароль").get();
    ASSERT_FALSE(busy);
    EXPECT_EQ(busy.error().code, "sign_in_busy");
  }
  auto first = queued.get();
  ASSERT_FALSE(first);
  EXPECT_NE(first.error().message.find("Осталось попыток до временной блокировки: 4"), std::string::npos)
      << first.error().message;
  auto second = start(process, "не тот пароль").get();
  EXPECT_NE(second.error().message.find("Осталось попыток до временной блокировки: 3"), std::string::npos)
      << "the busy one was not counted: " << second.error().message;
  auto right = start(process, kPassword).get();
  ASSERT_TRUE(right) << "the busy one took none of the network's attempts: " << right.error().message;
  EXPECT_EQ(right->account.user.login, "petrov");
}

TEST_F(StaffLockout, ANetworkOverItsLimitIsRefusedBeforeAnyHashing) {
  policy.attempts_per_network = 2;
  PasswordHashing hashing(policy.hash_threads, policy.hash_queue);
  Process process{*store, stores->staff, hashing};
  ASSERT_TRUE(start(process, kPassword).get()) << "a success gives its attempt back";
  EXPECT_FALSE(start(process, "не тот пароль").get());
  EXPECT_FALSE(start(process, "не тот пароль").get());
  test::HashingGate gate(hashing, policy.hash_threads);  // nothing could be checked now
  auto refused = start(process, kPassword).get();
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "sign_in_too_many");
}

TEST_F(StaffLockout, ABurstOfResetRequestsFromTwoProcessesSendsExactlyTheLimit) {
  auto second_store = sql::open_sql_store(store.url(), 4);
  sql::SqlStaffStore second_staff(second_store->pool(), second_store->cache_events());
  CountingMailer mailer;
  std::atomic<bool> go{false};
  std::vector<std::thread> requests;
  for (int i = 0; i < 20; ++i)
    requests.emplace_back([&, i] {
      while (!go) std::this_thread::yield();
      if (i % 2) accounts(second_staff, &mailer).request_reset(*second_store, "Petrov@Example.ru");
      else accounts(stores->staff, &mailer).request_reset(*store, "petrov");
    });
  go = true;
  for (auto& t : requests) t.join();
  EXPECT_EQ(mailer.delivered(), policy.links_per_hour);
}

TEST_F(StaffLockout, ALetterTheMailServerRefusedDoesNotUseUpTheLimit) {
  CountingMailer mailer(1);
  for (int i = 0; i < 5; ++i) accounts(stores->staff, &mailer).request_reset(*store, "petrov");
  EXPECT_EQ(mailer.delivered(), policy.links_per_hour);
}

}  // namespace
}  // namespace nok
