#include "app/print/organisation_pages.h"

#include <memory>

namespace nok {

std::function<std::vector<Organisation>()> organisation_pages(RegistryStore& store, std::vector<std::string> codes,
                                                              std::size_t page_size) {
  auto next = std::make_shared<std::size_t>(0);  // std::function must be copyable
  return [&store, codes = std::move(codes), page_size, next] {
    std::vector<Organisation> page;
    for (; *next < codes.size() && page.size() < page_size; ++*next)
      if (auto organisation = store.find_organisation(codes[*next])) page.push_back(std::move(*organisation));
    return page;
  };
}

}  // namespace nok
