#pragma once
// A file of our own in the temporary directory, removed when it goes out of scope.
#include <filesystem>

#include "core/result.h"

namespace nok::xlsx {

class TempFile {
 public:
  // Creates an empty file, readable by this user only, named "nok-XXXXXX<suffix>" in the
  // system's temporary directory ($TMPDIR or /tmp). Fails with xlsx_temp_file.
  static Result<TempFile> create(const char* suffix);

  TempFile(TempFile&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  TempFile& operator=(TempFile&&) = delete;
  TempFile(const TempFile&) = delete;
  ~TempFile();  // removes the file, whatever happened to it

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit TempFile(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

}  // namespace nok::xlsx
