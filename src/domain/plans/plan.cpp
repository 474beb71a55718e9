#include "domain/plans/plan.h"

#include <algorithm>
#include <array>

#include "core/parse_number.h"
#include "core/text.h"

namespace nok::plans {
namespace {

struct StateName {
  State state;
  std::string_view code;
  std::string_view title;
};

constexpr std::array<StateName, 4> kStates{{
    {State::draft, "draft", "черновик"},
    {State::submitted, "submitted", "на утверждении"},
    {State::returned, "returned", "возвращён на доработку"},
    {State::approved, "approved", "утверждён и опубликован"},
}};

bool has_control_character(std::string_view value) {
  return std::any_of(value.begin(), value.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
  });
}

// Adds an error when a required text is empty, too long or carries control characters.
void check_text(Errors& errors, std::string_view value, std::size_t max, std::string_view field,
                std::string_view title) {
  const std::string name(title);
  if (text::trim(value).empty())
    errors.push_back({"plan_missing_" + std::string(field), "Заполните поле «" + name + "»", 0, std::string(field)});
  else if (has_control_character(value))
    errors.push_back({"plan_bad_character", "«" + name + "» содержит недопустимые символы", 0, std::string(field)});
  else if (const auto length = text::length(value); length > max)
    errors.push_back({"plan_too_long",
                      "«" + name + "» длиннее " + std::to_string(max) + " знаков — сократите на " +
                          std::to_string(length - max),
                      0, std::string(field)});
}

int number(std::string_view digits) { return text::parse_integer<int>(digits).value_or(-1); }

}  // namespace

std::string_view code(State state) {
  for (const auto& s : kStates)
    if (s.state == state) return s.code;
  return "draft";
}

std::optional<State> parse_state(std::string_view code) {
  for (const auto& s : kStates)
    if (s.code == code) return s.state;
  return std::nullopt;
}

std::string_view title(State state) {
  for (const auto& s : kStates)
    if (s.state == state) return s.title;
  return "";
}

std::string_view roman(int criterion) {
  static constexpr std::array<std::string_view, kCriteria> numerals{"I", "II", "III", "IV", "V"};
  return criterion >= 1 && criterion <= kCriteria ? numerals[criterion - 1] : std::string_view();
}

std::string criterion_title(int criterion) {
  // The general criteria of the assessment (docs/domain.md): a methodology edition weighs
  // them, but a plan is laid out by them whatever edition its results followed.
  static constexpr std::array<std::string_view, kCriteria> titles{
      "Открытость и доступность информации об организации", "Комфортность условий предоставления услуг",
      "Доступность услуг для инвалидов", "Доброжелательность, вежливость работников",
      "Удовлетворённость условиями оказания услуг"};
  return criterion >= 1 && criterion <= kCriteria ? std::string(titles[criterion - 1]) : "";
}

bool valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int year = number(d.substr(0, 4)), month = number(d.substr(5, 2)), day = number(d.substr(8, 2));
  if (year < 2000 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

Errors check_item(const ItemDraft& item, std::string_view today) {
  Errors errors;
  if (roman(item.criterion).empty())
    errors.push_back({"plan_bad_criterion", "Выберите критерий от I до V", 0, "criterion"});
  check_text(errors, item.deficiency, kTextMax, "deficiency", "Недостаток");
  check_text(errors, item.measure, kTextMax, "measure", "Мероприятие");
  if (!valid_date(item.planned_date))
    errors.push_back({"plan_bad_date", "Укажите плановый срок датой, например 2027-03-31", 0, "planned_date"});
  else if (item.planned_date < today)
    errors.push_back({"plan_date_in_past", "Плановый срок уже прошёл — укажите сегодняшнюю или будущую дату", 0,
                      "planned_date"});
  check_text(errors, item.responsible_name, kPersonMax, "responsible_name", "Ответственный: фамилия, имя, отчество");
  check_text(errors, item.responsible_position, kPersonMax, "responsible_position", "Ответственный: должность");
  return errors;
}

Errors check_report(const ProgressReport& report, std::string_view today) {
  Errors errors;
  check_text(errors, report.measures_taken, kReportMax, "measures_taken", "Принятые меры");
  if (!valid_date(report.actual_date))
    errors.push_back({"plan_bad_date", "Укажите фактический срок датой, например 2027-03-31", 0, "actual_date"});
  else if (report.actual_date > today)
    errors.push_back({"plan_date_in_future", "Фактический срок не может быть позже сегодняшнего дня", 0, "actual_date"});
  return errors;
}

Errors check_return_comment(std::string_view comment) {
  Errors errors;
  check_text(errors, comment, kCommentMax, "comment", "Что доработать");
  return errors;
}

}  // namespace nok::plans
