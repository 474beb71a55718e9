#pragma once
#include <string_view>
#include <vector>

namespace nok {

// A file compiled into the binary by cmake/Embed.cmake (templates, migrations, CSS).
struct EmbeddedFile {
  std::string_view name;
  std::string_view contents;
};

}  // namespace nok
