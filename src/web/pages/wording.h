#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nok::web {

// The one name of the citizen's own page (/me): the header, its heading and every link to it.
inline constexpr std::string_view kMyPageTitle = "Мои оценки, отзывы и обращения";

// "1 организация", "3 организации", "11 организаций": Russian plural forms.
std::string plural(std::int64_t n, const char* one, const char* few, const char* many);

// The region's name for a code ("77" → «Москва»), or the code when unknown.
std::string region_name(std::string_view code);

// "87,35" — scores are published with two decimals and a decimal comma; "нет данных" when absent.
std::string score_text(const std::optional<double>& value);

// "4,3" — citizens' average points, one decimal and a decimal comma.
std::string points_text(double value);

// `message` as a sentence on a page: its first letter a capital ("неизвестное поле" →
// "Неизвестное поле"). The domain's messages also read inside file reports, after
// "строка 3: ", so they may start in lower case; a page shows them on their own.
std::string sentence(std::string_view message);

}  // namespace nok::web
