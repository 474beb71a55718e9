#pragma once
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/registry/organisation.h"

namespace nok {

// The registry exchange format (docs/formats.md): one organisation per row, columns by
// header name in any order, English codes or the Russian headings officials use.
// Required: inn, full_name, region, sphere. Optional: code (defaults to the ИНН),
// short_name, level (default regional), authority, municipality, address, website,
// recipients, bus_gov_card (the card id on bus.gov.ru: a file without the column keeps the
// stored ids).
struct ParsedOrganisations {
  std::vector<Organisation> organisations;
  std::vector<int> lines;  // the file's line of each organisation, for reports after the checks
  Errors errors;  // every problem found, each with its line; empty means the file is good
};

// `region_codes` are the known regions; a region cell may hold the code ("7" or "07")
// or the exact name. Pure: reads only the text it is given.
ParsedOrganisations parse_organisations(std::string_view csv_text, const std::vector<Region>& regions);

// The same format for export (a cycle's organisations): parse_organisations reads it back
// unchanged. Codes, not Russian names, for the region, sphere and level.
std::string write_organisations(std::span<const Organisation> organisations);

// Codes are what a QR code and URL carry: 1–32 of [A-Za-z0-9_-].
bool valid_public_code(std::string_view code);

}  // namespace nok
