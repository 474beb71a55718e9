// `nok methodology check|add|list`: methodology editions and questionnaires as files
// (docs/editions.md). `check` needs no database; `add` stores a methodology edition so that
// an official can open a cycle with it, or a questionnaire for an edition to name.
#include <iostream>
#include <map>

#include "app/methodology/edition_files.h"
#include "cli/common.h"
#include "cli/verbs.h"
#include "domain/survey/questionnaire.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage =
    "nok methodology check FILE...\n"
    "       nok methodology add FILE [--db URL]\n"
    "       nok methodology list [--db URL]";

void print_faults(const std::string& file, const Errors& errors) {
  for (const auto& e : errors) {
    std::cerr << file;
    if (e.line > 0) std::cerr << ":" << e.line;
    std::cerr << ": ";
    if (!e.column.empty()) std::cerr << e.column << ": ";
    std::cerr << e.message << " [" << e.code << "]\n";
  }
}

int check(int argc, char** argv) {
  po::options_description options("methodology check");
  options.add_options()("file", po::value<std::vector<std::string>>()->required(), "edition files");
  po::positional_options_description positional;
  positional.add("file", -1);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code, positional);
  if (!vm) return exit_code;
  const auto files = (*vm)["file"].as<std::vector<std::string>>();
  // An edition may extend another or name a questionnaire given on the same line: find them
  // among the files first.
  std::map<std::string, std::string, std::less<>> given;
  std::vector<std::optional<std::string>> texts;
  for (const auto& f : files) {
    texts.push_back(read_file(f));
    if (!texts.back()) continue;
    if (auto id = declared_edition_id(*texts.back())) given.emplace(std::move(*id), *texts.back());
  }
  const methodology::EditionTexts others = [&](std::string_view id) -> std::optional<std::string> {
    if (auto it = given.find(id); it != given.end()) return it->second;
    return methodology::shipped_edition_text(id);
  };
  int failed = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!texts[i]) {
      std::cerr << files[i] << ": файл не читается\n";
      ++failed;
      continue;
    }
    const auto checked = check_edition(*texts[i], others);
    if (!checked.errors.empty()) {
      print_faults(files[i], checked.errors);
      ++failed;
      continue;
    }
    std::cout << files[i] << ": " << (checked.kind == EditionKind::methodology ? "методика" : "анкета") << " «"
              << checked.id << "» — ошибок нет\n";
  }
  return failed == 0 ? 0 : 1;
}

int add(int argc, char** argv) {
  po::options_description options("methodology add");
  add_db_option(options);
  options.add_options()("file", po::value<std::string>()->required(), "a methodology or questionnaire file");
  po::positional_options_description positional;
  positional.add("file", 1);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code, positional);
  if (!vm) return exit_code;
  const auto file = (*vm)["file"].as<std::string>();
  const auto text = read_file(file);
  if (!text) {
    std::cerr << file << ": файл не читается\n";
    return 1;
  }
  auto stores = open_prepared_stores(*vm, 2);
  EditionCatalog catalog(&stores->editions);
  Errors faults;
  auto added = add_edition(stores->editions, catalog, *text, AuditEntry{}, faults);
  if (!added) {
    print_faults(file, faults);
    std::cerr << "ошибка: " << added.error().message << "\n";
    return 1;
  }
  static constexpr const char* kOutcome[] = {"добавлено", "уже есть, не изменилось", "заменено (его ещё не применяли)"};
  std::cout << "издание «" << added->id << "» " << kOutcome[static_cast<int>(added->outcome)] << "\n";
  return 0;
}

int list(int argc, char** argv) {
  po::options_description options("methodology list");
  add_db_option(options);
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;
  for (const auto& m : methodology::methodologies())
    std::cout << m.id << "\tв поставке\t" << m.title << "\n";
  for (const auto& q : survey::questionnaires()) std::cout << q.id << "\tанкета в поставке\t" << q.title << "\n";
  auto stores = open_prepared_stores(*vm, 2);
  for (const auto& e : stores->editions.list())
    std::cout << e.id << (e.kind == EditionKind::questionnaire ? "\tанкета добавлена " : "\tдобавлено ") << e.added_at
              << ", оценок: " << e.cycles << "\t" << e.title << "\n";
  return 0;
}

}  // namespace

int methodology_editions(int argc, char** argv) {
  const std::string_view action = argc >= 2 ? argv[1] : "";
  if (action == "check") return check(argc - 1, argv + 1);
  if (action == "add") return add(argc - 1, argv + 1);
  if (action == "list") return list(argc - 1, argv + 1);
  const bool help = action == "--help" || action == "-h";
  (help ? std::cout : std::cerr) << "usage: " << kUsage << "\n";
  return help ? 0 : 2;
}

}  // namespace nok::cli
