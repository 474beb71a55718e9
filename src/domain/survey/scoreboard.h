#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/survey/counters.h"
#include "domain/survey/response.h"

namespace nok::survey {

// Live survey counters of many organisations, keyed by public code. A response is
// counted in O(1) (one hash lookup and 15 additions), so an organisation's page can show
// current indicators at once; a full recount is the same additions from an empty board.
// Invariant: every slot holds the sum of the responses added minus those removed.
class Scoreboard {
 public:
  // The slot of an organisation, registered with empty counters on first sight (an
  // organisation with expert inputs but no respondents yet still gets scored).
  std::uint32_t slot(std::string_view org);

  void add(const Response& r) { counters_[slot(r.org)].add(r.channel, r.answers); }
  // Precondition: `r` was added before; a broken precondition throws std::logic_error.
  void remove(const Response& r);
  // A respondent who edits a response: the old answers leave, the new ones come in.
  void replace(const Response& before, const Response& after) {
    remove(before);
    add(after);
  }

  // nullptr when the organisation has never been seen.
  const SurveyCounters* find(std::string_view org) const;

  std::size_t size() const { return counters_.size(); }
  const std::string& code(std::uint32_t slot) const { return *codes_[slot]; }
  const SurveyCounters& counters(std::uint32_t slot) const { return counters_[slot]; }

  // Heap bytes held, estimated from the node layout of the index (for capacity planning).
  std::size_t memory_bytes() const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> slots_;
  std::vector<SurveyCounters> counters_;
  std::vector<const std::string*> codes_;  // keys of slots_, which stay put while the map grows
};

}  // namespace nok::survey
