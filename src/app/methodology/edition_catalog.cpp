#include "app/methodology/edition_catalog.h"

#include "domain/methodology/edition_file.h"

namespace nok {

std::optional<std::string> EditionCatalog::text(std::string_view id) {
  if (auto shipped = methodology::shipped_edition_text(id)) return shipped;
  if (!store_) return std::nullopt;
  auto stored = store_->find(id);
  if (!stored) return std::nullopt;
  return stored->definition;
}

const methodology::Methodology* EditionCatalog::find(std::string_view id) {
  if (const auto* shipped = methodology::find_methodology(id)) return shipped;
  if (!store_) return nullptr;
  {
    std::lock_guard lock(mutex_);
    if (auto it = kept_.find(id); it != kept_.end()) return it->second;
  }
  auto stored = store_->find(id);
  if (!stored || stored->kind != EditionKind::methodology) return nullptr;
  // The definition was checked when added and names no base; the questionnaires it names
  // are shipped or added, and an added one no longer changes. It fails to read only under a
  // build that no longer ships a questionnaire it names; a used one is then remembered as
  // unreadable rather than read again on every request.
  auto read = methodology::read_methodology(stored->definition, [this](std::string_view other) { return text(other); });
  std::lock_guard lock(mutex_);
  if (!read.methodology) {
    if (stored->cycles > 0) kept_.emplace(std::string(id), nullptr);
    return nullptr;
  }
  read_.push_back(std::make_unique<methodology::Methodology>(std::move(*read.methodology)));
  const auto* out = read_.back().get();
  if (stored->cycles > 0) kept_.emplace(std::string(id), out);
  return out;
}

std::vector<EditionCatalog::Choice> EditionCatalog::choices() {
  std::vector<Choice> out{{methodology::default_methodology().id, methodology::default_methodology().title, ""}};
  for (const auto& m : methodology::methodologies())
    if (m.id != out.front().id) out.push_back({m.id, m.title, ""});
  if (store_)
    for (auto& e : store_->list())
      if (e.kind == EditionKind::methodology) out.push_back({std::move(e.id), std::move(e.title), std::move(e.added_at)});
  return out;
}

const methodology::Methodology& EditionCatalog::of_cycle(std::string_view id) {
  const auto* found = id.empty() ? nullptr : find(id);
  return found ? *found : methodology::default_methodology();
}

EditionCatalog& shipped_editions() {
  static EditionCatalog catalog(nullptr);
  return catalog;
}

}  // namespace nok
