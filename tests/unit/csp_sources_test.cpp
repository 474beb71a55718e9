// The templates and scripts as compiled in hold nothing the site's Content-Security-Policy
// (web/security_headers.h: default-src 'self', no 'unsafe-inline') would make a browser ignore.
#include <gtest/gtest.h>

#include <regex>

#include "core/embedded.h"

namespace nok::web_files {
const std::vector<nok::EmbeddedFile>& files();
}

namespace nok {
namespace {

bool found(std::string_view text, const char* pattern) {
  return std::regex_search(text.begin(), text.end(), std::regex(pattern, std::regex::icase));
}

TEST(CspSources, TemplatesHaveNoInlineScriptStyleOrHandler) {
  int templates = 0;
  for (const auto& f : web_files::files()) {
    if (!f.name.ends_with(".mustache")) continue;
    ++templates;
    SCOPED_TRACE(std::string(f.name));
    EXPECT_FALSE(found(f.contents, "<script(?![^>]*\\ssrc=\"/static/)")) << "inline script";
    // The layout's one <style> is the site's stylesheet, which the policy allows by its hash
    // (web/site_style.h); no template writes a style of its own.
    const std::string contents(f.contents);
    const auto without_stylesheet = f.name == "layout.mustache"
                                        ? std::regex_replace(contents, std::regex("<style>\\{\\{\\{site_style\\}\\}\\}</style>"), "")
                                        : contents;
    EXPECT_FALSE(found(without_stylesheet, "<style")) << "<style> element";
    EXPECT_FALSE(found(f.contents, "<[^>]*\\son[a-z]+\\s*=")) << "event handler attribute";
    EXPECT_FALSE(found(f.contents, "javascript:")) << "javascript: URL";
    // The website block and an authority's banner block are pasted into other sites, which do
    // not have our stylesheet; on our own pages their previews get the look from site.css.
    if (f.name != "website_snippet.mustache" && f.name != "authority_snippet.mustache") {
      EXPECT_FALSE(found(f.contents, "\\sstyle\\s*=")) << "style attribute";
    }
  }
  EXPECT_GT(templates, 40);
}

TEST(CspSources, ScriptsNeitherEvaluateTextNorWriteStyleAttributes) {
  int scripts = 0;
  for (const auto& f : web_files::files()) {
    if (!f.name.ends_with(".js")) continue;
    ++scripts;
    SCOPED_TRACE(std::string(f.name));
    EXPECT_FALSE(found(f.contents, "\\beval\\s*\\(|new\\s+Function\\s*\\(|setTimeout\\s*\\(\\s*['\"]"));
    EXPECT_FALSE(found(f.contents, "style\\s*=|setAttribute\\s*\\(\\s*['\"](style|on[a-z]+)['\"]"));
    EXPECT_FALSE(found(f.contents, "javascript:|\\son[a-z]+\\s*=\\s*['\"]"));
  }
  EXPECT_GE(scripts, 4);
}

}  // namespace
}  // namespace nok
