#include "support/smtp_sink.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace nok::test {

// Debian's python3 (not a pyenv one), which is where python3-aiosmtpd is installed.
SmtpSink::SmtpSink(int refuse_first)
    : server_({"/usr/bin/python3", support_script("smtp_sink.py"), "{port}", dir_.file("maildir"),
               std::to_string(refuse_first)}) {}

std::vector<std::string> SmtpSink::messages(std::size_t n) const {
  std::vector<std::string> out;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  do {
    out.clear();
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path() / "maildir" / "new", ec))
      files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      out.push_back(text.str());
    }
    if (out.size() >= n) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  } while (std::chrono::steady_clock::now() < deadline);
  return out;
}

}  // namespace nok::test
