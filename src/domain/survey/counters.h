#pragma once
#include <array>
#include <cstdint>
#include <optional>

#include "domain/survey/channel.h"
#include "domain/survey/item.h"

namespace nok::survey {

// How many answered an item and how many of them said "yes".
struct ShareCount {
  std::uint32_t yes = 0;
  std::uint32_t answered = 0;

  // yes / answered, or nullopt when nobody answered (the empty-denominator case).
  std::optional<double> share() const {
    if (answered == 0) return std::nullopt;
    return static_cast<double>(yes) / answered;
  }
  bool operator==(const ShareCount&) const = default;
};

// The tallies of one organisation's responses from which every survey indicator, share
// and sample flag is computed. Adding or removing a response is O(1) and the tallies do
// not depend on the order of responses, so a live board kept up to date response by
// response equals a full recount. 128 bytes per organisation.
struct SurveyCounters {
  std::uint32_t respondents = 0;
  std::uint32_t site_or_app = 0;  // responses through the site or the citizen app
  std::array<ShareCount, kItemCount> items{};

  void add(Channel channel, const Answers& answers) { apply(channel, answers, 1); }
  // Precondition: the same channel and answers were added before (a replaced response).
  void remove(Channel channel, const Answers& answers) { apply(channel, answers, static_cast<std::uint32_t>(-1)); }

  const ShareCount& operator[](Item item) const { return items[static_cast<std::size_t>(item)]; }
  bool operator==(const SurveyCounters&) const = default;

 private:
  // Unsigned wrap-around makes adding 2^32-1 the same as subtracting one.
  void apply(Channel channel, const Answers& answers, std::uint32_t delta) {
    respondents += delta;
    if (survey::site_or_app(channel)) site_or_app += delta;
    for (std::size_t i = 0; i < kItemCount; ++i) {
      const Answer a = answers.values[i];
      items[i].answered += a != Answer::none ? delta : 0;
      items[i].yes += a == Answer::yes ? delta : 0;
    }
  }
};

}  // namespace nok::survey
