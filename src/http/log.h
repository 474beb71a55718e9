#pragma once
#include <string>
#include <string_view>

namespace nok::log {

// One JSON object per line on stderr: {"ts":…,"level":…,"msg":…, …fields}. Fields are
// pre-rendered JSON members (`"status":200`). Never pass personal data here (152-ФЗ):
// no e-mails, phones, names, query strings or bodies.
void info(std::string_view msg, std::string_view fields = {});
void error(std::string_view msg, std::string_view fields = {});

// Escapes a string for a JSON value (without the quotes).
std::string json_escape(std::string_view s);

}  // namespace nok::log
