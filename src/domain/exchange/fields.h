#pragma once
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/error.h"

namespace nok {

// One named value of an exchange record: a CSV cell under its header, or a form field.
// Record parsers take a span of them so they read a file and the API the same way.
struct Field {
  std::string_view key;
  std::string_view value;
};
using Fields = std::span<const Field>;

// Calls `visit(key, value)` once per key with the value trimmed. Reports, with codes
// prefixed by `prefix` ("survey" → "survey_duplicate_key"): a key given twice
// (`_duplicate_key`) and a key of `required` absent or empty (`_missing_field`; such a
// field is not visited).
void visit_fields(Fields fields, std::span<const std::string_view> required, std::string_view prefix, Errors& errors,
                  const std::function<void(std::string_view key, std::string_view value)>& visit);

// «value» — how messages quote what the person wrote.
std::string quoted(std::string_view value);

// Stores `value` in `org` when it is a public organisation code, else reports `{prefix}_bad_org`.
void read_org_code(std::string_view prefix, std::string_view value, std::string& org, Errors& errors);

}  // namespace nok
