#pragma once
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "domain/methodology/points.h"

namespace nok::scoring {

// JSON text of a document whose doubles are published numbers (methodology::format_points).
// Boost.JSON 1.81 would write 83.33 as 8.333E1; people and spreadsheets read this.
// Elements of arrays directly under the root go one per line, so a report of many
// organisations reads and diffs line by line.
std::string to_json_text(const boost::json::value& document);

// A value or JSON null.
inline boost::json::value number_or_null(const std::optional<double>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace nok::scoring
