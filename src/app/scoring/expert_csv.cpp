#include "app/scoring/expert_csv.h"

#include <charconv>
#include <vector>

#include "app/scoring/exchange_csv.h"
#include "core/csv.h"

namespace nok::scoring {
namespace {

const std::vector<std::string_view>& columns() {
  static const std::vector<std::string_view> all =
      org_and_keys(methodology::all_expert_fields(), [](methodology::ExpertField f) { return methodology::key(f); });
  return all;
}

// The shortest plain decimal that reads back as `v` (never an exponent: 0.00001, not 1e-05).
std::string plain(double v) {
  char buffer[400];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed).ptr;
  return {buffer, end};
}

}  // namespace

void check_applicable(const methodology::Methodology& m, Sphere sphere, const methodology::ExpertInputs& inputs,
                      Errors& errors) {
  for (std::size_t i = 0; i < m.indicators.size(); ++i) {
    if (m.applies(i, sphere)) continue;
    for (auto field : methodology::expert_fields(m.indicators[i]))
      if (inputs[field])
        errors.push_back({"expert_not_applicable",
                          "показатель " + m.indicators[i].id + " не рассчитывается для сферы «" +
                              std::string(title(sphere)) + "» — оставьте " + std::string(key(field)) + " пустым",
                          0, std::string(key(field))});
  }
}

ExpertFile read_expert(std::string_view csv_text, const Catalog& catalog) {
  auto table = csv::parse(csv_text);
  if (!table) return {{}, {table.error()}};
  return read_expert(*table, catalog);
}

ExpertFile read_expert(const csv::Table& table, const Catalog& catalog) {
  ExpertFile out;
  std::map<std::string, int, std::less<>> line_of_org;
  out.errors = read_exchange(table, {"expert", columns()}, [&](Fields fields, int line) {
    auto parsed = methodology::parse_expert(fields);
    if (parsed.org.empty()) return std::move(parsed.errors);
    catalog.check_known("expert", parsed.org, parsed.errors);
    if (auto sphere = catalog.sphere(parsed.org)) check_applicable(catalog.edition(parsed.org), *sphere, parsed.inputs, parsed.errors);
    if (auto [it, inserted] = line_of_org.emplace(parsed.org, line); !inserted)
      parsed.errors.push_back({"expert_duplicate_org",
                               "организация " + quoted(parsed.org) + " уже оценена в строке " + std::to_string(it->second),
                               0, "org"});
    if (parsed.errors.empty()) out.by_org.emplace(parsed.org, parsed.inputs);
    return std::move(parsed.errors);
  });
  return out;
}

std::string write_expert(const std::map<std::string, methodology::ExpertInputs, std::less<>>& by_org) {
  csv::Writer out("\n");
  for (auto column : columns()) out.text(column);
  out.end_row();
  for (const auto& [org, inputs] : by_org) {
    out.text(org);
    for (const auto& v : inputs.values) out.number(v ? plain(*v) : "");
    out.end_row();
  }
  return out.take();
}

}  // namespace nok::scoring
