#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace nok::survey {

// The yes/no items of the 675н questionnaire, in canonical key order. The order is part of
// the storage format (answer codes, answer_code.h): new items are appended, never inserted.
enum class Item : std::uint8_t {
  stand_used, stand_ok, site_used, site_ok, timely, comfort_ok, disabled, access_ok,
  contact_polite, staff_polite, remote_used, remote_polite, recommend, conditions_ok, overall_ok,
};
inline constexpr std::size_t kItemCount = 15;

// The exchange key: "stand_used", "timely", …
std::string_view key(Item item);
std::optional<Item> parse_item(std::string_view key);
std::span<const Item> all_items();

enum class Answer : std::uint8_t { none, yes, no };  // none: not answered or skipped by a filter

// One respondent's answers, indexed by Item.
struct Answers {
  std::array<Answer, kItemCount> values{};

  Answer operator[](Item i) const { return values[static_cast<std::size_t>(i)]; }
  Answer& operator[](Item i) { return values[static_cast<std::size_t>(i)]; }
  bool operator==(const Answers&) const = default;
};

}  // namespace nok::survey
