#include "print/png_writer.h"

#include <zlib.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

namespace nok::print {
namespace {

constexpr std::size_t kBatchBytes = 64 * 1024;

void put_u32(std::string& out, std::uint32_t v) {
  const char bytes[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                         static_cast<char>(v)};
  out.append(bytes, 4);
}

void put_chunk(std::string& out, const char type[4], std::string_view data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  const auto start = out.size();
  out.append(type, 4);
  out.append(data);
  const auto* bytes = reinterpret_cast<const Bytef*>(out.data() + start);
  put_u32(out, static_cast<std::uint32_t>(crc32(0, bytes, static_cast<uInt>(out.size() - start))));
}

// Compresses the filtered scanlines into IDAT chunks as the deflate output fills up.
class IdatWriter {
 public:
  explicit IdatWriter(std::string& out) : out_(out), buffer_(new Bytef[kBufferBytes]) {
    // Run-length matching only: bi-level scanlines are runs of 0x00/0xFF and zero rows, for
    // which Z_RLE compresses as well as the default strategy at a fraction of its time.
    // Run-length matches are at distance 1, so the smallest window and hash table do (and
    // spare allocating and clearing 256 KB per image).
    if (deflateInit2(&stream_, 6, Z_DEFLATED, 15, 2, Z_RLE) != Z_OK)
      throw std::runtime_error("zlib: deflateInit failed");
  }
  ~IdatWriter() { deflateEnd(&stream_); }

  void write(std::span<const std::uint8_t> data, bool last) {
    stream_.next_in = const_cast<Bytef*>(data.data());
    stream_.avail_in = static_cast<uInt>(data.size());
    const int flush = last ? Z_FINISH : Z_NO_FLUSH;
    int status = Z_OK;
    do {
      stream_.next_out = buffer_.get();
      stream_.avail_out = static_cast<uInt>(kBufferBytes);
      status = deflate(&stream_, flush);
      const std::size_t produced = kBufferBytes - stream_.avail_out;
      if (produced) put_chunk(out_, "IDAT", {reinterpret_cast<const char*>(buffer_.get()), produced});
    } while (stream_.avail_out == 0 || (last && status != Z_STREAM_END));
  }

 private:
  std::string& out_;
  static constexpr std::size_t kBufferBytes = 16 * 1024;  // one IDAT chunk at most
  std::unique_ptr<Bytef[]> buffer_;                       // not zero-filled: a QR code compresses to ~1.5 KB
  z_stream stream_{};
};

}  // namespace

std::string encode_gray_png(const GrayPng& format, const PngRowSource& rows) {
  std::string out = "\x89PNG\r\n\x1a\n";
  std::string header;
  put_u32(header, static_cast<std::uint32_t>(format.width));
  put_u32(header, static_cast<std::uint32_t>(format.height));
  header += {static_cast<char>(format.bit_depth), 0 /* greyscale */, 0, 0, 0 /* no interlace */};
  put_chunk(out, "IHDR", header);
  if (format.dpi > 0) {
    std::string phys;
    const auto per_metre = static_cast<std::uint32_t>(std::lround(format.dpi / 0.0254));
    put_u32(phys, per_metre);
    put_u32(phys, per_metre);
    phys += '\1';  // unit: metre
    put_chunk(out, "pHYs", phys);
  }

  // Each scanline is a filter byte and the packed pixels. A row equal to the previous one
  // is sent with the Up filter, i.e. as zeros — QR rows repeat once per pixel of a module.
  // Scanlines are handed to zlib in batches: one deflate() call per row costs more than
  // compressing the row.
  const std::size_t row_bytes = (static_cast<std::size_t>(format.width) * format.bit_depth + 7) / 8;
  std::vector<std::uint8_t> line(row_bytes), previous(row_bytes), batch;
  batch.reserve(kBatchBytes + row_bytes + 1);
  IdatWriter idat(out);
  for (int y = 0; y < format.height; ++y) {
    std::fill(line.begin(), line.end(), 0);
    rows(y, line);
    if (y > 0 && line == previous) {
      batch.push_back(2);  // Up
      batch.resize(batch.size() + row_bytes, 0);
    } else {
      batch.push_back(0);  // None
      batch.insert(batch.end(), line.begin(), line.end());
      std::swap(line, previous);
    }
    const bool last = y + 1 == format.height;
    if (batch.size() >= kBatchBytes || last) {
      idat.write(batch, last);
      batch.clear();
    }
  }
  if (format.height == 0) idat.write({}, true);
  put_chunk(out, "IEND", {});
  return out;
}

}  // namespace nok::print
