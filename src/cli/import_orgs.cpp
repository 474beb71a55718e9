#include <chrono>
#include <iostream>

#include "app/registry/import.h"
#include "cli/common.h"
#include "cli/verbs.h"
#include "core/number_text.h"

namespace nok::cli {
namespace {

std::string_view field_title(std::string_view field) { return field == "address" ? "адрес" : "сайт"; }

// One staff edit the import met, as `path: строка N, столбец F: …` like the file's errors.
void print_conflict(const std::string& path, int line, const ProfileConflict& c, StaffEdits staff_edits) {
  const std::string field(field_title(c.field));
  const std::string by_staff = "сотрудниками организации " + c.edited_at + ": «" + c.staff_value + "»";
  std::cout << path << ": строка " << line << ", столбец " << c.field << ": у " << c.code << " "
            << (staff_edits == StaffEdits::keep
                    ? "оставлен " + field + ", изменённый " + by_staff + "; в реестре «" + c.registry_value + "»"
                    : "записан " + field + " из реестра «" + c.registry_value + "» вместо изменённого " + by_staff)
            << "\n";
}

}  // namespace

int import_orgs(int argc, char** argv) {
  po::options_description options("import-orgs");
  add_db_option(options);
  options.add_options()("file", po::value<std::string>()->required(), "CSV file (docs/formats.md)")(
      "overwrite-profile", po::bool_switch(),
      "replace the address and website the organisations' staff edited with the registry's values "
      "(by default their edits are kept and reported)");
  po::positional_options_description positional;
  positional.add("file", 1);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, "nok import-orgs [--db URL] [--overwrite-profile] FILE.csv", exit_code,
                  positional);
  if (!vm) return exit_code;

  const auto path = (*vm)["file"].as<std::string>();
  const auto text = read_file(path);
  if (!text) {
    std::cerr << "ошибка: не удалось открыть файл «" << path << "»\n";
    return 1;
  }

  const auto staff_edits = (*vm)["overwrite-profile"].as<bool>() ? StaffEdits::overwrite : StaffEdits::keep;
  auto stores = open_prepared_stores(*vm, 1);
  const auto started = std::chrono::steady_clock::now();
  auto report = import_organisations(*stores->main, *text, staff_edits);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!report.errors.empty()) {
    for (const auto& e : report.errors) std::cerr << path << ": " << describe(e) << "\n";
    std::cerr << "импорт отменён: ошибок " << report.errors.size() << ", база данных не изменена\n";
    return 1;
  }
  std::cout << "импортировано строк: " << report.rows << " (новых организаций " << report.summary.inserted
            << ", обновлено " << report.summary.updated << ") за " << text::number_text(seconds, 1) << " с — "
            << static_cast<long>(report.rows / std::max(seconds, 1e-9)) << " строк/с\n";
  const auto& conflicts = report.summary.conflicts;
  for (std::size_t i = 0; i < conflicts.size(); ++i)
    print_conflict(path, report.conflict_lines[i], conflicts[i], staff_edits);
  if (conflicts.empty()) return 0;
  if (staff_edits == StaffEdits::keep)
    std::cout << "правки сотрудников организаций оставлены: " << conflicts.size()
              << " (значения реестра записывает nok import-orgs --overwrite-profile)\n";
  else
    std::cout << "правки сотрудников организаций заменены значениями реестра: " << conflicts.size() << "\n";
  return 0;
}

}  // namespace nok::cli
