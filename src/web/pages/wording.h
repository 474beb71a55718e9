#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nok::web {

// "1 организация", "3 организации", "11 организаций": Russian plural forms.
std::string plural(std::int64_t n, const char* one, const char* few, const char* many);

// The region's name for a code ("77" → «Москва»), or the code when unknown.
std::string region_name(std::string_view code);

// "87,35" — scores are published with two decimals and a decimal comma; "нет данных" when absent.
std::string score_text(const std::optional<double>& value);

}  // namespace nok::web
