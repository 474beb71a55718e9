#include "xlsx/xml_stream.h"

#include <libxml/xmlreader.h>

namespace nok::xlsx {
namespace {

std::string_view view(const xmlChar* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

}  // namespace

XmlStream::XmlStream(const std::string& text, std::string part)
    : reader_(xmlReaderForMemory(text.data(), static_cast<int>(text.size()), part.c_str(), nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)),
      part_(std::move(part)) {
  // Errors are ours to report, not stderr's.
  if (reader_) xmlTextReaderSetStructuredErrorHandler(reader_, [](void*, xmlErrorPtr) {}, nullptr);
  failed_ = !reader_;
}

XmlStream::~XmlStream() {
  if (reader_) xmlFreeTextReader(reader_);
}

bool XmlStream::next() {
  if (failed_) return false;
  if (pending_end_) {
    pending_end_ = false;
    node_ = Node::end;
    return true;
  }
  const int read = xmlTextReaderRead(reader_);
  if (read != 1) {
    failed_ = read < 0;
    return false;
  }
  switch (xmlTextReaderNodeType(reader_)) {
    case XML_READER_TYPE_ELEMENT:
      node_ = Node::start;
      pending_end_ = xmlTextReaderIsEmptyElement(reader_) == 1;
      break;
    case XML_READER_TYPE_END_ELEMENT: node_ = Node::end; break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: node_ = Node::text; break;
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY_REFERENCE: failed_ = true; return false;
    default: node_ = Node::other;
  }
  return true;
}

Error XmlStream::error() const {
  return {"xlsx_bad_xml", "книга Excel повреждена: часть " + part_ + " не является XML книги"};
}

std::string_view XmlStream::name() const { return view(xmlTextReaderConstLocalName(reader_)); }

std::string_view XmlStream::text() const { return view(xmlTextReaderConstValue(reader_)); }

std::string XmlStream::attribute(std::string_view local_name) {
  std::string out;
  for (int more = xmlTextReaderMoveToFirstAttribute(reader_); more == 1; more = xmlTextReaderMoveToNextAttribute(reader_))
    if (view(xmlTextReaderConstLocalName(reader_)) == local_name) {
      out = view(xmlTextReaderConstValue(reader_));
      break;
    }
  xmlTextReaderMoveToElement(reader_);
  return out;
}

}  // namespace nok::xlsx
