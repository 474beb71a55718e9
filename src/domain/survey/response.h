#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/survey/channel.h"
#include "domain/survey/item.h"

namespace nok::survey {

enum class Sex : std::uint8_t { male, female };

// One completed questionnaire (анкета) about one organisation.
struct Response {
  std::string org;  // the organisation's public code
  Channel channel = Channel::web;
  std::string collected_at;  // ISO 8601, as received
  Answers answers;
  std::string suggestions;
  std::optional<Sex> sex;
  std::optional<int> age;
  // The collector's own number of the questionnaire or interview (operators' channels);
  // unique per organisation and cycle, so an interview counts once. Empty when not given.
  std::string interview_id;

  bool operator==(const Response&) const = default;
};

}  // namespace nok::survey
