#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nok::crawl {

// An image on a page: its absolute URL (http, https or data:), or an inline SVG's markup.
struct PageImage {
  std::string url;
  std::string svg;
  bool likely_qr = false;  // its address, alt text, class or id mention a QR code
};

// What a page offers the website checker.
struct PageContents {
  std::vector<std::string> links;  // absolute http(s) URLs of <a>, <area>, in page order
  // Links on the same host that look like the page of the НОК block («Независимая оценка
  // качества», «НОК»), in page order, without repeats.
  std::vector<std::string> block_pages;
  std::vector<PageImage> images;  // those that likely hold a QR code first
};

// Limits of what one page may yield; more is dropped.
struct PageLimits {
  std::size_t links = 2000;
  std::size_t images = 60;
  std::size_t block_pages = 3;
  std::size_t svg_bytes = 1u << 20;
};

// Reads an HTML page fetched from `page_url` (after redirects). `charset` is the one the
// Content-Type header named, empty when none: then the page's own <meta> decides, as in a
// browser. Relative addresses resolve against <base href> or `page_url`. Never fails: what
// cannot be read is skipped.
PageContents read_page(std::string_view html, std::string_view page_url, std::string_view charset,
                       const PageLimits& limits = {});

// The charset parameter of a Content-Type value ("text/html; charset=windows-1251"), or "".
std::string charset_of(std::string_view content_type);

}  // namespace nok::crawl
