#pragma once
// What an export's sheets are made of: columns and typed cells (writer.h writes them).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace nok::xlsx {

enum class CellKind { text, integer, decimal };

// A column of a sheet: its title in the header row, the kind of its cells' numbers and
// how wide Excel shows it.
struct Column {
  std::string title;
  CellKind kind = CellKind::text;
  int decimals = 1;  // decimal columns: the places Excel shows (0 … 6), with the reader's decimal comma
  double width = 0;  // in characters; 0: wide enough for the title, at least 10
};

// A cell: empty, text, a whole number or a decimal. Text is always written as text, so a
// name like "=HYPERLINK(…)" or "+7…" is never taken for a formula or a number. The view
// must live until add_row returns.
using Cell = std::variant<std::monostate, std::string_view, std::int64_t, double>;

}  // namespace nok::xlsx
