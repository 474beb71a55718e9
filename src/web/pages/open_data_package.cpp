// The open data described for tools: a Frictionless Data Package (https://specs.frictionlessdata.io)
// whose resources are the published years' results CSVs and every year's activity CSV, with
// their table schemas.
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

// A CSV of nok's open data as a tabular resource, one row per organisation.
json::object csv_resource(const std::string& name, const std::string& title, const std::string& description,
                          const std::string& path, json::array fields) {
  return json::object{
      {"name", name},
      {"title", title},
      {"description", description},
      {"path", path},
      {"profile", "tabular-data-resource"},
      {"format", "csv"},
      {"mediatype", "text/csv"},
      {"encoding", "utf-8"},
      {"dialect", json::object{{"delimiter", ","}, {"header", true}}},
      {"schema", json::object{{"fields", std::move(fields)},
                              {"missingValues", json::array{""}},
                              {"primaryKey", json::array{"org_code"}}}},
  };
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
  auto resource = csv_resource("results-" + y, "Результаты независимой оценки за " + y + " год",
                               "По одной строке на организацию: действующая редакция опубликованных результатов. "
                               "Пустая ячейка показателя — нет данных.",
                               site.public_url + "/opendata/results.csv?year=" + y, std::move(fields));
  resource["organisations"] = year.organisations;
  resource["methodologies"] = std::move(editions);
  return resource;
}

// A year's participation and feedback by organisation (the activity CSV).
json::object activity_resource_of(const SiteContext& site, int year) {
  json::array fields;
  for (const auto& c : activity_columns()) fields.push_back(field_of(c));
  const auto y = std::to_string(year);
  return csv_resource("activity-" + y, "Участие граждан и обратная связь за " + y + " год",
                      "По одной строке на организацию: анкеты по способам сбора, оценки граждан в баллах, согласие с "
                      "оценкой, отзывы по тону, переходы по QR-кодам и носители, планы по устранению недостатков и их "
                      "выполнение. Обращения граждан не публикуются. Пустая ячейка — нет данных.",
                      site.public_url + "/opendata/activity.csv?year=" + y, std::move(fields));
}

}  // namespace

http::Response data_package(const SiteContext& site, const http::Request&) {
  json::array resources;
  for (const auto& year : site.staff->cycles.published_years()) resources.push_back(resource_of(site, year));
  if (site.staff->monitoring)
    for (const int year : site.staff->monitoring->years({})) resources.push_back(activity_resource_of(site, year));
  const json::object package{
      {"profile", "tabular-data-package"},
      {"name", "nok-results"},
      {"title", "Независимая оценка качества условий оказания услуг: результаты, участие и обратная связь"},
      {"description", "По годам: значения показателей с границами итога с учётом выборки, выявленные недостатки и "
                      "предложения общественных советов (состав по Приказу Минфина России № 66н), рассчитанные по "
                      "изданиям методики, перечисленным у каждого года; участие граждан по способам сбора, их "
                      "оценки и отзывы, QR-коды и планы по устранению недостатков по организациям."},
      {"homepage", site.public_url + "/opendata"},
      {"resources", std::move(resources)},
  };
  return http::Response::json(200, http::json_text(package));
}

}  // namespace nok::web
