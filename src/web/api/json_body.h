#pragma once
// Reading a JSON API request's body: pure functions of the bytes, kept apart from the
// handlers' sessions and answers so that they can be fuzzed alone (tests/fuzz/json_body.cpp).
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace nok::web {

// The body as a JSON object, or nullopt when it is not one.
std::optional<boost::json::object> json_body(const http::Request& request);
// A string member, or empty when it is absent or not a string.
std::string string_member(const boost::json::object& object, std::string_view name);
// The text a JSON value stands for in a form field: "1"/"0" for booleans, the digits of an
// integer, a string as it is, "" for null; nullopt for fractions, objects and arrays.
std::optional<std::string> field_text(const boost::json::value& value);

}  // namespace nok::web
