#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The robots exclusion protocol (RFC 9309) as a polite visitor reads it.
namespace nok::website {

class RobotsRules {
 public:
  // Everything allowed: no robots.txt, or one that says nothing to us.
  RobotsRules() = default;

  // Reads robots.txt: the group naming `agent`'s product token (before any '/', compared
  // case-insensitively) wins
  // over the `*` group; Allow and Disallow by the longest matching path, `*` and a final `$`
  // as in the RFC; Crawl-delay read where given. Lines it does not understand are skipped.
  static RobotsRules parse(std::string_view text, std::string_view agent);
  // RFC 9309 §2.3.1.4: a server that fails to give robots.txt (5xx, no answer) forbids
  // everything until it recovers.
  static RobotsRules disallow_all();

  // Whether `path` (path and query, as requested) may be fetched. A file is read up to 1000
  // rules of up to 512 bytes; a path over 2 KiB is refused unless there are no rules.
  bool allows(std::string_view path) const;
  std::optional<std::chrono::seconds> crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow = false;
  };
  std::vector<Rule> rules_;
  std::optional<std::chrono::seconds> crawl_delay_;
};

}  // namespace nok::website
