// robots.txt (domain/website/robots) on arbitrary bytes: the rules read from any file answer
// every path, the same way twice, and a Crawl-delay stays within an hour.
#include <string>

#include "domain/website/robots.h"
#include "fuzz/property.h"

using namespace nok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  const auto rules = website::RobotsRules::parse(text, "nok-website-check/1");
  const auto again = website::RobotsRules::parse(text, "nok-website-check/1");
  // Paths taken from the file itself reach the wildcard matching with patterns it holds.
  for (std::string_view path : {std::string_view("/"), text.substr(0, 64), text.substr(size / 2, 64)})
    fuzz::require(rules.allows(path) == again.allows(path), "the same file answers the same");
  if (const auto delay = rules.crawl_delay()) fuzz::require(delay->count() >= 0 && delay->count() <= 3600, "delay bounded");
  return 0;
}
