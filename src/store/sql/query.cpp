#include "store/sql/query.h"

namespace nok::sql {

Query& Query::bind(Param value) {
  params_.push_back(value);
  sql_ += "$" + std::to_string(params_.size());
  return *this;
}

Query& Query::where(std::string_view text) {
  sql_ += conditions_ ? " AND " : " WHERE ";
  sql_ += text;
  conditions_ = true;
  return *this;
}

}  // namespace nok::sql
