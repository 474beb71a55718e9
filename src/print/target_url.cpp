#include "print/target_url.h"

#include "core/parse_number.h"

namespace nok::print {
namespace {

// Longer prefixes push the QR code to a larger version, i.e. smaller modules at the same
// printed size, which is what limits the scanning distance.
constexpr std::size_t kMaxPublicUrlLength = 80;

bool unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == '~';
}

}  // namespace

Result<std::string> parse_public_url(std::string_view url) {
  const auto bad = [&](std::string why) {
    return Error{"bad_public_url", "адрес сайта NOK_PUBLIC_URL «" + std::string(url) + "» не подходит: " + why};
  };
  const std::string_view scheme = url.starts_with("https://")  ? "https://"
                                  : url.starts_with("http://") ? "http://"
                                                               : "";
  if (scheme.empty()) return bad("нужен адрес вида https://nok.example.ru");
  while (url.ends_with('/')) url.remove_suffix(1);
  if (url.size() <= scheme.size() || url[scheme.size()] == '/') return bad("не указан сервер");
  if (url.size() > kMaxPublicUrlLength) return bad("длиннее 80 символов — QR-код станет слишком мелким");
  for (unsigned char c : url)
    if (c <= ' ' || c >= 0x7f || c == '?' || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\')
      return bad("допустимы только латинские буквы, цифры и знаки адреса, без «?» и «#»");
  return std::string(url);
}

std::string organisation_url(std::string_view public_url, std::string_view code,
                             std::optional<std::int64_t> placement) {
  std::string url(public_url);
  url += "/o/";
  // Registry codes are already URL-safe (import checks them); encoding is for anything else.
  for (unsigned char c : code) {
    if (unreserved(c)) {
      url += static_cast<char>(c);
    } else {
      static constexpr char hex[] = "0123456789ABCDEF";
      url += '%';
      url += hex[c >> 4];
      url += hex[c & 15];
    }
  }
  if (placement) url += "?p=" + std::to_string(*placement);
  return url;
}

std::string typed_address(std::string_view public_url, std::string_view code) {
  auto url = organisation_url(public_url, code);
  for (std::string_view scheme : {"https://", "http://"})
    if (url.starts_with(scheme)) return url.substr(scheme.size());
  return url;
}

Result<std::int64_t> parse_placement_id(std::string_view text) {
  const auto id = text::parse_integer<std::int64_t>(text);
  if (!id || *id <= 0 || text.front() == '0')
    return Error{"bad_placement",
                 "номер места размещения «" + std::string(text) + "» должен быть целым положительным числом"};
  return *id;
}

}  // namespace nok::print
