#pragma once
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/json_document.h"

namespace nok {

// The "format" member of each kind of edition file (docs/editions.md).
inline constexpr std::string_view kMethodologyFormat = "nok-methodology/1";
inline constexpr std::string_view kQuestionnaireFormat = "nok-questionnaire/1";

// What an edition file holds, by its "format" member.
enum class EditionKind { methodology, questionnaire };

// The kind a document declares; a complaint (edition_bad_format) and nullopt when the root is
// not an object or its "format" is not one of "nok-methodology/1", "nok-questionnaire/1".
std::optional<EditionKind> read_edition_kind(JsonDocument& document);

// The "id" member of an edition's root: 1–64 characters of a–z, 0–9 and ". / _ -", starting
// with a letter or digit ("344n-2019", "675n-2018/core"), so it reads the same in a URL, a
// file name and a CSV cell. Checks "format" too: it must be `format`. Returns "" after a
// complaint.
std::string read_edition_header(JsonDocument& document, const boost::json::object& root, std::string_view format);

// The "id" a text declares, unchecked; nullopt when it is not a JSON object with a string
// "id". For finding an edition by id among several texts before reading any of them.
std::optional<std::string> declared_edition_id(std::string_view text);

}  // namespace nok
