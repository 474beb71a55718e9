// The CSV reader (core/csv) on any bytes: organisation registries, operators' response
// files and score exchanges all arrive through it. Besides not crashing or leaking, a table
// it returns holds only valid UTF-8 with records in file order, and a field written with
// csv::text_cell reads back, through csv::original_text, as itself.
#include <string>

#include "core/csv.h"
#include "core/text.h"
#include "fuzz/property.h"

using namespace nok;

namespace {

void check_table(const csv::Table& table) {
  fuzz::require(table.delimiter == ',' || table.delimiter == ';', "the delimiter is a comma or a semicolon");
  int previous_line = 1;
  for (const auto& h : table.header) fuzz::require(text::valid_utf8(h), "header cells are valid UTF-8");
  for (const auto& r : table.records) {
    fuzz::require(r.line > previous_line, "records start on increasing lines after the header");
    previous_line = r.line;
    for (const auto& f : r.fields) fuzz::require(text::valid_utf8(f), "fields are valid UTF-8");
  }
}

// text_cell neutralises and quotes what needs it; the reader turns CRLF inside quotes into LF and
// keeps the rest, and original_text drops the apostrophe text_cell added. A text whose first
// character after its apostrophes is a CR is left out: the reader may turn that CR's line
// break into a plain LF, which no longer shows the apostrophe was added.
void check_round_trip(std::string_view field) {
  const std::string written = "a,b\n" + csv::text_cell(field) + "," + csv::text_cell(field) + "\n";
  auto table = csv::parse(written);
  if (!text::valid_utf8(field)) {
    fuzz::require(!table && table.error().code == "csv_encoding", "invalid UTF-8 is refused as such");
    return;
  }
  fuzz::require(table.has_value(), "a written field parses");
  const auto first = field.find_first_not_of('\'');
  if (first != std::string_view::npos && field[first] == '\r') return;
  std::string expected(field);
  for (std::size_t at = 0; (at = expected.find("\r\n", at)) != std::string::npos;) expected.erase(at, 1);
  fuzz::require(table->records.size() == 1, "one record written, one read");
  for (const auto& read : table->records[0].fields)
    fuzz::require(csv::original_text(read) == expected, "a written field reads back as itself");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::text_of(data, size);
  if (auto table = csv::parse(input)) check_table(*table);
  check_round_trip(input);
  return 0;
}
