#include "print/zip_writer.h"

#include <zlib.h>

#include <limits>

namespace nok::print {
namespace {

constexpr std::uint16_t kVersion = 20;  // 2.0: what every unzip understands
constexpr std::uint16_t kMadeByUnix =
    3 << 8 | kVersion;  // "FAT" would make unzip re-encode names from an OEM code page
constexpr std::uint16_t kUtf8Names = 1 << 11;
constexpr std::uint16_t kDosDate = (2024 - 1980) << 9 | 1 << 5 | 1;  // entries carry no meaningful time

void put16(std::string& out, std::uint16_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>(v >> 8);
}

void put32(std::string& out, std::uint32_t v) {
  put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
  put16(out, static_cast<std::uint16_t>(v >> 16));
}

// The fields local and central headers share, from "version needed" to "extra length".
void put_common(std::string& out, std::uint32_t crc, std::uint32_t size, std::size_t name_length) {
  put16(out, kVersion);
  put16(out, kUtf8Names);
  put16(out, 0);  // stored
  put16(out, 0);  // time
  put16(out, kDosDate);
  put32(out, crc);
  put32(out, size);  // compressed
  put32(out, size);  // uncompressed
  put16(out, static_cast<std::uint16_t>(name_length));
  put16(out, 0);  // extra field
}

}  // namespace

void ZipWriter::write(std::string_view bytes) {
  sink_(bytes);
  offset_ += bytes.size();
}

Result<Ok> ZipWriter::add(std::string_view name, std::string_view contents) {
  constexpr auto kMax32 = std::numeric_limits<std::uint32_t>::max();
  if (finished_) return Error{"zip_finished", "архив уже закрыт"};
  if (name.empty() || name.size() > 255) return Error{"zip_bad_name", "имя файла в архиве пусто или длиннее 255 байт"};
  if (entries_.size() >= 65535 || contents.size() >= kMax32 || offset_ + contents.size() + 512 >= kMax32)
    return Error{"zip_too_large", "архив превышает 4 ГБ или 65 535 файлов: выгрузите регион частями"};
  Entry entry{std::string(name), 0, static_cast<std::uint32_t>(contents.size()), static_cast<std::uint32_t>(offset_)};
  entry.crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(contents.data()), static_cast<uInt>(contents.size())));
  std::string header;
  put32(header, 0x04034b50);
  put_common(header, entry.crc, entry.size, name.size());
  header += name;
  write(header);
  write(contents);
  entries_.push_back(std::move(entry));
  return Ok{};
}

Result<Ok> ZipWriter::finish() {
  if (finished_) return Error{"zip_finished", "архив уже закрыт"};
  finished_ = true;
  const std::uint64_t directory_offset = offset_;
  std::string directory;
  for (const auto& e : entries_) {
    put32(directory, 0x02014b50);
    put16(directory, kMadeByUnix);
    put_common(directory, e.crc, e.size, e.name.size());
    put16(directory, 0);               // comment length
    put16(directory, 0);               // disk
    put16(directory, 0);               // internal attributes
    put32(directory, 0100644u << 16);  // external attributes: a regular file, rw-r--r--
    put32(directory, e.offset);
    directory += e.name;
  }
  if (directory_offset + directory.size() >= std::numeric_limits<std::uint32_t>::max())
    return Error{"zip_too_large", "архив превышает 4 ГБ: выгрузите регион частями"};
  const auto directory_size = static_cast<std::uint32_t>(directory.size());
  const auto count = static_cast<std::uint16_t>(entries_.size());
  put32(directory, 0x06054b50);
  put16(directory, 0);
  put16(directory, 0);
  put16(directory, count);
  put16(directory, count);
  put32(directory, directory_size);
  put32(directory, static_cast<std::uint32_t>(directory_offset));
  put16(directory, 0);  // comment length
  write(directory);
  return Ok{};
}

}  // namespace nok::print
