#include "domain/popularisation/measure_check.h"

#include "core/text.h"
#include "domain/plans/plan.h"
#include "domain/popularisation/measure.h"

namespace nok::popularisation {
namespace {

Error invalid(std::string code, std::string message, std::string field) {
  return refusal(ErrorKind::invalid, std::move(code), std::move(message), std::move(field));
}

// True for valid UTF-8 without control characters: what printable() leaves unchanged.
bool printable(std::string_view value) { return text::printable(value, value.size()) == value; }

void check_text(Errors& errors, std::string_view value, std::size_t max, const std::string& field,
                std::string_view label) {
  const std::string name(label);
  if (value.empty())
    errors.push_back(invalid("measure_missing_" + field, "Заполните поле «" + name + "».", field));
  else if (!printable(value))
    errors.push_back(invalid("measure_bad_text", "В поле «" + name + "» есть недопустимые символы.", field));
  else if (text::length(value) > max)
    errors.push_back(
        invalid("measure_too_long", "«" + name + "» — не длиннее " + std::to_string(max) + " символов.", field));
}

bool web_address(std::string_view url) {
  const std::string lower = text::fold(url.substr(0, 8));
  const std::size_t scheme = lower.starts_with("https://") ? 8 : lower.starts_with("http://") ? 7 : 0;
  return scheme != 0 && url.size() > scheme && url[scheme] != '/' && url.find(' ') == std::string_view::npos;
}

void check_dates(Errors& errors, const MeasureDraft& d, int year) {
  const std::string prefix = std::to_string(year) + "-";
  bool both = true;
  for (const auto& [value, field] : {std::pair{&d.starts_on, "starts_on"}, std::pair{&d.ends_on, "ends_on"}}) {
    if (!plans::valid_date(*value)) {
      errors.push_back(invalid("measure_bad_date", "Укажите дату, например " + prefix + "03-31.", field));
      both = false;
    } else if (!value->starts_with(prefix)) {
      errors.push_back(invalid("measure_other_year", "Дата должна быть в " + std::to_string(year) + " году.", field));
      both = false;
    }
  }
  if (both && d.ends_on < d.starts_on)
    errors.push_back(invalid("measure_ends_before_start", "Дата окончания раньше даты начала.", "ends_on"));
}

}  // namespace

MeasureDraft trimmed(MeasureDraft d) {
  for (auto* s : {&d.type, &d.title, &d.starts_on, &d.ends_on, &d.responsible, &d.evidence_url})
    *s = std::string(text::trim(*s));
  return d;
}

Errors check_measure(const MeasureDraft& d, int year) {
  Errors errors;
  if (!find_measure_type(d.type))
    errors.push_back(invalid("measure_unknown_type", "Выберите вид мероприятия из списка.", "type"));
  check_text(errors, d.title, kTitleMax, "title", "Мероприятие");
  check_dates(errors, d, year);
  check_text(errors, d.responsible, kResponsibleMax, "responsible", "Ответственный");
  if (!d.evidence_url.empty()) {
    if (!printable(d.evidence_url) || !web_address(d.evidence_url))
      errors.push_back(invalid("measure_bad_link",
                               "Ссылка на подтверждение — адрес сайта, начинающийся с http:// или https://.",
                               "evidence_url"));
    else if (d.evidence_url.size() > kEvidenceMax)
      errors.push_back(invalid("measure_link_too_long",
                               "Ссылка на подтверждение — не длиннее " + std::to_string(kEvidenceMax) + " символов.",
                               "evidence_url"));
  }
  return errors;
}

}  // namespace nok::popularisation
