#include "app/operator/upload_responses.h"

#include <algorithm>
#include <map>
#include <utility>

#include "app/scoring/response_csv.h"
#include "app/staff/audit.h"
#include "core/text.h"
#include "domain/survey/questionnaire.h"
#include "xlsx/cell_reference.h"
#include "xlsx/xlsx_reader.h"

namespace nok {
namespace {

Error row_error(std::string code, std::string message, std::string_view column) {
  return {std::move(code), std::move(message), 0, std::string(column)};
}

// One line for the whole upload: how many questionnaires for which organisations, never
// what was answered (the answers are the respondents').
AuditEntry upload_audit(const Collector& collector, const std::vector<NewResponse>& batch) {
  boost::json::object by_organisation;
  for (const auto& n : batch) {
    auto& count = by_organisation[n.response.org];
    count = (count.is_int64() ? count.as_int64() : 0) + 1;
  }
  return audit_entry(collector.user.id, "response.upload", "response", "", {},
                     {{"count", batch.size()}, {"by_organisation", std::move(by_organisation)}});
}

}  // namespace

Result<csv::Table> read_upload(std::string_view bytes) {
  if (xlsx::looks_like_zip(bytes)) return xlsx::read_first_sheet(bytes);
  if (bytes.empty() || bytes.find('\0') != std::string_view::npos || !text::valid_utf8(bytes))
    return Error{"upload_bad_format", "Файл не похож на таблицу: загрузите CSV (UTF-8) или книгу Excel .xlsx"};
  return csv::parse(bytes);
}

UploadResult upload_responses(Store& store, const Collector& collector, const csv::Table& table) {
  UploadResult result;
  const auto catalog = contract_catalog(store, collector);
  std::vector<NewResponse> batch;
  std::vector<int> lines;
  std::map<std::pair<std::string, std::string>, int> line_of_interview;
  result.errors = scoring::read_responses(table, catalog, [&](survey::Response&& r, int line) {
    Errors errors;
    if (const auto cycle = collector.cycle_of.find(r.org);
        cycle != collector.cycle_of.end() && !collector.collecting(cycle->second))
      errors.push_back(row_error("upload_collection_closed",
                                 "сбор мнений по циклу организации " + quoted(r.org) + " сейчас не идёт",
                                 "org"));
    if (!operator_channel(r.channel))
      errors.push_back(row_error("upload_bad_channel",
                                 "канал " + quoted(survey::code(r.channel)) +
                                     " не операторский: operator_paper, operator_interview или operator_phone",
                                 "channel"));
    if (r.interview_id.empty())
      errors.push_back(row_error("upload_missing_interview_id",
                                 "не заполнен номер анкеты (interview_id): по нему повторная загрузка не посчитается дважды",
                                 "interview_id"));
    else if (auto [it, inserted] = line_of_interview.emplace(std::pair(r.org, r.interview_id), line); !inserted)
      errors.push_back(row_error("upload_duplicate_interview",
                                 "анкета № " + r.interview_id + " организации " + quoted(r.org) +
                                     " уже есть в строке " + std::to_string(it->second),
                                 "interview_id"));
    if (errors.empty()) {
      const auto cycle_id = collector.cycle_of.find(r.org)->second;
      const std::string questionnaire(catalog.questionnaire(r.org).id);
      NewResponse n{std::move(r), cycle_id, questionnaire};
      n.operator_id = collector.user.operator_id;
      n.entered_by = collector.user.id;
      batch.push_back(std::move(n));
      lines.push_back(line);
    }
    return errors;
  });
  report_not_in_contract("survey", result.errors);
  if (result.errors.empty() && batch.empty())
    result.errors.push_back({"upload_empty", "в файле нет ни одной анкеты — только заголовок", 1, ""});
  if (!result.errors.empty()) return result;

  const auto outcomes = store.submit_responses(batch, upload_audit(collector, batch));
  for (std::size_t i = 0; i < outcomes.size(); ++i)
    if (outcomes[i].duplicate_interview)
      result.errors.push_back({"upload_already_uploaded",
                               "анкета № " + batch[i].response.interview_id + " организации " +
                                   quoted(batch[i].response.org) + " уже загружена раньше",
                               lines[i], "interview_id"});
  if (result.errors.empty()) result.stored = batch.size();
  return result;
}

std::string column_letter(const csv::Table& table, std::string_view column) {
  std::size_t index = 0;
  while (index < table.header.size() && text::fold(table.header[index]) != column) ++index;
  return index == table.header.size() ? "" : xlsx::column_letters(index);
}

}  // namespace nok
