#include "domain/registry/organisation_csv.h"

#include <map>
#include <optional>

#include "core/csv.h"
#include "core/parse_number.h"
#include "core/text.h"
#include "domain/registry/inn.h"

namespace nok {
namespace {

struct ColumnSpec {
  std::string_view key;
  std::vector<std::string_view> aliases;
  bool required;
};

const std::vector<ColumnSpec>& columns() {
  static const std::vector<ColumnSpec> specs = {
      {"code", {"код", "public_code"}, false},
      {"inn", {"инн"}, true},
      {"full_name", {"полное наименование", "наименование", "name"}, true},
      {"short_name", {"краткое наименование", "сокращенное наименование"}, false},
      {"region", {"регион", "код региона", "субъект рф", "region_code"}, true},
      {"sphere", {"сфера"}, true},
      {"level", {"уровень"}, false},
      {"authority", {"уполномоченный орган", "орган", "учредитель"}, false},
      {"municipality", {"муниципальное образование", "муниципалитет"}, false},
      {"address", {"адрес"}, false},
      {"website", {"сайт", "официальный сайт"}, false},
      {"recipients", {"recipients_per_year", "число получателей услуг", "получателей в год"}, false},
      {"bus_gov_card", {"карточка bus.gov.ru", "id на bus.gov.ru", "bus_gov_id"}, false},
  };
  return specs;
}

std::optional<std::string> resolve_region(std::string_view cell, const std::vector<Region>& regions) {
  std::string value(text::trim(cell));
  if (value.size() == 1 && value[0] >= '0' && value[0] <= '9') value = "0" + value;
  std::string folded = text::fold(value);
  // Federal cities are often written "г. Москва" or "город Санкт-Петербург".
  for (std::string_view prefix : {"город ", "г. ", "г.", "г "})
    if (folded.starts_with(prefix)) {
      folded = folded.substr(prefix.size());
      break;
    }
  for (const auto& r : regions)
    if (r.code == value || text::fold(r.name) == folded) return r.code;
  return std::nullopt;
}

}  // namespace

bool valid_public_code(std::string_view code) {
  if (code.empty() || code.size() > 32) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  return true;
}

ParsedOrganisations parse_organisations(std::string_view csv_text, const std::vector<Region>& regions) {
  ParsedOrganisations out;
  auto table = csv::parse(csv_text);
  if (!table) {
    out.errors.push_back(table.error());
    return out;
  }

  std::map<std::string_view, std::size_t> index;  // column key → position in the header
  for (const auto& spec : columns()) {
    auto pos = table->column(spec.key);
    for (auto alias = spec.aliases.begin(); !pos && alias != spec.aliases.end(); ++alias) pos = table->column(*alias);
    if (pos) index[spec.key] = *pos;
    else if (spec.required)
      out.errors.push_back({"import_missing_column", "нет обязательного столбца «" + std::string(spec.key) + "»", 1,
                            std::string(spec.key)});
  }
  if (!out.errors.empty()) return out;

  std::map<std::string, int> first_line_of_code;
  for (const auto& record : table->records) {
    auto cell = [&](std::string_view key) -> std::string {
      auto it = index.find(key);
      if (it == index.end() || it->second >= record.fields.size()) return {};
      // A text nok wrote with an apostrophe against formulas reads back as it was.
      return std::string(text::trim(csv::original_text(record.fields[it->second])));
    };
    auto fail = [&](std::string code, std::string message, std::string_view column) {
      out.errors.push_back({std::move(code), std::move(message), record.line, std::string(column)});
    };
    const std::size_t errors_before = out.errors.size();

    if (record.fields.size() != table->header.size())
      fail("import_field_count",
           "в строке " + std::to_string(record.fields.size()) + " полей, а в заголовке " +
               std::to_string(table->header.size()),
           "");

    Organisation org;
    for (const auto& spec : columns())
      if (spec.required && cell(spec.key).empty())
        fail("import_missing_field", "не заполнено обязательное поле «" + std::string(spec.key) + "»", spec.key);

    org.inn = cell("inn");
    if (!org.inn.empty() && !valid_inn(org.inn))
      fail("import_bad_inn", "ИНН «" + org.inn + "» неверен: не 10/12 цифр или не сходится контрольная сумма", "inn");

    org.code = cell("code");
    if (org.code.empty()) org.code = org.inn;
    if (!org.code.empty() && !valid_public_code(org.code))
      fail("import_bad_code", "код «" + org.code + "» может содержать только латинские буквы, цифры, «-» и «_» (до 32)",
           "code");

    org.full_name = cell("full_name");
    org.short_name = cell("short_name");
    if (org.short_name.empty()) org.short_name = org.full_name;

    if (auto region = cell("region"); !region.empty()) {
      if (auto code = resolve_region(region, regions)) org.region_code = *code;
      else fail("import_unknown_region", "неизвестный регион «" + region + "»", "region");
    }
    if (auto sphere = cell("sphere"); !sphere.empty()) {
      if (auto s = parse_sphere(sphere)) org.sphere = *s;
      else fail("import_unknown_sphere", "неизвестная сфера «" + sphere + "» (culture, health, education, social, mse)",
                "sphere");
    }
    if (auto level = cell("level"); !level.empty()) {
      if (auto l = parse_level(level)) org.level = *l;
      else fail("import_unknown_level", "неизвестный уровень «" + level + "» (federal, regional, municipal)", "level");
    }
    if (auto recipients = cell("recipients"); !recipients.empty()) {
      const auto count = text::parse_integer<std::int64_t>(recipients);
      if (count && *count >= 0)
        org.recipients_per_year = *count;
      else
        fail("import_bad_number", "число получателей услуг «" + recipients + "» должно быть целым неотрицательным",
             "recipients");
    }
    org.authority = cell("authority");
    org.municipality = cell("municipality");
    org.address = cell("address");
    org.website = cell("website");
    // Without the column, the card ids stored stay; with it, an empty cell clears one.
    if (index.contains("bus_gov_card")) {
      org.bus_gov_card = cell("bus_gov_card");
      if (!org.bus_gov_card->empty() && !valid_bus_gov_card(*org.bus_gov_card))
        fail("import_bad_bus_gov_card",
             "номер карточки на bus.gov.ru «" + *org.bus_gov_card + "» должен состоять только из цифр (до 12)",
             "bus_gov_card");
    }

    if (!org.code.empty()) {
      auto [it, inserted] = first_line_of_code.emplace(org.code, record.line);
      if (!inserted)
        fail("import_duplicate", "организация с кодом «" + org.code + "» уже есть в строке " + std::to_string(it->second),
             "code");
    }
    if (out.errors.size() == errors_before) {
      out.organisations.push_back(std::move(org));
      out.lines.push_back(record.line);
    }
  }
  if (table->records.empty())
    out.errors.push_back({"import_empty", "в файле нет ни одной организации", 1, ""});
  return out;
}

std::string write_organisations(std::span<const Organisation> organisations) {
  csv::Writer out("\n");
  for (std::string_view column : {"code", "inn", "full_name", "short_name", "region", "sphere", "level", "authority",
                                  "municipality", "address", "website", "recipients", "bus_gov_card"})
    out.text(column);
  out.end_row();
  for (const auto& o : organisations) {
    out.text(o.code).text(o.inn).text(o.full_name).text(o.short_name).text(o.region_code).text(code(o.sphere));
    out.text(code(o.level)).text(o.authority).text(o.municipality).text(o.address).text(o.website);
    out.number(std::to_string(o.recipients_per_year)).text(o.bus_gov_card.value_or("")).end_row();
  }
  return out.take();
}

}  // namespace nok
