#include "core/error.h"

namespace nok {

std::string describe(const Error& e) {
  std::string out;
  if (e.line > 0) out += "строка " + std::to_string(e.line);
  if (!e.column.empty()) out += (out.empty() ? "столбец " : ", столбец ") + e.column;
  if (!out.empty()) out += ": ";
  out += e.message;
  out += " [" + e.code + "]";
  return out;
}

}  // namespace nok
