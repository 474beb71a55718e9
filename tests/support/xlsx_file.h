#pragma once
#include <map>
#include <string>
#include <vector>

namespace nok::test {

// A ZIP archive of these parts (name → content), made with libzip: workbooks for the
// XLSX reader, whole or missing parts on purpose.
std::string zip_of(const std::map<std::string, std::string>& parts);

// The parts of a minimal workbook whose first sheet holds `rows` as inline strings.
std::map<std::string, std::string> workbook_parts(const std::vector<std::vector<std::string>>& rows);

// zip_of(workbook_parts(rows)).
std::string xlsx_of(const std::vector<std::vector<std::string>>& rows);

}  // namespace nok::test
