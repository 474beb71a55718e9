#include "domain/ratings/rating.h"

#include <array>

namespace nok::ratings {
namespace {

struct AspectInfo {
  Aspect aspect;
  std::string_view code;
  std::string_view title;
};

constexpr std::array<AspectInfo, kAspectCount> kAspects{{
    {Aspect::comfort, "comfort", "Комфорт и санитарно-гигиеническое состояние помещений"},
    {Aspect::politeness, "politeness", "Доброжелательность и вежливость работников"},
    {Aspect::information, "information", "Легкость получения информации о работе организации и ее точность"},
    {Aspect::booking, "booking", "Легкость записи для получения услуги и своевременность ее оказания"},
    {Aspect::accessibility, "accessibility", "Доступность для инвалидов"},
}};

constexpr std::array<Aspect, kAspectCount> kAll{Aspect::comfort, Aspect::politeness, Aspect::information,
                                                Aspect::booking, Aspect::accessibility};

constexpr std::array<std::string_view, kScaleMax> kScale{"неудовлетворительно", "ниже среднего", "удовлетворительно",
                                                         "хорошо", "отлично"};

constexpr std::array<std::string_view, 1> kRequired{"org"};

}  // namespace

std::string_view code(Aspect a) { return kAspects[static_cast<std::size_t>(a)].code; }
std::string_view title(Aspect a) { return kAspects[static_cast<std::size_t>(a)].title; }
std::span<const Aspect> all_aspects() { return kAll; }
std::string_view scale_label(int points) { return points >= 1 && points <= kScaleMax ? kScale[points - 1] : ""; }

ParsedRating parse_rating(Fields fields) {
  ParsedRating out;
  bool any = false;
  visit_fields(fields, kRequired, "rating", out.errors, [&](std::string_view key, std::string_view value) {
    if (key == "org") {
      return read_org_code("rating", value, out.rating.org, out.errors);
    }
    for (const auto& info : kAspects) {
      if (info.code != key) continue;
      if (value.empty()) return;
      if (value.size() != 1 || value[0] < '1' || value[0] > '0' + kScaleMax)
        return out.errors.push_back({"rating_bad_points", "оценка " + quoted(value) + " должна быть от 1 до 5", 0,
                                     std::string(key)});
      out.rating.points[static_cast<std::size_t>(info.aspect)] = static_cast<std::uint8_t>(value[0] - '0');
      any = true;
      return;
    }
    out.errors.push_back({"rating_unknown_key", "неизвестное поле оценки " + quoted(key), 0, std::string(key)});
  });
  if (!any) out.errors.push_back({"rating_empty", "не оценён ни один аспект", 0, ""});
  return out;
}

std::uint32_t RatingCounters::count(Aspect a) const {
  std::uint32_t n = 0;
  for (auto c : distribution(a)) n += c;
  return n;
}

std::optional<double> RatingCounters::average(Aspect a) const {
  std::uint64_t sum = 0;
  const auto& d = distribution(a);
  for (int p = 1; p <= kScaleMax; ++p) sum += static_cast<std::uint64_t>(p) * d[p - 1];
  const auto n = count(a);
  return n ? std::optional(static_cast<double>(sum) / n) : std::nullopt;
}

void RatingCounters::apply(const Rating& r, std::uint32_t delta) {
  for (std::size_t a = 0; a < kAspectCount; ++a)
    if (r.points[a]) counts_[a][*r.points[a] - 1] += delta;
}

}  // namespace nok::ratings
