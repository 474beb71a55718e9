#pragma once
// Who to invite, as an organisation hands it over: a list uploaded in its cabinet (CSV or
// the first sheet of an .xlsx workbook) or one person posted by its own system. Every line
// names a contact, when the service was given and the consent the person gave to be
// invited (where, when, which text); a line without a recorded consent is refused.
#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "app/auth/contact.h"
#include "core/csv.h"
#include "core/error.h"

namespace nok {

// The columns of a list and the fields of the API, by these names (docs/invitations.md); a
// list may name its columns in Russian instead (column_title).
namespace invitation_column {
inline constexpr std::string_view contact = "contact";
inline constexpr std::string_view service_date = "service_date";
inline constexpr std::string_view consent_at = "consent_at";
inline constexpr std::string_view consent_place = "consent_place";
inline constexpr std::string_view consent_version = "consent_version";

// The Russian name of a column, as the cabinet shows it and a list may head it:
// "контакт", "дата услуги", "дата согласия", "где дано согласие", "текст согласия".
std::string_view title(std::string_view column);
}  // namespace invitation_column

struct InvitationLine {
  int line = 0;  // in the file; 0 for the API
  Contact contact;
  std::chrono::system_clock::time_point service_at;
  std::string consent_at;  // ISO 8601 UTC
  std::string consent_place, consent_version;
};

struct ListRules {
  std::chrono::days service_window{30};  // an older service is not invited for
  std::size_t max_lines = 100'000;       // one list at most; a bigger one is sent in parts
};

struct InvitationList {
  std::vector<InvitationLine> lines;
  Errors errors;  // every refused line, with its number and column; the list is taken only without any
};

// Reads a list: each line's cells by the column names above, `now` and the region's UTC
// offset for the dates. Errors: invitation_missing_column (line 1), invitation_too_many_lines,
// bad_email / bad_phone / bad_contact, invitation_bad_date, invitation_service_too_old,
// invitation_service_in_future, invitation_no_consent, invitation_bad_consent_date,
// invitation_formula, invitation_text_too_long, invitation_repeated_contact.
InvitationList read_invitation_list(const csv::Table& table, std::chrono::system_clock::time_point now,
                                    int utc_offset_hours, const ListRules& rules = {});

// One person from the API's fields (the same names); errors as above, without lines.
InvitationList read_invitation(const std::map<std::string, std::string, std::less<>>& fields,
                               std::chrono::system_clock::time_point now, int utc_offset_hours,
                               const ListRules& rules = {});

}  // namespace nok
