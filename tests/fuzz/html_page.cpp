// The website checker's page reader (crawl/html_page) on arbitrary bytes as a page: whatever
// a site serves, the links are absolute http(s) addresses, the block's pages are some of
// them and on the page's host, and what a page yields stays within its limits.
#include <algorithm>
#include <string>

#include "crawl/html_page.h"
#include "fuzz/property.h"

using namespace nok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page = fuzz::text_of(data, size);
  const crawl::PageLimits limits{50, 10, 3, 4096};
  // The first byte picks the charset the header would name, so both ways of reading are reached.
  const char* charset = size > 0 && data[0] % 3 == 0 ? "windows-1251" : size > 0 && data[0] % 3 == 1 ? "utf-8" : "";
  const auto read = crawl::read_page(page, "https://school.example/about/", charset, limits);
  fuzz::require(read.links.size() <= limits.links, "links within the limit");
  fuzz::require(read.images.size() <= limits.images, "images within the limit");
  fuzz::require(read.block_pages.size() <= limits.block_pages, "block pages within the limit");
  for (const auto& link : read.links)
    fuzz::require(link.starts_with("http://") || link.starts_with("https://"), "links are absolute http(s) addresses");
  for (const auto& block : read.block_pages) {
    fuzz::require(std::find(read.links.begin(), read.links.end(), block) != read.links.end(), "a block page is a link");
    fuzz::require(block.starts_with("https://school.example/") || block.starts_with("http://school.example/"),
                  "a block page is on the page's host");
  }
  for (const auto& image : read.images) {
    fuzz::require(image.url.empty() != image.svg.empty(), "an image is an address or an inline SVG");
    fuzz::require(image.svg.size() <= limits.svg_bytes + 64, "an inline SVG within the limit");
  }
  return 0;
}
