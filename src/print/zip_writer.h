#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace nok::print {

// Writes a ZIP archive to a sink as entries arrive: each entry is stored (PDF and PNG do
// not compress further), so nothing is buffered but the central directory — about 60
// bytes per entry, 300 KB for 5,000 posters. Names are UTF-8 (flag bit 11), so Russian
// file names unpack correctly. Classic ZIP: at most 65,535 entries and 4 GiB.
class ZipWriter {
 public:
  using Sink = std::function<void(std::string_view bytes)>;
  explicit ZipWriter(Sink sink) : sink_(std::move(sink)) {}

  Result<Ok> add(std::string_view name, std::string_view contents);
  // Writes the central directory; the archive is complete after it.
  Result<Ok> finish();

  std::uint64_t bytes_written() const { return offset_; }

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
  };
  void write(std::string_view bytes);

  Sink sink_;
  std::vector<Entry> entries_;
  std::uint64_t offset_ = 0;
  bool finished_ = false;
};

}  // namespace nok::print
