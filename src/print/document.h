#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/registry/organisation.h"
#include "print/carriers.h"
#include "print/logo.h"
#include "print/target_url.h"
#include "print/wording.h"
#include "print/zip_writer.h"

namespace nok::print {

// The printable kinds one asks for by name (`nok posters --format`).
enum class DocumentKind { a4, a3, labels, ticket, leaflet };
// "a4", "a3", "labels", "ticket", "leaflet"
Result<DocumentKind> parse_document_kind(std::string_view text);

// How to print; the same options serve one organisation or a whole region.
struct DocumentOptions {
  DocumentKind kind = DocumentKind::a4;
  std::string public_url = PrintConfig{}.public_url;
  std::optional<std::int64_t> placement;          // one organisation's registered placement
  std::optional<double> distance_m;               // posters: scanning distance
  PosterText text = default_poster_text();        // posters
  std::shared_ptr<const Logo> organisation_logo;  // posters; one organisation's own
  std::shared_ptr<const Logo> authority_logo;     // posters; may serve a whole region
  int ticket_width_mm = 58;
  double label_qr_side_mm = kDefaultLabelQrMm;
};

struct Document {
  // "ГП-25-Зеленодольск-kcqvyng-плакат-A4.pdf": the code keeps names in a region's archive apart.
  std::string file_name;
  std::string bytes;
};

// A file of one organisation, named as people read it: its name in words, then `what`:
//   file_name(org, "плакат-A4", "pdf") == "ГП-25-Зеленодольск-плакат-A4.pdf"
// (the code when the name has no letters or digits at all).
std::string file_name(const Organisation& organisation, std::string_view what, std::string_view extension);

// What a kind is called in file names: "плакат-A4", "плакат-A3", "наклейки", "талон-58-мм",
// "листовка-A5"
// (`ticket_width_mm` for tickets).
std::string kind_in_file_name(DocumentKind kind, int ticket_width_mm = 58);

Result<Document> render_document(const Organisation& organisation, const DocumentOptions& options);

// Writes one document per organisation into `zip`, asking `next_page` for organisations
// until it returns none; memory holds one page and one document at a time. `progress`
// hears the running count. Stops at the first failure, naming the organisation.
Result<std::size_t> write_bundle(ZipWriter& zip, const std::function<std::vector<Organisation>()>& next_page,
                                 const DocumentOptions& options, const std::function<void(std::size_t)>& progress);

}  // namespace nok::print
