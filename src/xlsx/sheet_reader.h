#pragma once
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/result.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx/xml_stream.h"

namespace nok::xlsx {

// The text of each item of the shared strings part (xl/sharedStrings.xml) in order: its <t>,
// or the <t> of each rich-text run, phonetic hints (<rPh>) left out. An item longer than
// `limits.cell_bytes`, or more items than `limits.cells`, is refused as it is read.
Result<std::vector<std::string>> read_shared_strings(XmlStream& part, const Limits& limits);

// The sheet's rows as read_first_sheet describes them. What the table would hold is counted
// before it grows — cells (with the empty ones a row is padded with), text (each use of a
// shared string counted), columns, rows, one cell's text — and refused past `limits`.
Result<csv::Table> read_sheet(XmlStream& part, const std::vector<std::string>& shared, const Limits& limits);

}  // namespace nok::xlsx
