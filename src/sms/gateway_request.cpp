#include <boost/json.hpp>

#include "http/message.h"
#include "sms/adapters.h"

namespace nok {
namespace {

// Replaces every {phone} and {text} in `pattern`, passing each value through `escape`.
template <typename Escape>
std::string fill(const std::string& pattern, const SmsMessage& message, Escape escape) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern.compare(i, 7, "{phone}") == 0) {
      out += escape(message.phone);
      i += 7;
    } else if (pattern.compare(i, 6, "{text}") == 0) {
      out += escape(message.text);
      i += 6;
    } else {
      out += pattern[i++];
    }
  }
  return out;
}

// The value as it goes between the quotes of a JSON string.
std::string json_escaped(const std::string& value) {
  const std::string quoted = boost::json::serialize(boost::json::value(value));
  return quoted.substr(1, quoted.size() - 2);
}

}  // namespace

net::HttpPost gateway_request(const SmsConfig& config, const SmsMessage& message) {
  net::HttpPost request;
  request.method = config.method;
  request.url = fill(config.url, message, http::percent_encode);
  if (config.method == "POST") {
    request.content_type = config.content_type;
    request.body = config.content_type.find("json") != std::string::npos
                       ? fill(config.body, message, json_escaped)
                       : fill(config.body, message, http::percent_encode);
  }
  if (!config.token.empty()) request.headers.push_back("Authorization: Bearer " + config.token);
  return request;
}

}  // namespace nok
