#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace nok {

// The five spheres of НОК (Федеральный закон № 392-ФЗ and the 344н methodology).
enum class Sphere { culture, health, education, social, mse };

// Stable exchange code: "culture", "health", "education", "social", "mse".
std::string_view code(Sphere s);
// Russian name for pages: «Культура», «Охрана здоровья», …
std::string_view title(Sphere s);
std::span<const Sphere> all_spheres();
// Accepts the code or the Russian name in any case («здравоохранение», «МСЭ», …).
std::optional<Sphere> parse_sphere(std::string_view text);

// Level of the founder: federal, regional or municipal.
enum class Level { federal, regional, municipal };

std::string_view code(Level l);
std::string_view title(Level l);
std::optional<Level> parse_level(std::string_view text);

}  // namespace nok
