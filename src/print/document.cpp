#include "print/document.h"

#include "print/carriers.h"
#include "print/poster.h"

namespace nok::print {

Result<DocumentKind> parse_document_kind(std::string_view text) {
  if (text == "a4") return DocumentKind::a4;
  if (text == "a3") return DocumentKind::a3;
  if (text == "labels") return DocumentKind::labels;
  if (text == "ticket") return DocumentKind::ticket;
  return Error{"bad_format", "формат «" + std::string(text) + "» не поддерживается: a4, a3, labels или ticket"};
}

Result<Document> render_document(const Organisation& organisation, const DocumentOptions& options) {
  const auto url = organisation_url(options.public_url, organisation.code, options.placement);
  Result<std::string> bytes = std::string();
  std::string suffix;
  switch (options.kind) {
    case DocumentKind::a4:
    case DocumentKind::a3: {
      const auto format = options.kind == DocumentKind::a4 ? PaperFormat::a4 : PaperFormat::a3;
      bytes = poster_pdf({organisation, url, format, options.distance_m, options.text, options.organisation_logo,
                          options.authority_logo});
      suffix = "-poster-" + std::string(code(format));
      break;
    }
    case DocumentKind::labels:
      bytes = label_sheet_pdf(organisation, url, options.label_qr_side_mm);
      suffix = "-labels";
      break;
    case DocumentKind::ticket:
      bytes = ticket_pdf(organisation, url, options.ticket_width_mm);
      suffix = "-ticket" + std::to_string(options.ticket_width_mm);
      break;
  }
  if (!bytes) return bytes.error();
  return Document{organisation.code + suffix + ".pdf", std::move(*bytes)};
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
