#include "core/json_document.h"

#include <algorithm>
#include <boost/json/stream_parser.hpp>
#include <set>
#include <vector>

#include "core/text.h"

namespace nok {
namespace {

int line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Walks text that Boost.JSON has accepted and notes where each value starts, by its JSON
// Pointer. Keys are taken as written (the files this reads use plain keys); a key repeated
// within one object is reported, since Boost.JSON would keep only one of them silently.
class LineScan {
 public:
  LineScan(std::string_view text, std::map<std::string, int>& lines, Errors& errors)
      : text_(text), lines_(lines), errors_(errors) {}

  void run() {
    State state = State::value;
    for (pos_ = 0; pos_ < text_.size(); ++pos_) {
      const char c = text_[pos_];
      if (c == '\n') ++line_;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
      state = step(state, c);
    }
  }

 private:
  enum class State { value, value_or_end, key, key_or_end, colon, after_value };
  struct Frame {
    bool object;
    std::string key;
    std::size_t index = 0;
    std::set<std::string> keys;
  };

  State step(State state, char c) {
    switch (state) {
      case State::value_or_end:
        if (c == ']') return close();
        [[fallthrough]];
      case State::value: return open_value(c);
      case State::key_or_end:
        if (c == '}') return close();
        [[fallthrough]];
      case State::key: {
        auto key = read_string();
        auto& top = frames_.back();
        if (!top.keys.insert(key).second)
          errors_.push_back({"json_duplicate_key", "ключ «" + key + "» повторяется", line_,
                             json_pointer(pointer(), key)});
        top.key = std::move(key);
        return State::colon;
      }
      case State::colon: return State::value;
      case State::after_value:
        if (frames_.empty()) return state;  // after the root: the parser has refused anything here
        if (c == ',') {
          if (frames_.back().object) return State::key;
          ++frames_.back().index;
          return State::value;
        }
        return close();
    }
    return state;
  }

  State open_value(char c) {
    lines_.emplace(pointer(), line_);
    if (c == '{') {
      frames_.push_back({true, "", 0, {}});
      return State::key_or_end;
    }
    if (c == '[') {
      frames_.push_back({false, "", 0, {}});
      return State::value_or_end;
    }
    if (c == '"') {
      read_string();
    } else {
      while (pos_ + 1 < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_ + 1]) == std::string_view::npos)
        ++pos_;
    }
    return State::after_value;
  }

  State close() {
    if (!frames_.empty()) frames_.pop_back();
    return State::after_value;
  }

  // From the opening quote at pos_ to the closing one; pos_ ends on the closing quote.
  std::string read_string() {
    std::string out;
    for (++pos_; pos_ < text_.size() && text_[pos_] != '"'; ++pos_) {
      if (text_[pos_] == '\\') out += text_[pos_++];
      out += text_[pos_];
    }
    return out;
  }

  std::string pointer() const {
    std::string out;
    for (const auto& f : frames_) out = f.object ? json_pointer(out, f.key) : json_pointer(out, f.index);
    return out;
  }

  std::string_view text_;
  std::map<std::string, int>& lines_;
  Errors& errors_;
  std::vector<Frame> frames_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

std::string_view kind_name(boost::json::kind k) {
  switch (k) {
    case boost::json::kind::string: return "строка";
    case boost::json::kind::object: return "объект";
    case boost::json::kind::array: return "список";
    case boost::json::kind::bool_: return "логическое значение";
    case boost::json::kind::null: return "null";
    default: return "число";
  }
}

}  // namespace

std::string json_pointer(const std::string& parent, std::string_view child) {
  return parent + "/" + std::string(child);
}

std::string json_pointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

JsonDocument::JsonDocument(std::string_view text) {
  if (!text::valid_utf8(text)) {
    errors_.push_back({"json_not_utf8", "файл не в кодировке UTF-8", 0, ""});
    return;
  }
  if (text.starts_with("\xEF\xBB\xBF")) {
    errors_.push_back({"json_bom", "файл начинается с метки порядка байтов (BOM): сохраните его в UTF-8 без BOM", 1, ""});
    return;
  }
  boost::json::stream_parser parser;
  boost::json::error_code ec;
  // write, not write_some: text after the root value is an error (extra_data), not ignored.
  const std::size_t consumed = parser.write(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    errors_.push_back({"json_syntax", "это не JSON: " + ec.message(), line_at(text, consumed), ""});
    return;
  }
  root_ = parser.release();
  LineScan(text, lines_, errors_).run();
  if (!errors_.empty()) root_ = nullptr;
}

void JsonDocument::fail(const std::string& pointer, std::string code, std::string message) {
  errors_.push_back({std::move(code), std::move(message), line_of(pointer), pointer});
}

int JsonDocument::line_of(const std::string& pointer) const {
  // A missing member is reported at its object, the nearest value that exists.
  for (std::string p = pointer;;) {
    if (auto it = lines_.find(p); it != lines_.end()) return it->second;
    const auto parent = p.rfind('/');
    if (p.empty() || parent == std::string::npos) return 0;
    p.resize(parent);
  }
}

const boost::json::value* JsonDocument::member(const boost::json::object& object, const std::string& pointer,
                                               std::string_view key, bool required, std::string_view wanted) {
  const auto at = json_pointer(pointer, key);
  const auto* found = object.if_contains(key);
  if (!found) {
    if (required) fail(at, "json_missing", "нет обязательного поля «" + std::string(key) + "»");
    return nullptr;
  }
  const bool fits = wanted == "число" ? found->is_number() : kind_name(found->kind()) == wanted;
  if (!fits) {
    fail(at, "json_type", "поле «" + std::string(key) + "» должно быть: " + std::string(wanted) + ", а не " +
                              std::string(kind_name(found->kind())));
    return nullptr;
  }
  return found;
}

std::optional<std::string> JsonDocument::string(const boost::json::object& object, const std::string& pointer,
                                                std::string_view key, bool required) {
  const auto* v = member(object, pointer, key, required, "строка");
  if (!v) return std::nullopt;
  return std::string(v->get_string());
}

std::optional<double> JsonDocument::number(const boost::json::object& object, const std::string& pointer,
                                           std::string_view key, bool required) {
  const auto* v = member(object, pointer, key, required, "число");
  if (!v) return std::nullopt;
  return v->to_number<double>();
}

const boost::json::object* JsonDocument::object(const boost::json::object& object, const std::string& pointer,
                                                std::string_view key, bool required) {
  const auto* v = member(object, pointer, key, required, "объект");
  return v ? &v->get_object() : nullptr;
}

const boost::json::array* JsonDocument::array(const boost::json::object& object, const std::string& pointer,
                                              std::string_view key, bool required) {
  const auto* v = member(object, pointer, key, required, "список");
  return v ? &v->get_array() : nullptr;
}

const boost::json::object* JsonDocument::as_object(const boost::json::value& value, const std::string& pointer) {
  if (value.is_object()) return &value.get_object();
  fail(pointer, "json_type", "здесь должен быть объект, а не " + std::string(kind_name(value.kind())));
  return nullptr;
}

void JsonDocument::refuse_unknown(const boost::json::object& object, const std::string& pointer,
                                  std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object)
    if (std::find(known.begin(), known.end(), std::string_view(key)) == known.end())
      fail(json_pointer(pointer, key), "json_unknown_key", "неизвестное поле «" + std::string(key) + "»");
}

}  // namespace nok
