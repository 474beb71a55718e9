#pragma once
#include <boost/json/value.hpp>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace nok {

// A JSON file that people write by hand (a methodology edition, a questionnaire), read so that
// every complaint names the line and the field: errors carry `line` and, in `column`, the
// field's JSON Pointer ("/criteria/1/variants/0"). Boost.JSON keeps no positions, so the
// lines come from a second, small scan of the text.
class JsonDocument {
 public:
  // Reads `text`. Refuses text that is not UTF-8 (json_not_utf8), is not JSON (json_syntax,
  // with the line of the fault) or repeats a key within one object (json_duplicate_key);
  // then ok() is false and root() is null.
  explicit JsonDocument(std::string_view text);

  bool ok() const { return errors_.empty(); }
  const boost::json::value& root() const { return root_; }
  const Errors& errors() const { return errors_; }
  Errors take_errors() { return std::move(errors_); }

  // Records a complaint about the value at `pointer`.
  void fail(const std::string& pointer, std::string code, std::string message);

  // The member `key` of `object` (at `pointer`), of the wanted type. A missing member of a
  // required field, or one of another type, is a complaint and nullopt/nullptr.
  std::optional<std::string> string(const boost::json::object& object, const std::string& pointer,
                                     std::string_view key, bool required = true);
  std::optional<double> number(const boost::json::object& object, const std::string& pointer,
                               std::string_view key, bool required = true);
  const boost::json::object* object(const boost::json::object& object, const std::string& pointer,
                                    std::string_view key, bool required = true);
  const boost::json::array* array(const boost::json::object& object, const std::string& pointer,
                                  std::string_view key, bool required = true);
  // `value` itself as an object; a complaint when it is something else.
  const boost::json::object* as_object(const boost::json::value& value, const std::string& pointer);
  // Complains about every member of `object` not in `known` (a misspelt key is never ignored).
  void refuse_unknown(const boost::json::object& object, const std::string& pointer,
                      std::initializer_list<std::string_view> known);

  // The line where the value at `pointer` starts; 0 when there is no such value.
  int line_of(const std::string& pointer) const;

 private:
  const boost::json::value* member(const boost::json::object& object, const std::string& pointer,
                                   std::string_view key, bool required, std::string_view wanted);

  boost::json::value root_;
  std::map<std::string, int> lines_;
  Errors errors_;
};

// "/criteria/1" + "variants" → "/criteria/1/variants".
std::string json_pointer(const std::string& parent, std::string_view child);
std::string json_pointer(const std::string& parent, std::size_t index);

}  // namespace nok
