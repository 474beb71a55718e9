#include "domain/exchange/fields.h"

#include <algorithm>
#include <vector>

#include "core/text.h"
#include "domain/registry/organisation_csv.h"

namespace nok {

std::string quoted(std::string_view value) { return "«" + std::string(value) + "»"; }

void read_org_code(std::string_view prefix, std::string_view value, std::string& org, Errors& errors) {
  if (valid_public_code(value)) org = value;
  else errors.push_back({std::string(prefix) + "_bad_org",
                         "код организации " + quoted(value) +
                             " может содержать только латинские буквы, цифры, «-» и «_» (до 32)",
                         0, "org"});
}

void visit_fields(Fields fields, std::span<const std::string_view> required, std::string_view prefix, Errors& errors,
                  const std::function<void(std::string_view key, std::string_view value)>& visit) {
  auto is_required = [&](std::string_view key) { return std::find(required.begin(), required.end(), key) != required.end(); };
  std::vector<std::string_view> filled;
  std::vector<std::string_view> seen;
  for (const auto& [key, raw] : fields) {
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      errors.push_back({std::string(prefix) + "_duplicate_key", "поле " + quoted(key) + " указано дважды", 0,
                        std::string(key)});
      continue;
    }
    seen.push_back(key);
    const std::string_view value = text::trim(raw);
    if (value.empty() && is_required(key)) continue;
    if (!value.empty()) filled.push_back(key);
    visit(key, value);
  }
  for (auto key : required)
    if (std::find(filled.begin(), filled.end(), key) == filled.end())
      errors.push_back({std::string(prefix) + "_missing_field", "не заполнено обязательное поле " + quoted(key), 0,
                        std::string(key)});
}

}  // namespace nok
