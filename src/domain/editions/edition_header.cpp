#include "domain/editions/edition_header.h"

#include <algorithm>

namespace nok {
namespace {

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '_' || c == '-'; }

}  // namespace

std::optional<EditionKind> read_edition_kind(JsonDocument& doc) {
  const auto* root = doc.as_object(doc.root(), "");
  if (!root) return std::nullopt;
  const auto format = doc.string(*root, "", "format");
  if (!format) return std::nullopt;
  if (*format == kMethodologyFormat) return EditionKind::methodology;
  if (*format == kQuestionnaireFormat) return EditionKind::questionnaire;
  doc.fail("/format", "edition_bad_format",
           "неизвестный формат «" + *format + "»: ожидается «" + std::string(kMethodologyFormat) + "» или «" +
               std::string(kQuestionnaireFormat) + "»");
  return std::nullopt;
}

std::string read_edition_header(JsonDocument& doc, const boost::json::object& root, std::string_view format) {
  if (auto declared = doc.string(root, "", "format"); declared && *declared != format)
    doc.fail("/format", "edition_bad_format", "формат файла должен быть «" + std::string(format) + "»");
  auto id = doc.string(root, "", "id").value_or("");
  const bool valid = !id.empty() && id.size() <= 64 && id.front() != '.' && id.front() != '/' &&
                     id.front() != '_' && id.front() != '-' && std::all_of(id.begin(), id.end(), id_char);
  if (!valid && root.contains("id")) {
    doc.fail("/id", "edition_bad_id",
             "идентификатор издания — от 1 до 64 символов: строчные латинские буквы, цифры и . / _ -, "
             "первый — буква или цифра");
    return "";
  }
  return id;
}

std::optional<std::string> declared_edition_id(std::string_view text) {
  JsonDocument doc(text);
  const auto* id = doc.ok() && doc.root().is_object() ? doc.root().get_object().if_contains("id") : nullptr;
  if (!id || !id->is_string()) return std::nullopt;
  return std::string(id->get_string());
}

}  // namespace nok
