#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/registry/qr_destination.h"
#include "domain/registry/sphere.h"

namespace nok {

// A region (субъект РФ) by its two-digit code, as in data/regions.csv.
struct Region {
  std::string code;
  std::string name;
  QrDestination qr_destination = QrDestination::nok;  // where its organisations' QR codes lead
};

// An authorised body (уполномоченный орган): a ministry, regional or municipal body
// that lists organisations for assessment and publishes results.
struct Authority {
  std::int64_t id = 0;
  std::string name;
  std::string region_code;  // empty for federal bodies
  Level level = Level::regional;
};

// An organisation providing services in a social sphere (организация социальной сферы).
struct Organisation {
  std::int64_t id = 0;
  std::string code;  // stable public code used in URLs and QR codes; never reused
  std::string inn;
  std::string full_name;
  std::string short_name;
  std::string region_code;
  Sphere sphere = Sphere::culture;
  Level level = Level::regional;
  std::string authority;  // name of the authorised body
  std::string municipality;
  std::string address;
  std::string website;
  std::int64_t recipients_per_year = 0;  // yearly number of service recipients (for the sample)
  // Its card id on bus.gov.ru (digits; empty: not known). Unset only in an imported row of a
  // registry file without the column, which leaves the stored one as it is.
  std::optional<std::string> bus_gov_card;
  std::optional<QrDestination> qr_destination;  // staff's choice; unset: as its region says
};

}  // namespace nok
