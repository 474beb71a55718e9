// The open data described for tools: a Frictionless Data Package (https://specs.frictionlessdata.io)
// whose resources are the published years' results CSVs with their table schemas.
#include "web/pages/open_data_package.h"

#include <boost/json.hpp>

#include "http/json_text.h"
#include "web/pages/open_data_columns.h"
#include "web/staff/staff_context.h"

namespace nok::web {
namespace {

namespace json = boost::json;

json::object field_of(const OpenDataColumn& c) {
  json::object field{{"name", c.name}, {"type", c.type}, {"title", c.title}};
  if (c.type == "datetime") field["format"] = "any";  // ISO 8601 in UTC
  if (!c.group.empty()) field["constraints"] = json::object{{"minimum", 0}, {"maximum", 100}};
  if (c.name == "year" || c.name == "org_code") field["constraints"] = json::object{{"required", true}};
  return field;
}

json::object resource_of(const SiteContext& site, const PublishedYear& year) {
  json::array fields;
  for (const auto& c : leading_columns()) fields.push_back(field_of(c));
  for (const auto& c : score_columns(*site.editions, year.methodologies)) fields.push_back(field_of(c));
  for (const auto& c : trailing_columns()) fields.push_back(field_of(c));
  json::array editions;
  for (const auto& id : year.methodologies)
    editions.push_back(json::object{{"id", id}, {"title", site.editions->of_cycle(id).title}});
  const auto y = std::to_string(year.year);
  return json::object{
      {"name", "results-" + y},
      {"title", "Результаты независимой оценки за " + y + " год"},
      {"description", "По одной строке на организацию: действующая редакция опубликованных результатов. Пустая "
                      "ячейка показателя — нет данных."},
      {"path", site.public_url + "/opendata/results.csv?year=" + y},
      {"profile", "tabular-data-resource"},
      {"format", "csv"},
      {"mediatype", "text/csv"},
      {"encoding", "utf-8"},
      {"dialect", json::object{{"delimiter", ","}, {"header", true}}},
      {"organisations", year.organisations},
      {"methodologies", std::move(editions)},
      {"schema", json::object{{"fields", std::move(fields)},
                              {"missingValues", json::array{""}},
                              {"primaryKey", json::array{"org_code"}}}},
  };
}

}  // namespace

http::Response data_package(const SiteContext& site, const http::Request&) {
  json::array resources;
  for (const auto& year : site.staff->cycles.published_years()) resources.push_back(resource_of(site, year));
  const json::object package{
      {"profile", "tabular-data-package"},
      {"name", "nok-results"},
      {"title", "Независимая оценка качества условий оказания услуг: опубликованные результаты"},
      {"description", "Значения показателей, выявленные недостатки и предложения общественных советов (состав по "
                      "Приказу Минфина России № 66н), по годам. Значения рассчитаны по изданиям методики, "
                      "перечисленным у каждого года."},
      {"homepage", site.public_url + "/opendata"},
      {"resources", std::move(resources)},
  };
  return http::Response::json(200, http::json_text(package));
}

}  // namespace nok::web
