#include "http/message.h"

#include <boost/url/parse_query.hpp>

#include "core/text.h"
#include "http/header.h"

namespace nok::http {
namespace {

std::string_view find(const Fields& fields, std::string_view name) {
  for (const auto& [k, v] : fields)
    if (k == name) return v;
  return {};
}

}  // namespace

std::string_view Request::header(std::string_view lower_name) const { return find(headers, lower_name); }
std::string_view Request::query_value(std::string_view name) const { return find(query, name); }

std::string_view Request::param(std::string_view name) const {
  auto it = params.find(name);
  return it == params.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Request::cookie(std::string_view name) const {
  std::string_view all = header("cookie");
  while (!all.empty()) {
    auto end = all.find(';');
    std::string_view pair = text::trim(all.substr(0, end));
    auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
    if (end == std::string_view::npos) break;
    all.remove_prefix(end + 1);
  }
  return {};
}

Response Response::text(int status, std::string body) {
  return {status, "text/plain; charset=utf-8", std::move(body), {}};
}

Response Response::json(int status, std::string body) {
  return {status, "application/json; charset=utf-8", std::move(body), {}};
}

Response Response::redirect(std::string location, int status) {
  return {status, "text/plain; charset=utf-8", "", {{"Location", header_value("Location", location)}}};
}

Response Response::streamed(std::string content_type, StreamProducer producer) {
  Response response{200, std::move(content_type), "", {}};
  response.stream = std::move(producer);
  return response;
}

std::string percent_encode(std::string_view text) {
  return text::percent_encode_except(
      text, [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~'; });
}

bool parse_form(std::string_view encoded, Fields& out) {
  if (encoded.empty()) return true;
  // Boost.URL 1.81's parse_query reads up to a NUL terminator (valgrind shows strlen),
  // so hand it a terminated copy rather than a view into the request buffer.
  const std::string terminated(encoded);
  auto params = boost::urls::parse_query(terminated);
  if (!params) return false;
  for (auto p : *params) {
    boost::urls::encoding_opts form_encoding;
    form_encoding.space_as_plus = true;  // forms send spaces as '+', and '+' itself as %2B
    std::string key = p.key.decode(form_encoding), value = p.value.decode(form_encoding);
    if (!text::valid_utf8(key) || !text::valid_utf8(value)) return false;
    out.emplace_back(std::move(key), std::move(value));
  }
  return true;
}

}  // namespace nok::http
