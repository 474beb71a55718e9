#pragma once
#include <string>

namespace nok::test {

// A hot standby of the throwaway PostgreSQL server the tests run on, streaming from it,
// started by scripts/lib/postgres.sh (start_replica) and removed when destroyed. Slow to
// start (a base backup, seconds): a test suite shares one.
class TestReplica {
 public:
  // Starts one streaming from `primary_url` (a server URL, as NOK_TEST_POSTGRES_URL); throws
  // std::runtime_error with the script's output when it cannot.
  explicit TestReplica(const std::string& primary_url);
  ~TestReplica();
  TestReplica(const TestReplica&) = delete;
  TestReplica& operator=(const TestReplica&) = delete;

  // `url` (a URL of the primary, perhaps with options) with the standby's host and port.
  std::string url_of(const std::string& url) const;
  // Stops the server, keeping its files; start() starts it again and waits until it streams.
  void stop();
  void start();

 private:
  // Runs a function of scripts/lib/postgres.sh with this replica's variables set.
  void run(const std::string& function) const;

  std::string primary_;  // "postgresql://user@host:port"
  std::string dir_, port_, url_;
};

}  // namespace nok::test
