#include "http/gzip.h"

#include <zlib.h>

#include <stdexcept>

#include "core/text.h"

namespace nok::http {
namespace {

constexpr int kGzipWindow = 15 + 16;  // the largest window, with a gzip header and trailer

// "gzip;q=0.5" → {"gzip", "0.5"}; the weight "1" when absent.
std::pair<std::string_view, std::string_view> coding_and_weight(std::string_view item) {
  const auto semicolon = item.find(';');
  const auto coding = text::trim(item.substr(0, semicolon));
  std::string_view weight = "1";
  if (semicolon != std::string_view::npos) {
    auto parameter = text::trim(item.substr(semicolon + 1));
    if (parameter.size() > 2 && (parameter[0] == 'q' || parameter[0] == 'Q') && parameter[1] == '=')
      weight = text::trim(parameter.substr(2));
  }
  return {coding, weight};
}

bool same_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  return true;
}

// A weight of zero ("0", "0.0", "0.000") refuses the coding; anything else admits it.
bool zero_weight(std::string_view weight) { return weight.find_first_not_of("0.") == std::string_view::npos; }

}  // namespace

std::string gzip(std::string_view bytes, int level) {
  z_stream stream{};
  if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int done = deflate(&stream, Z_FINISH);  // deflateBound leaves room for it all in one call
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (done != Z_STREAM_END) throw std::runtime_error("zlib: deflate did not finish");
  return out;
}

bool accepts_gzip(const Request& request) {
  bool gzip_named = false, gzip_refused = false, any_admitted = false;
  for (auto item : text::split(request.header("accept-encoding"), ',')) {
    const auto [coding, weight] = coding_and_weight(item);
    if (same_lower(coding, "gzip") || same_lower(coding, "x-gzip")) {
      gzip_named = true;
      gzip_refused = zero_weight(weight);
    } else if (coding == "*") {
      any_admitted = !zero_weight(weight);
    }
  }
  return gzip_named ? !gzip_refused : any_admitted;
}

bool compressible(std::string_view content_type) {
  const auto type = text::trim(content_type.substr(0, content_type.find(';')));
  return type.starts_with("text/") || type == "application/json" || type == "application/manifest+json" ||
         type == "image/svg+xml" || type == "application/xml";
}

}  // namespace nok::http
