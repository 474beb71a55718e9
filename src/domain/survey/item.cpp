#include "domain/survey/item.h"

namespace nok::survey {
namespace {

constexpr std::array<std::string_view, kItemCount> kKeys{
    "stand_used",     "stand_ok",     "site_used",    "site_ok",     "timely",
    "comfort_ok",     "disabled",     "access_ok",    "contact_polite", "staff_polite",
    "remote_used",    "remote_polite", "recommend",   "conditions_ok", "overall_ok",
};

constexpr std::array<Item, kItemCount> kAll = [] {
  std::array<Item, kItemCount> all{};
  for (std::size_t i = 0; i < kItemCount; ++i) all[i] = static_cast<Item>(i);
  return all;
}();

}  // namespace

std::string_view key(Item item) { return kKeys[static_cast<std::size_t>(item)]; }

std::optional<Item> parse_item(std::string_view key) {
  for (std::size_t i = 0; i < kItemCount; ++i)
    if (kKeys[i] == key) return static_cast<Item>(i);
  return std::nullopt;
}

std::span<const Item> all_items() { return kAll; }

}  // namespace nok::survey
