// Batch uploads (/operator/upload): a CSV or XLSX file in the response exchange format,
// posted as multipart/form-data so the page works without JavaScript. All or nothing: the
// page lists every error with its line and column, and nothing is stored.
#include <kainjow/mustache.hpp>

#include "app/operator/upload_responses.h"
#include "http/multipart.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/operator_desk.h"
#include "web/staff/operator_pages.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

http::Response upload_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           int status, const Errors& errors, const csv::Table* table) {
  Data data;
  set_staff_frame(data, site, request, account);
  list problems;
  for (const auto& e : errors) {
    std::string column = e.column;
    if (const auto letter = table ? column_letter(*table, e.column) : ""; !letter.empty())
      column = letter + " (" + e.column + ")";
    problems.push_back(object{{"line", e.line ? std::to_string(e.line) : std::string("—")},
                              {"column", column.empty() ? std::string("—") : column},
                              {"message", e.message}});
  }
  data.set("problems", problems);
  data.set("has_problems", !errors.empty());
  if (const auto stored = request.query_value("stored"); !stored.empty())
    data.set("notice", "Загружено анкет: " + std::string(stored) + ".");
  return staff_page(status, "operator_upload", "Загрузка анкет", data, request);
}

http::Response show(const SiteContext& site, const http::Request& request) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    if (operator_desk(site, account).collector.cycle_of.empty()) return not_found(request);
    return upload_page(site, request, account, 200, {}, nullptr);
  });
}

http::Response upload(const SiteContext& site, const http::Request& request) {
  auto account = current_staff(site, request);
  if (!account) return http::Response::redirect("/staff/login");
  const auto parts = http::parse_multipart(request.header("content-type"), request.body);
  http::Fields fields;  // the text fields, for the CSRF check
  const http::FormPart* file = nullptr;
  if (parts)
    for (const auto& part : *parts) {
      if (part.name == "file") file = &part;
      else fields.emplace_back(part.name, part.body);
    }
  if (!parts || !form_token_valid(site, request, fields))
    return message_page(403, "Форма устарела или повреждена",
                        "Файл не загружен. Обновите страницу и отправьте форму снова.", request);
  const auto desk = operator_desk(site, *account);
  if (desk.collector.cycle_of.empty()) return not_found(request);
  if (!file || file->body.empty())
    return upload_page(site, request, *account, 400, {{"upload_no_file", "Выберите файл CSV или XLSX", 0, ""}}, nullptr);
  auto table = read_upload(file->body);
  if (!table) return upload_page(site, request, *account, 422, {table.error()}, nullptr);
  auto result = upload_responses(site.store, desk.collector, *table);
  if (!result.errors.empty()) return upload_page(site, request, *account, 422, result.errors, &*table);
  return http::Response::redirect("/operator/upload?stored=" + std::to_string(result.stored));
}

}  // namespace

void add_operator_upload_pages(http::Router& router, const SiteContext& site) {
  router.get("/operator/upload", [&site](const http::Request& r) { return show(site, r); });
  router.post("/operator/upload", [&site](const http::Request& r) { return upload(site, r); });
}

}  // namespace nok::web
