// The form and query readers (http/message): urlencoded bodies and request targets as the
// server turns them into a Request, and the Cookie header. Besides not crashing, what they
// return is valid UTF-8, and a value written with percent_encode reads back as itself.
#include <boost/url/parse.hpp>
#include <cctype>
#include <string>

#include "core/text.h"
#include "fuzz/property.h"
#include "http/message.h"

using namespace nok;

namespace {

void check_fields(const http::Fields& fields) {
  for (const auto& [key, value] : fields)
    fuzz::require(text::valid_utf8(key) && text::valid_utf8(value), "decoded names and values are valid UTF-8");
}

void check_round_trip(std::string_view value) {
  const std::string encoded = http::percent_encode(value);
  for (char c : encoded)
    fuzz::require(std::isalnum(static_cast<unsigned char>(c)) || std::string_view("-_.~%").find(c) != std::string_view::npos,
                  "percent_encode leaves only unreserved characters and escapes");
  http::Fields fields;
  const bool ok = http::parse_form("k=" + encoded, fields);
  fuzz::require(ok == text::valid_utf8(value), "an encoded value is refused exactly when it is not UTF-8");
  if (ok) fuzz::require(fields.size() == 1 && fields[0].second == value, "an encoded value reads back as itself");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::text_of(data, size);
  http::Fields body;
  if (http::parse_form(input, body)) check_fields(body);

  // A request target as the server reads it: origin form, then its query as a form.
  if (auto url = boost::urls::parse_origin_form(input)) {
    const auto query = url->encoded_query();
    http::Fields fields;
    if (http::parse_form(std::string_view(query.data(), query.size()), fields)) check_fields(fields);
  }

  http::Request request;
  request.headers.emplace_back("cookie", std::string(input));
  const auto session = request.cookie("nok_session");
  fuzz::require(session.empty() || input.find(session) != std::string_view::npos, "a cookie's value is in the header");

  check_round_trip(input);
  return 0;
}
