#include "store/sql/insert.h"

namespace nok::sql {
namespace {

void append_listed(std::string& list, std::string_view item) {
  if (!list.empty()) list += ", ";
  list += item;
}

}  // namespace

Insert::Insert(std::string_view table) : table_(table) {}

Insert& Insert::set(std::string_view column, Param value) {
  append_listed(columns_, column);
  params_.push_back(value);
  append_listed(values_, "$" + std::to_string(params_.size()));
  return *this;
}

Insert& Insert::set_expression(std::string_view column, std::string_view expression) {
  append_listed(columns_, column);
  append_listed(values_, expression);
  return *this;
}

Insert& Insert::from(std::string_view source, std::initializer_list<Param> params) {
  source_ += " FROM ";
  append_numbered(source_, source, params);
  return *this;
}

Insert& Insert::then(std::string_view clause, std::initializer_list<Param> params) {
  tail_ += ' ';
  append_numbered(tail_, clause, params);
  return *this;
}

void Insert::append_numbered(std::string& out, std::string_view fragment, std::initializer_list<Param> params) {
  auto next = params.begin();
  for (std::size_t at = 0;;) {
    const std::size_t mark = fragment.find("$?", at);
    out += fragment.substr(at, mark - at);
    if (mark == std::string_view::npos) break;
    if (next == params.end())
      throw DatabaseError("в части запроса больше «$?», чем параметров: " + std::string(fragment));
    params_.push_back(*next++);
    out += "$" + std::to_string(params_.size());
    at = mark + 2;
  }
  if (next != params.end())
    throw DatabaseError("в части запроса меньше «$?», чем параметров: " + std::string(fragment));
}

std::string Insert::sql() const {
  std::string out = "INSERT INTO " + table_ + " (" + columns_ + ") ";
  out += source_.empty() ? "VALUES (" + values_ + ")" : "SELECT " + values_ + source_;
  return out + tail_;
}

std::int64_t Insert::run(Connection& c, const RowHandler& on_row) const {
  return c.run(sql(), params_, on_row);
}

}  // namespace nok::sql
