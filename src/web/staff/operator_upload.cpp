// Batch uploads: questionnaires (/operator/upload) and inspections (/operator/expert-upload),
// a CSV or XLSX file in the exchange format, posted as multipart/form-data so the page
// works without JavaScript. All or nothing: the page lists every error with its line and
// column, and nothing is stored.
#include <kainjow/mustache.hpp>

#include "app/operator/record_inspection.h"
#include "app/operator/upload_responses.h"
#include "web/staff/file_form.h"
#include "web/session.h"
#include "web/staff/guard.h"
#include "web/staff/operator_desk.h"
#include "web/staff/operator_pages.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

// What is uploaded where, and what stores it.
struct UploadKind {
  std::string_view path;
  std::string_view title;
  std::string_view stored_notice;  // followed by the number stored
  bool responses;                  // which format the page describes
  UploadResult (*store)(Store&, const Collector&, const csv::Table&);
};

constexpr UploadKind kResponses{"/operator/upload", "Загрузка анкет", "Загружено анкет: ", true, upload_responses};
constexpr UploadKind kInspections{"/operator/expert-upload", "Загрузка экспертной оценки",
                                  "Загружены результаты осмотра организаций: ", false, upload_inspections};

http::Response upload_page(const SiteContext& site, const http::Request& request, const StaffAccount& account,
                           const UploadKind& kind, int status, const Errors& errors, const csv::Table* table) {
  Data data;
  set_staff_frame(data, site, request, account);
  data.set("path", std::string(kind.path));
  data.set("title", std::string(kind.title));
  data.set("responses", kind.responses);
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
    data.set("notice", std::string(kind.stored_notice) + std::string(stored) + ".");
  return staff_page(status, "operator_upload", std::string(kind.title), data, request);
}

http::Response show(const SiteContext& site, const http::Request& request, const UploadKind& kind) {
  return for_staff(site, request, [&](const StaffAccount& account) {
    if (operator_desk(site, account).collector.cycle_of.empty()) return not_found(request);
    return upload_page(site, request, account, kind, 200, {}, nullptr);
  });
}

http::Response upload(const SiteContext& site, const http::Request& request, const UploadKind& kind) {
  auto account = current_staff(site, request);
  if (!account) return http::Response::redirect("/staff/login");
  const auto form = read_file_form(site, request);
  if (!form) return stale_file_form(request);
  const http::FormPart* file = form->file();
  const auto desk = operator_desk(site, *account);
  if (desk.collector.cycle_of.empty()) return not_found(request);
  if (!file || file->body.empty())
    return upload_page(site, request, *account, kind, 400, {{"upload_no_file", "Выберите файл CSV или XLSX", 0, ""}},
                       nullptr);
  auto table = read_upload(file->body);
  if (!table) return upload_page(site, request, *account, kind, 422, {table.error()}, nullptr);
  auto result = kind.store(site.store, desk.collector, *table);
  if (!result.errors.empty()) return upload_page(site, request, *account, kind, 422, result.errors, &*table);
  return http::Response::redirect(std::string(kind.path) + "?stored=" + std::to_string(result.stored));
}

}  // namespace

void add_operator_upload_pages(http::Router& router, const SiteContext& site) {
  for (const auto* kind : {&kResponses, &kInspections}) {
    router.get(std::string(kind->path), [&site, kind](const http::Request& r) { return show(site, r, *kind); });
    router.post(std::string(kind->path), [&site, kind](const http::Request& r) { return upload(site, r, *kind); });
  }
}

}  // namespace nok::web
