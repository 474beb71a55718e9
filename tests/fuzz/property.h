#pragma once
// Shared by the libFuzzer targets: a property that must hold for every input. A broken
// one aborts, so libFuzzer stops and keeps the input as a crash artifact to replay.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace nok::fuzz {

inline void require(bool holds, const char* property) {
  if (holds) return;
  std::fprintf(stderr, "property broken: %s\n", property);
  std::abort();
}

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace nok::fuzz
