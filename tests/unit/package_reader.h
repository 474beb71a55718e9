#pragma once
// What the tests of written documents (SVG charts, DOCX, XLSX) read them back with,
// independently of the writers: libzip for a package's parts, libxml2 for their XML.
#include <optional>
#include <string>
#include <vector>

namespace nok::test {

// The names of the entries of a ZIP archive, in order; throws when it is not one.
std::vector<std::string> zip_names(const std::string& zip);

// One entry of a ZIP archive, or nullopt when it has none of that name.
std::optional<std::string> zip_entry(const std::string& zip, const std::string& name);

// The string values of the nodes `expression` selects in `xml` (XPath 1.0), in document
// order; a number or string expression gives one value. Prefixes: svg, w (WordprocessingML),
// x (SpreadsheetML), r (relationships in a part), pr (package relationships), ct (content
// types), cp and dc (core properties). Throws when `xml` is not well-formed, so a malformed
// document fails the test that reads it.
std::vector<std::string> xpath(const std::string& xml, const std::string& expression);

// xpath() that expects a single value ("" when there is none).
std::string xpath_one(const std::string& xml, const std::string& expression);

}  // namespace nok::test
