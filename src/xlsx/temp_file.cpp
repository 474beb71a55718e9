#include "xlsx/temp_file.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstring>
#include <string>

namespace nok::xlsx {

Result<TempFile> TempFile::create(const char* suffix) {
  std::error_code error;
  auto directory = std::filesystem::temp_directory_path(error);
  if (error) directory = "/tmp";
  std::string pattern = (directory / "nok-XXXXXX").string() + suffix;
  const int fd = mkstemps(pattern.data(), static_cast<int>(std::strlen(suffix)));  // mode 0600
  if (fd < 0) return Error{"xlsx_temp_file", "не удалось создать временный файл для выгрузки: " + std::string(std::strerror(errno))};
  close(fd);
  return TempFile(pattern);
}

TempFile::~TempFile() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

}  // namespace nok::xlsx
