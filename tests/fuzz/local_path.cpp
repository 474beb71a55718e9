// The local return-path check (web/local_path): whatever comes in, what goes out is either
// the fallback or a path on this site that no browser reads as another host — one leading
// '/', then no '/' or '\', only printable ASCII, short enough — and checking it again
// changes nothing.
#include <string>

#include "fuzz/property.h"
#include "web/local_path.h"

using namespace nok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw = fuzz::text_of(data, size);
  const std::string out = web::local_return_path(raw, "/");
  fuzz::require(!out.empty() && out[0] == '/', "the result starts with '/'");
  fuzz::require(out.size() == 1 || (out[1] != '/' && out[1] != '\\'), "no second '/' or '\\' after the first");
  fuzz::require(out.size() <= web::kMaxReturnPath, "the result is bounded");
  for (unsigned char c : out)
    fuzz::require(c > 0x20 && c < 0x7f && c != '\\', "only printable ASCII without spaces or backslashes");
  fuzz::require(web::local_return_path(out, "/") == out, "a checked path passes the check unchanged");
  return 0;
}
