#pragma once
#include <boost/json/value.hpp>
#include <optional>
#include <string>

namespace nok::scoring {

// A result number as published: rounded to 2 decimals, without trailing zeros
// ("83.33", "62.5", "100"). Computation stays in double; only output is rounded.
std::string format_number(double value);

// JSON text of a document whose doubles are published numbers (format_number).
// Boost.JSON 1.81 would write 83.33 as 8.333E1; people and spreadsheets read this.
// Elements of arrays directly under the root go one per line, so a report of many
// organisations reads and diffs line by line.
std::string to_json_text(const boost::json::value& document);

// A value or JSON null.
inline boost::json::value number_or_null(const std::optional<double>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace nok::scoring
