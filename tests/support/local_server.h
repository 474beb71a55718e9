#pragma once
#include <string>
#include <sys/types.h>
#include <vector>

namespace nok::test {

// A helper server for tests (an SMTP sink, an HTTP sink, a fake identity provider) run as
// a child process on a free loopback port; stopped on destruction.
class LocalServer {
 public:
  // `args` may contain "{port}", replaced by the chosen port. Waits up to 5 s for it to listen.
  explicit LocalServer(std::vector<std::string> args);
  ~LocalServer();
  LocalServer(const LocalServer&) = delete;
  LocalServer& operator=(const LocalServer&) = delete;

  bool running() const { return pid_ > 0; }
  int port() const { return port_; }

 private:
  int port_ = 0;
  pid_t pid_ = -1;
};

// A script in tests/support, by file name.
std::string support_script(const std::string& name);

}  // namespace nok::test
