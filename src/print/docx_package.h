#pragma once
// The parts of a Word document that do not depend on its text: what docx_writer.h wraps its
// body in. Word and LibreOffice open a package only with all of them present and related.
#include <string>
#include <string_view>

namespace nok::print::docx {

// Page geometry in twentieths of a point: A4 portrait, margins of 30 mm left (binding),
// 15 mm right and 20 mm top and bottom, as Russian official documents are laid out.
inline constexpr int kPageWidth = 11906, kPageHeight = 16838;
inline constexpr int kMarginLeft = 1701, kMarginRight = 850, kMarginTop = 1134, kMarginBottom = 1134;
inline constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;

std::string content_types();           // [Content_Types].xml
std::string package_relationships();   // _rels/.rels: the document and its core properties
std::string document_relationships();  // word/_rels/document.xml.rels: styles and footer
// word/styles.xml: PT Serif 11 pt body text in Russian, headings 1–3 in PT Sans bold with
// outline levels (navigation pane, PDF bookmarks, screen readers' heading lists), a bordered
// table style and PT Sans table text.
std::string styles();
std::string footer();  // word/footer1.xml: the page number, centred
// docProps/core.xml: the title (shown by readers and kept in a PDF export) and the language.
// `escaped_title` is already XML text.
std::string core_properties(std::string_view escaped_title);
// The section properties closing the body: the page size, margins and the footer.
std::string section_properties();

}  // namespace nok::print::docx
