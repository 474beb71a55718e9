#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/registry/organisation.h"
#include "store/staff_store.h"

namespace nok {

struct OrganisationQuery {
  std::string text;         // part of a name or an ИНН; empty matches all
  std::string region_code;  // empty matches all
  std::optional<Sphere> sphere;
  std::int64_t authority_id = 0;  // the listing authority's id; 0 matches all
  std::string municipality;       // exact; empty matches all
  std::vector<Sphere> spheres;    // any of these (as well as `sphere`); empty matches all
  int limit = 20;
  int offset = 0;
};

struct OrganisationPage {
  std::vector<Organisation> items;
  std::int64_t total = 0;
};

// An organisation's own profile field (address, website) that its staff edited in the
// cabinet since the registry last set it, where an imported registry row says otherwise.
struct ProfileConflict {
  std::string code;            // the organisation's public code
  std::string field;           // address | website
  std::string registry_value;  // what the imported row says
  std::string staff_value;     // what staff saved: kept, unless the import overwrites it
  std::string edited_at;       // when staff saved it (ISO 8601 UTC)
};

// What a registry import did.
struct UpsertSummary {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::vector<ProfileConflict> conflicts;  // staff edits that differ from the registry, in row order
};

// What a registry import does with a staff edit that differs from the registry's value.
enum class StaffEdits {
  keep,       // the staff's value stays (and stays theirs)
  overwrite,  // the registry's value replaces it and is the registry's again
};

// The registry: regions and organisations as the authorities' lists give them.
// Database failures (unreachable server, corrupt file) throw sql::DatabaseError, as in
// every port of store/.
class RegistryStore {
 public:
  virtual ~RegistryStore() = default;

  virtual void upsert_regions(const std::vector<Region>& regions) = 0;
  virtual std::vector<Region> regions() = 0;

  // Inserts new organisations and updates existing ones (matched by code) in one
  // transaction: either all rows are stored or none. The registry's fields are always
  // taken from `organisations`. So are the organisation's own (address, website), except
  // where its staff edited one since the registry last set it and the row differs: that
  // edit is kept or overwritten as `staff_edits` says, and listed in `conflicts` either way.
  virtual UpsertSummary upsert_organisations(const std::vector<Organisation>& organisations,
                                             StaffEdits staff_edits) = 0;
  // The same, keeping staff edits (demo data and tests, which have none to overwrite).
  UpsertSummary upsert_organisations(const std::vector<Organisation>& organisations) {
    return upsert_organisations(organisations, StaffEdits::keep);
  }
  virtual std::optional<Organisation> find_organisation(std::string_view code) = 0;
  // The organisations that match every condition of `query`, by short name, a page of
  // `limit` from `offset`, with the number of all that match.
  virtual OrganisationPage search_organisations(const OrganisationQuery& query) = 0;
  // The municipalities of the organisations `authority_id` lists, distinct, in order,
  // without the empty one: what a search among them may be narrowed to.
  virtual std::vector<std::string> municipalities(std::int64_t authority_id) = 0;
  virtual std::int64_t count_organisations() = 0;

  // Where QR codes lead (docs/printing.md, "Where the QR code leads"). Each setter appends
  // `audit` in its transaction, and every process sees the change on its next read.
  // The region's choice (nok for a region never set, or unknown); read on every QR arrival,
  // so it is cached.
  virtual QrDestination region_qr_destination(std::string_view region_code) = 0;
  // False, writing nothing, when there is no such region.
  virtual bool set_region_qr_destination(std::string_view region_code, QrDestination destination,
                                         AuditEntry audit) = 0;
  // The organisation's own choice; nullopt clears it (as its region says). False, writing
  // nothing, when there is no organisation with `code`.
  virtual bool set_organisation_qr_destination(std::string_view code, std::optional<QrDestination> destination,
                                               AuditEntry audit) = 0;
};

}  // namespace nok
