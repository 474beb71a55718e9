#pragma once
#include <string>
#include <string_view>

#include "core/error.h"

struct _xmlTextReader;

namespace nok::xlsx {

// One XML part of a workbook read node by node with libxml2's reader, so memory is that of
// the node at hand, not of a tree of the whole part. Untrusted input: no network, no DTD
// loading, no entity substitution, libxml2's default size limits (never XML_PARSE_HUGE),
// and a part that declares a document type is refused outright — no workbook part has
// one, and without it no entity can be declared, so none can be expanded.
class XmlStream {
 public:
  enum class Node { start, end, text, other };

  // `text` must outlive the stream; `part` names it in error messages.
  XmlStream(const std::string& text, std::string part);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Moves to the next node; false at the end of the part or when it is not well-formed
  // XML (then `failed()`). Every start has its end, an empty element (<c/>) included.
  bool next();
  bool failed() const { return failed_; }
  // xlsx_bad_xml naming the part.
  Error error() const;

  Node node() const { return node_; }
  // The local name (without a namespace prefix) of a start or end.
  std::string_view name() const;
  bool is_start(std::string_view local_name) const { return node_ == Node::start && name() == local_name; }
  bool is_end(std::string_view local_name) const { return node_ == Node::end && name() == local_name; }
  // The characters of a text node (a CDATA section and whitespace included).
  std::string_view text() const;
  // The value of the current start's attribute by local name ("id" finds r:id); empty if absent.
  std::string attribute(std::string_view local_name);

 private:
  _xmlTextReader* reader_;
  std::string part_;
  Node node_ = Node::other;
  bool pending_end_ = false;  // the current start is empty: its end comes next, made up
  bool failed_ = false;
};

}  // namespace nok::xlsx
