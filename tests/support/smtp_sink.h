#pragma once
#include <string>
#include <sys/types.h>
#include <vector>

#include "support/temp_dir.h"

namespace nok::test {

// A real SMTP server for tests: Debian's python3-aiosmtpd on a loopback port, storing
// every message it accepts in a Maildir. Stopped on destruction.
class SmtpSink {
 public:
  SmtpSink();
  ~SmtpSink();
  bool running() const { return pid_ > 0; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // Raw messages received so far, oldest first (waits up to 5 s for at least `n`).
  std::vector<std::string> messages(std::size_t n = 1) const;

 private:
  TempDir dir_;
  int port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace nok::test
