#include "support/test_replica.h"

#include <array>
#include <cstdio>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace nok::test {
namespace {

const std::string kScripts = std::string(NOK_TEST_SUPPORT_DIR) + "/../../scripts/lib/postgres.sh";

// The output of a shell command; throws when it fails.
std::string shell(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("bash -c '" + command + "' 2>&1").c_str(), "r"), pclose);
  if (!pipe) throw std::runtime_error("popen failed");
  std::string out;
  std::array<char, 4096> buffer;
  while (auto n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
  if (pclose(pipe.release()) != 0) throw std::runtime_error(command + ": " + out);
  return out;
}

// The scheme, user, host and port of a URL: everything before the path.
std::string server_of(const std::string& url) { return url.substr(0, url.find('/', url.find("://") + 3)); }

}  // namespace

TestReplica::TestReplica(const std::string& primary_url) : primary_(server_of(primary_url)) {
  std::istringstream out(shell("source " + kScripts + " && start_replica " + primary_url +
                               " >&2 && echo $NOK_REPLICA_DIR $NOK_REPLICA_PORT $NOK_REPLICA_URL"));
  std::string line, last;
  while (std::getline(out, line))
    if (!line.empty()) last = line;
  std::istringstream fields(last);
  fields >> dir_ >> port_ >> url_;
  if (url_.empty()) throw std::runtime_error("start_replica printed no URL: " + last);
}

TestReplica::~TestReplica() {
  try {
    run("stop_replica");
  } catch (const std::exception&) {
  }
}

std::string TestReplica::url_of(const std::string& url) const { return server_of(url_) + url.substr(primary_.size()); }

void TestReplica::stop() { run("stop_replica_server"); }
void TestReplica::start() { run("resume_replica"); }

void TestReplica::run(const std::string& function) const {
  shell("source " + kScripts + " && NOK_REPLICA_DIR=" + dir_ + " NOK_REPLICA_PORT=" + port_ +
        " NOK_REPLICA_URL=" + url_ + " && " + function);
}

}  // namespace nok::test
