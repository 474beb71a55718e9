#pragma once
#include <string>
#include <vector>

namespace nok {

// An expected failure: a stable machine code for the JSON API and logs, and a message
// in Russian for the person who caused it. `line`/`column` locate it in an input file
// (1-based; 0 when not applicable).
struct Error {
  std::string code;
  std::string message;
  int line = 0;
  std::string column;
};

using Errors = std::vector<Error>;

// "строка 12, столбец inn: ..." — how import and score errors are printed to people.
std::string describe(const Error& e);

}  // namespace nok
