#include "domain/registry/sphere.h"

#include <array>

#include "core/text.h"

namespace nok {
namespace {

struct SphereInfo {
  Sphere sphere;
  std::string_view code;
  std::string_view title;
  std::array<std::string_view, 4> aliases;  // folded Russian spellings seen in registries
};

constexpr std::array<SphereInfo, 5> kSpheres{{
    {Sphere::culture, "culture", "Культура", {"культура", "сфера культуры", "", ""}},
    {Sphere::health, "health", "Охрана здоровья", {"охрана здоровья", "здравоохранение", "медицина", ""}},
    {Sphere::education, "education", "Образование", {"образование", "сфера образования", "", ""}},
    {Sphere::social, "social", "Социальное обслуживание",
     {"социальное обслуживание", "социальная сфера", "соцобслуживание", ""}},
    {Sphere::mse, "mse", "Медико-социальная экспертиза",
     {"медико-социальная экспертиза", "мсэ", "федеральные учреждения мсэ", ""}},
}};

constexpr std::array<Sphere, 5> kAll{Sphere::culture, Sphere::health, Sphere::education, Sphere::social,
                                     Sphere::mse};

struct LevelInfo {
  Level level;
  std::string_view code;
  std::string_view title;
  std::string_view alias;
};

constexpr std::array<LevelInfo, 3> kLevels{{
    {Level::federal, "federal", "Федеральный", "федеральный"},
    {Level::regional, "regional", "Региональный", "региональный"},
    {Level::municipal, "municipal", "Муниципальный", "муниципальный"},
}};

}  // namespace

std::string_view code(Sphere s) { return kSpheres[static_cast<int>(s)].code; }
std::string_view title(Sphere s) { return kSpheres[static_cast<int>(s)].title; }
std::span<const Sphere> all_spheres() { return kAll; }

std::optional<Sphere> parse_sphere(std::string_view text) {
  const std::string folded = text::fold(text::trim(text));
  for (const auto& s : kSpheres) {
    if (folded == s.code) return s.sphere;
    for (auto alias : s.aliases)
      if (!alias.empty() && folded == alias) return s.sphere;
  }
  return std::nullopt;
}

std::string_view code(Level l) { return kLevels[static_cast<int>(l)].code; }
std::string_view title(Level l) { return kLevels[static_cast<int>(l)].title; }

std::optional<Level> parse_level(std::string_view text) {
  const std::string folded = text::fold(text::trim(text));
  for (const auto& l : kLevels)
    if (folded == l.code || folded == l.alias) return l.level;
  return std::nullopt;
}

}  // namespace nok
