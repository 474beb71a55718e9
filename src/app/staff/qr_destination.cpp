#include "app/staff/qr_destination.h"

#include "app/staff/audit.h"

namespace nok {
namespace {

Error not_found() {
  return refusal(ErrorKind::not_found, "not_found", "Не найдено.");
}

Error bad_destination() {
  return Error{"bad_qr_destination", "Выберите, куда ведёт QR-код, из списка.", 0, "destination"};
}

std::string_view stored(std::optional<QrDestination> d) { return d ? code(*d) : std::string_view("region"); }

}  // namespace

Result<Ok> set_region_qr_destination(RegistryStore& registry, const staff::StaffUser& actor,
                                     std::string_view region_code, std::string_view destination) {
  if (!can(actor, staff::Action::edit, staff::QrDestinationChoice{})) return not_found();
  const auto wanted = parse_qr_destination(destination);
  if (!wanted) return bad_destination();
  const auto before = registry.region_qr_destination(region_code);
  if (!registry.set_region_qr_destination(
          region_code, *wanted,
          audit_entry(actor.id, "region.qr_destination", "region", std::string(region_code),
                      {{"qr_destination", code(before)}}, {{"qr_destination", code(*wanted)}})))
    return not_found();
  return Ok{};
}

Result<Ok> set_organisation_qr_destination(RegistryStore& registry, const staff::StaffUser& actor,
                                           const Organisation& organisation, std::int64_t authority_id,
                                           std::string_view destination) {
  if (!can(actor, staff::Action::edit, staff::QrDestinationChoice{authority_id})) return not_found();
  std::optional<QrDestination> wanted;
  if (destination != "region") {
    wanted = parse_qr_destination(destination);
    if (!wanted) return bad_destination();
  }
  if (!registry.set_organisation_qr_destination(
          organisation.code, wanted,
          audit_entry(actor.id, "organisation.qr_destination", "organisation", organisation.code,
                      {{"qr_destination", stored(organisation.qr_destination)}},
                      {{"qr_destination", stored(wanted)}})))
    return not_found();
  return Ok{};
}

}  // namespace nok
