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

}  // namespace

std::span<const std::string_view> response_columns() { return columns(); }

Errors read_responses(std::string_view csv_text, const Catalog& catalog,
                      const std::function<void(survey::Response&&)>& on_response) {
  return read_exchange(csv_text, {"survey", columns()}, [&](Fields fields, int) {
    const std::string_view org = org_of(fields);
    auto parsed = survey::parse_response(catalog.questionnaire(org), fields);
    catalog.check_known("survey", parsed.response.org, parsed.errors);
    if (parsed.errors.empty()) on_response(std::move(parsed.response));
    return std::move(parsed.errors);
  });
}

std::string write_responses(std::span<const survey::Response> responses) {
  std::string out;
  for (auto column : columns()) out.append(out.empty() ? "" : ",").append(column);
  out += '\n';
  for (const auto& r : responses) {
    out += csv::escape(r.org) + ',' + std::string(survey::code(r.channel)) + ',' + csv::escape(r.collected_at);
    for (auto item : survey::all_items()) out.append(",").append(answer_cell(r.answers[item]));
    out += ',' + csv::escape(r.suggestions) + ',';
    if (r.sex) out += *r.sex == survey::Sex::male ? "male" : "female";
    out += ',';
    if (r.age) out += std::to_string(*r.age);
    out += '\n';
  }
  return out;
}

}  // namespace nok::scoring
