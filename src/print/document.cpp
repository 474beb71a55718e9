#include "print/document.h"

#include "core/file_name.h"
#include "print/carriers.h"
#include "print/leaflet.h"
#include "print/poster.h"

namespace nok::print {

Result<DocumentKind> parse_document_kind(std::string_view text) {
  if (text == "a4") return DocumentKind::a4;
  if (text == "a3") return DocumentKind::a3;
  if (text == "labels") return DocumentKind::labels;
  if (text == "ticket") return DocumentKind::ticket;
  if (text == "leaflet") return DocumentKind::leaflet;
  return Error{"bad_format",
               "формат «" + std::string(text) + "» не поддерживается: a4, a3, labels, ticket или leaflet"};
}

std::string file_name(const Organisation& organisation, std::string_view what, std::string_view extension) {
  auto words = file_name_part(display_name(organisation));
  if (words.empty()) words = organisation.code;
  return words + "-" + std::string(what) + "." + std::string(extension);
}

std::string kind_in_file_name(DocumentKind kind, int ticket_width_mm) {
  switch (kind) {
    case DocumentKind::a4: return "плакат-A4";
    case DocumentKind::a3: return "плакат-A3";
    case DocumentKind::labels: return "наклейки";
    case DocumentKind::ticket: return "талон-" + std::to_string(ticket_width_mm) + "-мм";
    case DocumentKind::leaflet: return "листовка-A5";
  }
  return "документ";
}

Result<Document> render_document(const Organisation& organisation, const DocumentOptions& options) {
  const auto url = organisation_url(options.public_url, organisation.code, options.placement);
  Result<std::string> bytes = std::string();
  switch (options.kind) {
    case DocumentKind::a4:
    case DocumentKind::a3: {
      const auto format = options.kind == DocumentKind::a4 ? PaperFormat::a4 : PaperFormat::a3;
      bytes = poster_pdf({organisation, url, format, options.distance_m, options.text, options.organisation_logo,
                          options.authority_logo});
      break;
    }
    case DocumentKind::labels:
      bytes = label_sheet_pdf(organisation, url, options.label_qr_side_mm);
      break;
    case DocumentKind::ticket:
      bytes = ticket_pdf(organisation, url, options.ticket_width_mm);
      break;
    case DocumentKind::leaflet:
      bytes = leaflet_pdf({organisation, url, typed_address(options.public_url, organisation.code)});
      break;
  }
  if (!bytes) return bytes.error();
  return Document{file_name(organisation, organisation.code + "-" + kind_in_file_name(options.kind, options.ticket_width_mm), "pdf"),
                  std::move(*bytes)};
}

Result<std::size_t> write_bundle(ZipWriter& zip, const std::function<std::vector<Organisation>()>& next_page,
                                 const DocumentOptions& options, const std::function<void(std::size_t)>& progress) {
  std::size_t done = 0;
  for (auto page = next_page(); !page.empty(); page = next_page()) {
    for (const auto& organisation : page) {
      auto document = render_document(organisation, options);
      if (!document) {
        auto error = document.error();
        error.message = "организация " + organisation.code + ": " + error.message;
        return error;
      }
      if (auto added = zip.add(document->file_name, document->bytes); !added) return added.error();
      progress(++done);
    }
  }
  if (auto finished = zip.finish(); !finished) return finished.error();
  return done;
}

}  // namespace nok::print
