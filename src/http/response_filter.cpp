#include "http/response_filter.h"

#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "core/text.h"
#include "http/gzip.h"

namespace nok::http {
namespace {

// Kept bodies are compressed harder (once each); personal ones faster (on every request).
constexpr int kKeptLevel = 6;
constexpr int kPersonalLevel = 1;

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

std::string* find_header(Response& response, std::string_view name) {
  for (auto& [k, v] : response.headers)
    if (same_name(k, name)) return &v;
  return nullptr;
}

// Whether an answer may be kept by a cache, and so by ours.
bool storable(Response& response) {
  const auto* cache_control = find_header(response, "Cache-Control");
  return response.status == 200 && find_header(response, "Set-Cookie") == nullptr &&
         (cache_control == nullptr || cache_control->find("no-store") == std::string::npos);
}

void add_vary(Response& response) {
  if (auto* vary = find_header(response, "Vary")) {
    if (vary->find("Accept-Encoding") == std::string::npos) *vary += ", Accept-Encoding";
  } else {
    response.headers.emplace_back("Vary", "Accept-Encoding");
  }
}

struct BodyKey {
  std::size_t hash = 0;
  std::size_t size = 0;
  bool operator==(const BodyKey&) const = default;
};

struct BodyKeyHash {
  std::size_t operator()(const BodyKey& k) const { return k.hash ^ (k.size * 0x9E3779B97F4A7C15ull); }
};

BodyKey key_of(std::string_view body) { return {std::hash<std::string_view>{}(body), body.size()}; }

std::string hex(std::size_t n);

// "\"3f2a…-1a4b\"", and "-gz" before the closing quote for the gzip representation.
std::string tag_of(const BodyKey& key, bool gzipped) {
  return "\"" + hex(key.hash) + "-" + hex(key.size) + (gzipped ? "-gz" : "") + "\"";
}

std::string hex(std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  do {
    out.insert(out.begin(), kDigits[n & 15]);
    n >>= 4;
  } while (n != 0);
  return out;
}

// Whether `body` of `content_type` is worth compressing, whoever asks.
bool worth_compressing(std::string_view content_type, std::string_view body) {
  return compressible(content_type) && body.size() >= ResponseFilter::kMinCompressed;
}

// Sends the kept body's form the request asks for: the plain bytes, or their gzip; 304 when
// the request already has it.
void send_kept(const Request& request, Response& response, const KeptBody& kept) {
  const bool gzipped = !kept.gzipped.empty();
  if (gzipped) add_vary(response);
  const bool compress = gzipped && find_header(response, "Content-Encoding") == nullptr && accepts_gzip(request);
  if (storable(response)) {
    const auto& tag = compress ? kept.gzipped_tag : kept.tag;
    response.headers.emplace_back("ETag", tag);
    if (none_match(request, tag)) {
      response.status = 304;
      return;
    }
  }
  response.kept_bytes = compress ? kept.gzipped : kept.plain;
  if (compress) response.headers.emplace_back("Content-Encoding", "gzip");
}

}  // namespace

// Compressed bodies by their plain bytes' hash and size; the oldest goes first when full.
struct ResponseFilter::Cache {
  explicit Cache(std::size_t capacity) : capacity(capacity) {}

  std::shared_ptr<const std::string> find(const BodyKey& key) {
    std::lock_guard lock(mutex);
    const auto it = bodies.find(key);
    return it == bodies.end() ? nullptr : it->second;
  }

  void keep(const BodyKey& key, std::shared_ptr<const std::string> compressed) {
    if (capacity == 0) return;
    std::lock_guard lock(mutex);
    if (!bodies.emplace(key, std::move(compressed)).second) return;
    order.push_back(key);
    if (order.size() > capacity) {
      bodies.erase(order.front());
      order.pop_front();
    }
  }

  const std::size_t capacity;
  std::mutex mutex;
  std::unordered_map<BodyKey, std::shared_ptr<const std::string>, BodyKeyHash> bodies;
  std::deque<BodyKey> order;
};

ResponseFilter::ResponseFilter(std::size_t cached_bodies) : cache_(std::make_shared<Cache>(cached_bodies)) {}

void ResponseFilter::operator()(const Request& request, Response& response) const {
  if (response.stream) return;
  if (response.kept) return send_kept(request, response, *response.kept);
  const bool keep = storable(response);
  const bool encoded = find_header(response, "Content-Encoding") != nullptr;
  const bool compress_type = !encoded && worth_compressing(response.content_type, response.body);
  if (compress_type) add_vary(response);
  const bool compress = compress_type && accepts_gzip(request);

  std::optional<BodyKey> key;  // the plain bytes' hash, computed once: it names the tag and the kept gzip
  if (keep) {
    std::string tag;
    if (auto* own = find_header(response, "ETag")) {
      // The handler's tag names its plain bytes; their gzip is another representation.
      if (compress && own->size() >= 2 && own->back() == '"') own->insert(own->size() - 1, "-gz");
      tag = *own;
    } else {
      key = key_of(response.body);
      tag = tag_of(*key, compress);
      response.headers.emplace_back("ETag", tag);
    }
    if (none_match(request, tag)) {
      response.status = 304;
      response.body.clear();
      return;
    }
  }
  if (!compress) return;
  if (keep) {
    if (!key) key = key_of(response.body);
    auto compressed = cache_->find(*key);
    if (!compressed) {
      compressed = std::make_shared<const std::string>(gzip(response.body, kKeptLevel));
      cache_->keep(*key, compressed);
    }
    response.body.assign(*compressed);  // into the plain body's buffer: no allocation
  } else {
    response.body = gzip(response.body, kPersonalLevel);
  }
  response.headers.emplace_back("Content-Encoding", "gzip");
}

std::shared_ptr<const KeptBody> keep_body(std::string plain, std::string_view content_type) {
  const auto key = key_of(plain);
  auto kept = std::make_shared<KeptBody>();
  if (worth_compressing(content_type, plain)) kept->gzipped = gzip(plain, kKeptLevel);
  kept->tag = tag_of(key, false);
  kept->gzipped_tag = tag_of(key, true);
  kept->plain = std::move(plain);
  return kept;
}

std::string entity_tag(std::string_view body, bool gzipped) { return tag_of(key_of(body), gzipped); }

bool none_match(const Request& request, std::string_view tag) {
  for (auto item : text::split(request.header("if-none-match"), ',')) {
    auto candidate = text::trim(item);
    if (candidate == "*") return true;
    if (candidate.starts_with("W/")) candidate.remove_prefix(2);
    if (candidate == tag) return true;
  }
  return false;
}

}  // namespace nok::http
