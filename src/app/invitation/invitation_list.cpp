#include "app/invitation/invitation_list.h"

#include <array>
#include <unordered_map>

#include "core/text.h"
#include "core/time.h"
#include "domain/invitation/local_time.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;
namespace column = invitation_column;

constexpr std::size_t kMaxText = 200;

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kTitles{{
    {column::contact, "контакт"},
    {column::service_date, "дата услуги"},
    {column::consent_at, "дата согласия"},
    {column::consent_place, "где дано согласие"},
    {column::consent_version, "текст согласия"},
}};

Error line_error(int line, std::string_view column, std::string code, std::string message) {
  return Error{std::move(code), std::move(message), line, std::string(column), ErrorKind::invalid};
}

// A cell's text; `get` answers "" for a column the source lacks.
template <class Get>
void read_line(int line, const Get& get, Clock::time_point now, int offset, const ListRules& rules,
               InvitationList& out) {
  const std::size_t before = out.errors.size();
  InvitationLine read;
  read.line = line;

  for (const auto name : {column::contact, column::service_date, column::consent_at, column::consent_place,
                          column::consent_version})
    if (const std::string_view cell = get(name); !cell.empty() && (cell.front() == '=' || cell.front() == '@'))
      out.errors.push_back(line_error(line, name, "invitation_formula",
                                      "ячейка похожа на формулу Excel: впишите само значение"));
  if (out.errors.size() != before) return;

  if (auto contact = parse_contact(text::trim(get(column::contact)))) {
    read.contact = std::move(*contact);
  } else {
    auto e = contact.error();
    e.line = line;
    e.column = column::contact;
    out.errors.push_back(std::move(e));
  }

  const auto service = invitation::parse_moment(text::trim(get(column::service_date)), offset, invitation::DayEdge::end);
  if (!service)
    out.errors.push_back(line_error(line, column::service_date, "invitation_bad_date",
                                    "дата услуги не прочитана: пишите 03.12.2026 или 2026-12-03, можно со временем 14:20"));
  else if (*service > now + std::chrono::hours(24))
    out.errors.push_back(line_error(line, column::service_date, "invitation_service_in_future",
                                    "дата услуги ещё не наступила"));
  else if (*service < now - rules.service_window)
    out.errors.push_back(line_error(line, column::service_date, "invitation_service_too_old",
                                    "услуга оказана больше " + std::to_string(rules.service_window.count()) +
                                        " дней назад: человек вряд ли вспомнит подробности"));
  else
    read.service_at = *service;

  const auto consent_text = text::trim(get(column::consent_at));
  const auto place = text::trim(get(column::consent_place)), version = text::trim(get(column::consent_version));
  if (consent_text.empty() || place.empty() || version.empty()) {
    out.errors.push_back(line_error(line, consent_text.empty() ? column::consent_at
                                          : place.empty()      ? column::consent_place
                                                               : column::consent_version,
                                    "invitation_no_consent",
                                    "нет записи о согласии (когда, где и на какой текст): без согласия "
                                    "приглашение не отправляется"));
  } else if (const auto consent = invitation::parse_moment(consent_text, offset, invitation::DayEdge::start); !consent || *consent > now) {
    out.errors.push_back(line_error(line, column::consent_at, "invitation_bad_consent_date",
                                    "дата согласия не прочитана или ещё не наступила"));
  } else {
    read.consent_at = iso_utc(*consent);
  }
  for (const auto& [name, value] : {std::pair{column::consent_place, place}, std::pair{column::consent_version, version}})
    if (text::length(value) > kMaxText)
      out.errors.push_back(line_error(line, name, "invitation_text_too_long",
                                      "не больше " + std::to_string(kMaxText) + " символов"));
  read.consent_place = std::string(place);
  read.consent_version = std::string(version);
  if (out.errors.size() == before) out.lines.push_back(std::move(read));
}

}  // namespace

std::string_view invitation_column::title(std::string_view column) {
  for (const auto& [key, title] : kTitles)
    if (key == column) return title;
  return column;
}

InvitationList read_invitation_list(const csv::Table& table, Clock::time_point now, int offset, const ListRules& rules) {
  InvitationList out;
  std::unordered_map<std::string_view, std::size_t> index;  // by the English key, whichever name the file used
  for (const auto& [key, title] : kTitles) {
    if (auto found = table.column(key) ? table.column(key) : table.column(title)) {
      index[key] = *found;
      continue;
    }
    out.errors.push_back(line_error(1, key, "invitation_missing_column",
                                    "нет столбца «" + std::string(title) + "» (или " + std::string(key) + ")" +
                                        (key.starts_with("consent") ? ": без записи о согласии приглашения не отправляются"
                                                                    : "")));
  }
  if (!out.errors.empty()) return out;
  if (table.records.size() > rules.max_lines) {
    out.errors.push_back(line_error(0, "", "invitation_too_many_lines",
                                    "в списке " + std::to_string(table.records.size()) + " строк, а за один раз можно не больше " +
                                        std::to_string(rules.max_lines) + ": разделите его на части"));
    return out;
  }
  std::unordered_map<std::string, int> first_line;
  for (const auto& record : table.records) {
    const auto get = [&](std::string_view name) -> std::string_view {
      const auto i = index.at(name);
      return i < record.fields.size() ? std::string_view(record.fields[i]) : std::string_view();
    };
    const auto lines_before = out.lines.size();
    read_line(record.line, get, now, offset, rules, out);
    if (out.lines.size() == lines_before) continue;
    const auto [seen, fresh] = first_line.emplace(out.lines.back().contact.login_key(), record.line);
    if (!fresh) {
      out.errors.push_back(line_error(record.line, column::contact, "invitation_repeated_contact",
                                      "тот же человек, что в строке " + std::to_string(seen->second) +
                                          ": одно приглашение на человека"));
      out.lines.pop_back();
    }
  }
  if (!out.errors.empty()) out.lines.clear();
  return out;
}

InvitationList read_invitation(const std::map<std::string, std::string, std::less<>>& fields, Clock::time_point now,
                               int offset, const ListRules& rules) {
  InvitationList out;
  const auto get = [&](std::string_view name) -> std::string_view {
    const auto found = fields.find(name);
    return found == fields.end() ? std::string_view() : std::string_view(found->second);
  };
  read_line(0, get, now, offset, rules, out);
  return out;
}

}  // namespace nok
