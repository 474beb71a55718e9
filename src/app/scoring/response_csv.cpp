#include "app/scoring/response_csv.h"

#include <vector>

#include "app/scoring/exchange_csv.h"
#include "core/csv.h"
#include "core/text.h"
#include "domain/survey/response_check.h"

namespace nok::scoring {
namespace {

const std::vector<std::string_view>& columns() {
  static const std::vector<std::string_view> all = [] {
    std::vector<std::string_view> out{"org", "channel", "collected_at"};
    for (auto item : survey::all_items()) out.push_back(survey::key(item));
    out.insert(out.end(), {"suggestions", "sex", "age"});
    return out;
  }();
  return all;
}

std::string_view org_of(Fields fields) {
  for (const auto& f : fields)
    if (f.key == "org") return text::trim(f.value);
  return {};
}

std::string_view answer_cell(survey::Answer a) {
  return a == survey::Answer::yes ? "1" : a == survey::Answer::no ? "0" : "";
}

// Reads each row of `table` (CSV text or a table) as a response record.
template <class Input>
Errors read_response_rows(const Input& input, const Catalog& catalog, const ResponseHandler& on_response) {
  static constexpr std::string_view optional[] = {"interview_id"};
  return read_exchange(input, {"survey", columns(), optional}, [&](Fields fields, int line) {
    const std::string_view org = org_of(fields);
    auto parsed = survey::parse_response(catalog.questionnaire(org), fields);
    catalog.check_known("survey", parsed.response.org, parsed.errors);
    if (parsed.errors.empty()) return on_response(std::move(parsed.response), line);
    return std::move(parsed.errors);
  });
}

}  // namespace

std::span<const std::string_view> response_columns() { return columns(); }

Errors read_responses(std::string_view csv_text, const Catalog& catalog, const ResponseHandler& on_response) {
  return read_response_rows(csv_text, catalog, on_response);
}

Errors read_responses(const csv::Table& table, const Catalog& catalog, const ResponseHandler& on_response) {
  return read_response_rows(table, catalog, on_response);
}

std::string response_header() {
  csv::Writer out("\n");
  for (auto column : columns()) out.text(column);
  out.text("interview_id");
  return out.end_row().take();
}

std::string response_line(const survey::Response& r) {
  csv::Writer out("\n");
  out.text(r.org).text(survey::code(r.channel)).text(r.collected_at);
  for (auto item : survey::all_items()) out.number(answer_cell(r.answers[item]));
  out.text(r.suggestions).text(!r.sex ? "" : *r.sex == survey::Sex::male ? "male" : "female");
  out.number(r.age ? std::to_string(*r.age) : "").text(r.interview_id);
  return out.end_row().take();
}

std::string write_responses(std::span<const survey::Response> responses) {
  std::string out = response_header();
  for (const auto& r : responses) out += response_line(r);
  return out;
}

}  // namespace nok::scoring
