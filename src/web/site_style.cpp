#include "web/site_style.h"

#include <stdexcept>
#include <vector>

#include "core/crypto.h"
#include "core/embedded.h"

namespace nok::web_files {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok::web {

std::string_view site_style() {
  static const std::string_view style = [] {
    for (const auto& f : web_files::files())
      if (f.name == "site.css") return f.contents;
    throw std::logic_error("site.css is not compiled in");
  }();
  return style;
}

const std::string& site_style_source() {
  static const std::string source = "'sha256-" + sha256_base64(site_style()) + "'";
  return source;
}

}  // namespace nok::web
