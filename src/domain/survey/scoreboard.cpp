#include "domain/survey/scoreboard.h"

#include <stdexcept>

namespace nok::survey {

std::uint32_t Scoreboard::slot(std::string_view org) {
  if (auto it = slots_.find(org); it != slots_.end()) return it->second;
  const auto next = static_cast<std::uint32_t>(counters_.size());
  auto [it, inserted] = slots_.emplace(std::string(org), next);
  counters_.emplace_back();
  codes_.push_back(&it->first);
  return next;
}

void Scoreboard::remove(const Response& r) {
  auto it = slots_.find(r.org);
  if (it == slots_.end() || counters_[it->second].respondents == 0)
    throw std::logic_error("Scoreboard::remove: no response of «" + r.org + "» was added");
  counters_[it->second].remove(r.channel, r.answers);
}

const SurveyCounters* Scoreboard::find(std::string_view org) const {
  auto it = slots_.find(org);
  return it == slots_.end() ? nullptr : &counters_[it->second];
}

std::size_t Scoreboard::memory_bytes() const {
  // A libstdc++ hash node: next pointer, the key/value pair, the cached hash.
  constexpr std::size_t node = sizeof(void*) + sizeof(std::pair<const std::string, std::uint32_t>) + sizeof(std::size_t);
  std::size_t bytes = counters_.capacity() * sizeof(SurveyCounters) + codes_.capacity() * sizeof(void*) +
                      slots_.bucket_count() * sizeof(void*) + slots_.size() * node;
  for (const auto& [code, slot] : slots_)
    if (code.capacity() > 15) bytes += code.capacity() + 1;  // beyond the short-string buffer
  return bytes;
}

}  // namespace nok::survey
