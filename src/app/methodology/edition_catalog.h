#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "domain/methodology/methodology.h"
#include "store/edition_store.h"

namespace nok {

// The editions a deployment knows: those shipped in the binary and those added to its
// database (`nok methodology add`), methodologies with the questionnaires they name. Safe to
// share between threads.
class EditionCatalog {
 public:
  // `store` nullptr: the shipped editions only.
  explicit EditionCatalog(EditionStore* store) : store_(store) {}

  // The edition `id`; nullptr when it is neither shipped nor added. An added edition that a
  // cycle uses is read once and kept, since it can no longer change; an unused one is read
  // each time, since it may still be replaced. Pointers stay valid for the catalog's life.
  // An added edition this build cannot read (it names a questionnaire no longer shipped) is
  // nullptr too: callers then fall back to the default (of_cycle) or refuse (cycle opening).
  // A questionnaire's id is not a methodology: nullptr.
  const methodology::Methodology* find(std::string_view id);

  // The edition a cycle was opened with (its id; empty: the default), for pages and use cases that must follow it. A
  // database restored without an edition it names falls back to the default rather than
  // failing every page; the results keep the id they were computed under.
  const methodology::Methodology& of_cycle(std::string_view id);

  // What an official chooses from when opening a cycle: every shipped edition (the default
  // first), then the added ones by id.
  struct Choice {
    std::string id;
    std::string title;
    std::string added_at;  // empty for a shipped edition
  };
  std::vector<Choice> choices();

  // The text of an edition of either kind by id (shipped file, or the added definition): the
  // base a methodology extends, a questionnaire it names.
  std::optional<std::string> text(std::string_view id);

 private:
  EditionStore* store_;
  std::mutex mutex_;
  std::map<std::string, const methodology::Methodology*, std::less<>> kept_;
  std::vector<std::unique_ptr<methodology::Methodology>> read_;  // every one ever read, so pointers stay valid
};

// A process-wide catalog of the shipped editions, for callers without a database.
EditionCatalog& shipped_editions();

}  // namespace nok
