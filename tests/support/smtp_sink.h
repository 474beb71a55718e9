#pragma once
#include <string>
#include <vector>

#include "support/local_server.h"
#include "support/temp_dir.h"

namespace nok::test {

// A real SMTP server for tests: Debian's python3-aiosmtpd on a loopback port (smtp_sink.py),
// storing every message it accepts in a Maildir. It refuses the first `refuse_first`
// messages with 451 (try again later), like a mail server that is briefly down. Stopped on
// destruction.
class SmtpSink {
 public:
  explicit SmtpSink(int refuse_first = 0);
  bool running() const { return server_.running(); }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(server_.port()); }
  // Raw messages received so far, oldest first (waits up to 5 s for at least `n`).
  std::vector<std::string> messages(std::size_t n = 1) const;

 private:
  TempDir dir_;  // before server_: the Maildir must outlive the server writing into it
  LocalServer server_;
};

}  // namespace nok::test
