#include "unit/package_reader.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include <memory>
#include <stdexcept>

namespace nok::test {
namespace {

struct Archive {
  zip_source_t* source = nullptr;
  zip_t* zip = nullptr;
  explicit Archive(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (!zip) {
      if (source) zip_source_free(source);
      throw std::runtime_error("not a ZIP archive");
    }
  }
  ~Archive() { zip_discard(zip); }
};

}  // namespace

std::vector<std::string> zip_names(const std::string& zip) {
  Archive archive(zip);
  std::vector<std::string> names;
  const auto count = zip_get_num_entries(archive.zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) names.emplace_back(zip_get_name(archive.zip, i, 0));
  return names;
}

std::optional<std::string> zip_entry(const std::string& zip, const std::string& name) {
  Archive archive(zip);
  zip_stat_t stat;
  if (zip_stat(archive.zip, name.c_str(), 0, &stat) != 0) return std::nullopt;
  zip_file_t* file = zip_fopen(archive.zip, name.c_str(), 0);
  if (!file) return std::nullopt;
  std::string out(stat.size, '\0');
  const auto read = zip_fread(file, out.data(), stat.size);
  zip_fclose(file);
  if (read != static_cast<zip_int64_t>(stat.size)) throw std::runtime_error("short read of " + name);
  return out;
}

std::vector<std::string> xpath(const std::string& xml, const std::string& expression) {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR),
      xmlFreeDoc);
  if (!doc) throw std::runtime_error("not well-formed XML");
  std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> context(xmlXPathNewContext(doc.get()),
                                                                          xmlXPathFreeContext);
  static const std::pair<const char*, const char*> kNamespaces[] = {
      {"svg", "http://www.w3.org/2000/svg"},
      {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
      {"x", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"},
      {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
      {"pr", "http://schemas.openxmlformats.org/package/2006/relationships"},
      {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
      {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
      {"dc", "http://purl.org/dc/elements/1.1/"},
  };
  for (const auto& [prefix, uri] : kNamespaces)
    xmlXPathRegisterNs(context.get(), reinterpret_cast<const xmlChar*>(prefix), reinterpret_cast<const xmlChar*>(uri));
  std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expression.c_str()), context.get()), xmlXPathFreeObject);
  if (!result) throw std::runtime_error("bad XPath: " + expression);
  std::vector<std::string> values;
  const auto add = [&](xmlChar* text) {
    values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    xmlFree(text);
  };
  if (result->type == XPATH_NODESET) {
    for (int i = 0; result->nodesetval && i < result->nodesetval->nodeNr; ++i)
      add(xmlXPathCastNodeToString(result->nodesetval->nodeTab[i]));
  } else {
    add(xmlXPathCastToString(result.get()));
  }
  return values;
}

std::string xpath_one(const std::string& xml, const std::string& expression) {
  const auto values = xpath(xml, expression);
  return values.empty() ? "" : values.front();
}

}  // namespace nok::test
