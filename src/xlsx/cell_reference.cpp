#include "xlsx/cell_reference.h"

#include "core/parse_number.h"

namespace nok::xlsx {

std::optional<CellReference> parse_cell_reference(std::string_view text) {
  const auto letters = text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (letters == 0 || letters > 3 || letters == std::string_view::npos) return std::nullopt;
  std::size_t column = 0;
  for (char c : text.substr(0, letters)) column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
  const auto row = parse_row_number(text.substr(letters));
  if (!row) return std::nullopt;
  return CellReference{column - 1, *row};
}

std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::optional<int> parse_row_number(std::string_view text) {
  const auto row = text::parse_integer<int>(text);
  if (!row || *row < 1 || *row > last_row) return std::nullopt;
  return row;
}

}  // namespace nok::xlsx
