#include "app/staff/organisation_profile.h"

#include "app/staff/audit.h"
#include "core/text.h"

namespace nok {
namespace {

bool has_control_characters(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return true;
  return false;
}

boost::json::object fields(const OrganisationProfile& p) {
  return {{"address", p.address}, {"website", p.website}, {"version", p.version}};
}

}  // namespace

Result<Ok> edit_profile(StaffStore& staff, const staff::StaffUser& actor, const OrganisationProfile& current,
                        const ProfileEdit& edit) {
  OrganisationProfile updated = current;
  updated.address = text::trim(edit.address);
  updated.website = text::trim(edit.website);
  if (text::length(updated.address) > 300 || has_control_characters(updated.address))
    return Error{"bad_address", "Адрес: не больше 300 символов, одной строкой.", 0, "address"};
  const bool web_address = updated.website.starts_with("https://") || updated.website.starts_with("http://");
  if (!updated.website.empty() &&
      (!web_address || updated.website.size() > 200 || updated.website.find_first_of(" \"'<>") != std::string::npos ||
       has_control_characters(updated.website)))
    return Error{"bad_website", "Сайт: полный адрес, начинающийся с https:// или http://, не длиннее 200 символов.", 0,
                 "website"};
  updated.version = edit.version;
  auto after = fields(updated);
  after["version"] = edit.version + 1;
  if (!staff.update_organisation_profile(
          updated, audit_entry(actor.id, "organisation.update", "organisation", current.code, fields(current), after)))
    return refusal(ErrorKind::conflict, "stale_version",
                   "Пока вы редактировали, профиль организации сохранил кто-то другой (или его обновил реестр). "
                   "Ваши изменения не сохранены: ниже показаны актуальные данные — внесите правки ещё раз.");
  return Ok{};
}

}  // namespace nok
