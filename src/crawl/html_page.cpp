#include "crawl/html_page.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include <algorithm>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <memory>
#include <optional>
#include <set>

#include "core/text.h"

namespace nok::crawl {
namespace {

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string content_of(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The words of a text, folded (text::fold) and split at anything but letters and digits.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text::fold(text)) {
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// «Независимая оценка качества», «НОК», «НОКО», «bus.gov.ru» in a link's text or title, or
// the usual transliterations in its address.
bool names_the_block(std::string_view label, std::string_view url) {
  const auto w = words(label);
  const auto has = [&](std::string_view word) { return std::find(w.begin(), w.end(), word) != w.end(); };
  const auto has_prefix = [&](std::string_view prefix) {
    return std::any_of(w.begin(), w.end(), [&](const std::string& x) { return x.starts_with(prefix); });
  };
  if (has("нок") || has("нокуо") || has("ноко") || (has_prefix("независим") && has_prefix("оценк"))) return true;
  if (has_prefix("оценк") && has_prefix("качеств")) return true;
  for (const auto& part : words(url))
    if (part == "nok" || part == "noko" || part == "bus" || part.starts_with("nezavisim") || part.starts_with("otsenk") ||
        part.starts_with("ocenk"))
      return true;
  return false;
}

bool is_data_url(std::string_view url) { return text::fold(url.substr(0, 5)) == "data:"; }

bool mentions_qr(std::string_view text) {
  const auto lower = text::fold(text);
  return lower.find("qr") != std::string::npos || lower.find("кр-код") != std::string::npos;
}

class Reader {
 public:
  Reader(std::string_view page_url, const PageLimits& limits) : limits_(limits) {
    const auto encoded = text::encode_url_loosely(page_url);
    if (auto parsed = boost::urls::parse_uri(encoded)) {
      base_ = boost::urls::url(*parsed);
      page_host_ = text::fold(base_.host());
    }
  }

  void read(xmlNode* root) {
    // Iterative walk: a page nested a hundred thousand deep must not exhaust the stack.
    xmlNode* node = root;
    while (node) {
      bool descend = true;
      if (node->type == XML_ELEMENT_NODE) descend = visit(node);
      if (descend && node->children) {
        node = node->children;
        continue;
      }
      while (node && !node->next) {
        node = node->parent;
        if (node == root || (node && node->type == XML_DOCUMENT_NODE)) node = nullptr;
      }
      if (node) node = node->next;
    }
  }

  PageContents take() {
    std::stable_partition(out_.images.begin(), out_.images.end(), [](const PageImage& i) { return i.likely_qr; });
    return std::move(out_);
  }

 private:
  // Returns whether to read the element's children.
  bool visit(xmlNode* node) {
    const auto name = name_of(node);
    if (name == "base" && !based_) {
      based_ = true;
      if (auto url = resolve(attribute(node, "href")))
        if (auto parsed = boost::urls::parse_uri(*url)) base_ = boost::urls::url(*parsed);
    } else if (name == "a" || name == "area") {
      add_link(node);
    } else if (name == "img" || name == "input" || name == "source" || name == "embed" || name == "object") {
      add_images(node);
    } else if (name == "svg") {
      add_svg(node);
      return false;
    } else if (name == "script" || name == "style" || name == "template") {
      return false;
    }
    return true;
  }

  void add_link(xmlNode* node) {
    if (out_.links.size() >= limits_.links) return;
    const auto url = resolve(attribute(node, "href"));
    if (!url || is_data_url(*url)) return;
    out_.links.push_back(*url);
    const std::string label = content_of(node) + " " + attribute(node, "title") + " " + attribute(node, "aria-label");
    if (out_.block_pages.size() < limits_.block_pages && same_host(*url) && names_the_block(label, *url) &&
        seen_pages_.insert(*url).second)
      out_.block_pages.push_back(*url);
  }

  void add_images(xmlNode* node) {
    const auto name = name_of(node);
    if (name == "input" && text::fold(attribute(node, "type")) != "image") return;
    const std::string hints = attribute(node, "alt") + " " + attribute(node, "class") + " " + attribute(node, "id") +
                              " " + attribute(node, "title");
    std::vector<std::string> candidates;
    for (const char* attr : {"src", "data-src", "data-lazy-src", "data-original", "data"})
      candidates.push_back(attribute(node, attr));
    for (const char* attr : {"srcset", "data-srcset"}) {
      const std::string srcset = attribute(node, attr);
      for (auto item : text::split(srcset, ','))
        candidates.emplace_back(text::trim(text::trim(item).substr(0, text::trim(item).find(' '))));
    }
    for (const auto& candidate : candidates) {
      if (candidate.empty() || out_.images.size() >= limits_.images) continue;
      auto url = resolve(candidate);
      if (!url || !seen_images_.insert(*url).second) continue;
      out_.images.push_back({*url, {}, mentions_qr(*url) || mentions_qr(hints)});
    }
  }

  void add_svg(xmlNode* node) {
    if (out_.images.size() >= limits_.images) return;
    xmlBufferPtr buffer = xmlBufferCreate();
    if (!buffer) return;
    std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> owned(buffer, &xmlBufferFree);
    if (htmlNodeDump(buffer, node->doc, node) < 0) return;
    std::string svg(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                    static_cast<std::size_t>(xmlBufferLength(buffer)));
    if (svg.size() > limits_.svg_bytes) return;
    // The HTML parser keeps no namespace and lower-cases attribute names; an SVG reader needs
    // both back.
    if (svg.find("xmlns=") == std::string::npos) svg.insert(4, " xmlns=\"http://www.w3.org/2000/svg\"");
    for (auto [from, to] : {std::pair<std::string_view, std::string_view>{" viewbox=", " viewBox="},
                            {" preserveaspectratio=", " preserveAspectRatio="}})
      for (auto at = svg.find(from); at != std::string::npos; at = svg.find(from, at + 1)) svg.replace(at, from.size(), to);
    const std::string hints = attribute(node, "class") + " " + attribute(node, "id") + " " +
                              attribute(node, "aria-label") + " " + content_of(node).substr(0, 200);
    out_.images.push_back({{}, std::move(svg), mentions_qr(hints)});
  }

  std::optional<std::string> resolve(std::string_view ref) const {
    const auto trimmed = text::trim(ref);
    if (trimmed.empty()) return std::nullopt;
    if (is_data_url(trimmed)) return std::string(trimmed);
    const auto encoded = text::encode_url_loosely(trimmed);  // parse_uri_reference's view points into it
    auto parsed = boost::urls::parse_uri_reference(encoded);
    if (!parsed || base_.empty()) return std::nullopt;
    boost::urls::url dest;
    if (!boost::urls::resolve(base_, *parsed, dest)) return std::nullopt;
    const auto scheme = dest.scheme_id();
    if ((scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https) || !dest.has_authority() ||
        dest.host().empty())
      return std::nullopt;  // "https:/x" has the scheme but leads nowhere
    dest.remove_fragment();
    dest.normalize_scheme();  // "HTTPS:" as "https:", as every later comparison expects
    return std::string(dest.buffer());
  }

  bool same_host(const std::string& url) const {
    auto parsed = boost::urls::parse_uri(url);
    return parsed && text::fold(parsed->host()) == page_host_;
  }

  const PageLimits& limits_;
  boost::urls::url base_;
  std::string page_host_;  // the page's own, whatever <base> says
  bool based_ = false;
  PageContents out_;
  std::set<std::string> seen_pages_, seen_images_;
};

// libxml2 reports a page's broken bytes on stderr even with HTML_PARSE_NOERROR; other people's
// pages are not the server's log. The handlers are per thread: this thread's are put back
// afterwards, for whatever else it parses (an uploaded workbook).
void silence(void*, const char*, ...) {}
void silence_structured(void*, xmlErrorPtr) {}

class QuietLibxml {
 public:
  QuietLibxml()
      : generic_(xmlGenericError), generic_context_(xmlGenericErrorContext), structured_(xmlStructuredError),
        structured_context_(xmlStructuredErrorContext) {
    xmlSetGenericErrorFunc(nullptr, &silence);
    xmlSetStructuredErrorFunc(nullptr, &silence_structured);
  }
  ~QuietLibxml() {
    xmlSetGenericErrorFunc(generic_context_, generic_);
    xmlSetStructuredErrorFunc(structured_context_, structured_);
  }
  QuietLibxml(const QuietLibxml&) = delete;
  QuietLibxml& operator=(const QuietLibxml&) = delete;

 private:
  xmlGenericErrorFunc generic_;
  void* generic_context_;
  xmlStructuredErrorFunc structured_;
  void* structured_context_;
};

}  // namespace

std::string charset_of(std::string_view content_type) {
  for (auto part : text::split(content_type, ';')) {
    part = text::trim(part);
    if (text::fold(part.substr(0, 8)) != "charset=") continue;
    auto value = text::trim(part.substr(8));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return {};
}

PageContents read_page(std::string_view html, std::string_view page_url, std::string_view charset,
                       const PageLimits& limits) {
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  const QuietLibxml quiet;
  const std::string encoding(charset);
  // No network, no error output; never XML_PARSE_HUGE, so libxml2's own depth and size
  // limits stay.
  const auto parse = [&](const char* encoding_name) {
    return htmlReadMemory(html.data(), static_cast<int>(std::min<std::size_t>(html.size(), INT32_MAX)), nullptr,
                          encoding_name,
                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_COMPACT);
  };
  htmlDocPtr doc = parse(encoding.empty() ? nullptr : encoding.c_str());
  if (!doc && !encoding.empty()) doc = parse(nullptr);  // a charset libxml2 does not know
  Reader reader(page_url, limits);
  if (!doc) return reader.take();
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> owned(doc, &xmlFreeDoc);
  if (xmlNode* root = xmlDocGetRootElement(doc)) reader.read(root);
  return reader.take();
}

}  // namespace nok::crawl
