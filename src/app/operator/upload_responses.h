#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app/operator/collection.h"
#include "core/csv.h"
#include "core/error.h"
#include "core/result.h"
#include "store/store.h"

namespace nok {

// An uploaded file as a table: an .xlsx workbook's first sheet (recognised by its content,
// not its name) or CSV text. Anything else is upload_bad_format.
Result<csv::Table> read_upload(std::string_view bytes);

struct UploadResult {
  Errors errors;  // every error of the file with its line and column; non-empty: nothing stored
  std::size_t stored = 0;
};

// Stores a batch in the response exchange format (the reader `nok score --responses`
// uses), all or nothing. Besides the format's own checks, each row must be of an
// organisation of the collector's contracts, by an operator's channel, with an
// interview_id that appears once in the file and was not uploaded before. A stored upload
// writes one response.upload audit line (the count by organisation; no answers).
UploadResult upload_responses(Store& store, const Collector& collector, const csv::Table& table);

// "A", "B", …, "AA": the spreadsheet letter of a column of `table`'s header, or empty.
std::string column_letter(const csv::Table& table, std::string_view column);

}  // namespace nok
