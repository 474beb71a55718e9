#include "xlsx/refusals.h"

#include "xlsx/cell_reference.h"

namespace nok::xlsx {

Error not_a_workbook(const std::string& detail) {
  return {"xlsx_not_a_workbook", "файл не является книгой Excel (.xlsx): " + detail};
}

Error too_large() {
  return {"xlsx_too_large", "книга Excel слишком велика в распакованном виде — разбейте её на несколько файлов"};
}

Error too_many_rows(std::size_t limit, int row) {
  return {"xlsx_too_many_rows",
          "в листе больше " + std::to_string(limit) + " заполненных строк — разбейте его на несколько файлов", row};
}

Error too_many_columns(std::size_t limit, int row, const std::string& letters) {
  return {"xlsx_too_many_columns",
          "ячейка дальше последнего допустимого столбца " + column_letters(limit - 1) +
              ": в формате обмена столбцов меньше — удалите лишние столбцы и ячейки справа",
          row, letters};
}

Error cell_too_long(int row, const std::string& letters) {
  return {"xlsx_cell_too_long", "текст ячейки длиннее, чем помещается в ячейку Excel (32 767 знаков)", row, letters};
}

Error shared_string_too_long() {
  return {"xlsx_cell_too_long",
          "книга Excel повреждена: одна из её строк (xl/sharedStrings.xml) длиннее, чем помещается в ячейку Excel"};
}

Error bad_reference(int row, const std::string& reference) {
  return {"xlsx_bad_reference", "книга Excel повреждена: неверный адрес ячейки «" + reference + "»", row};
}

}  // namespace nok::xlsx
