#include "domain/website/robots.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace nok::website {
namespace {

// Bounds on what one file may make the checker compare (matching costs pattern × path).
constexpr std::size_t kMostRules = 1000;
constexpr std::size_t kLongestPattern = 512;
constexpr std::size_t kLongestPath = 2048;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `pattern` against the start of `path`: `*` matches any run, a final `$` the end.
bool matches(std::string_view pattern, std::string_view path) {
  const bool anchored = pattern.ends_with('$');
  if (anchored) pattern.remove_suffix(1);
  // Iterative wildcard matching with one backtrack point, as for shell globs.
  std::size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // a prefix matched
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

struct Line {
  std::string key;
  std::string_view value;
};

std::optional<Line> read_line(std::string_view line) {
  if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return Line{lower(text::trim(line.substr(0, colon))), text::trim(line.substr(colon + 1))};
}

}  // namespace

RobotsRules RobotsRules::parse(std::string_view text, std::string_view agent) {
  // Groups are runs of user-agent lines followed by their rules. Ours wins over `*`.
  RobotsRules mine, anyone;
  bool have_mine = false;
  bool group_mine = false, group_anyone = false, in_agents = false;
  const std::string token = lower(agent.substr(0, agent.find('/')));  // the product token of a User-Agent
  for (auto raw : text::split(text, '\n')) {
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const auto line = read_line(raw);
    if (!line) continue;
    if (line->key == "user-agent") {
      if (!in_agents) group_mine = group_anyone = false;
      in_agents = true;
      const auto name = lower(line->value);
      if (name == "*") group_anyone = true;
      else if (!token.empty() && name == token) group_mine = have_mine = true;
      continue;
    }
    in_agents = false;
    std::vector<RobotsRules*> targets;
    if (group_mine) targets.push_back(&mine);
    if (group_anyone) targets.push_back(&anyone);
    for (auto* target : targets) {
      if (line->key == "allow" || line->key == "disallow") {
        // "Disallow:" with nothing allows everything; beyond the caps a file is not read on.
        if (line->value.empty() || line->value.size() > kLongestPattern || target->rules_.size() >= kMostRules) continue;
        target->rules_.push_back({std::string(line->value), line->key == "allow"});
      } else if (line->key == "crawl-delay") {
        int seconds = 0;
        for (char c : line->value) {
          if (c < '0' || c > '9') break;
          seconds = std::min(seconds * 10 + (c - '0'), 3600);
        }
        target->crawl_delay_ = std::chrono::seconds(seconds);
      }
    }
  }
  return have_mine ? mine : anyone;
}

RobotsRules RobotsRules::disallow_all() {
  RobotsRules rules;
  rules.rules_.push_back({"/", false});
  return rules;
}

bool RobotsRules::allows(std::string_view path) const {
  if (path.size() > kLongestPath) return rules_.empty();  // not worth the comparisons: not fetched
  const Rule* best = nullptr;
  for (const auto& rule : rules_) {
    if (!matches(rule.pattern, path)) continue;
    // The longest pattern wins; on a tie, Allow (the least restrictive).
    if (!best || rule.pattern.size() > best->pattern.size() ||
        (rule.pattern.size() == best->pattern.size() && rule.allow))
      best = &rule;
  }
  return !best || best->allow;
}

}  // namespace nok::website
