#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace nok::text {

// `text` cut to at most `limit` code points, "…" included, back to the last space when one
// is in the second half, so that a label that must fit a fixed width (a chart's bar, a
// tile) shows whole words: shorten("Школа № 5 имени Пушкина", 12) == "Школа № 5…".
// Text within the limit is returned as it is. `limit` is at least 2.
std::string shorten(std::string_view text, std::size_t limit);

}  // namespace nok::text
