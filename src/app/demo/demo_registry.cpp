#include "app/demo/demo_registry.h"

#include <array>
#include <set>
#include <string>
#include <string_view>

#include "app/demo/random.h"

namespace nok {
namespace {

using demo::Random;

struct Kind {
  Sphere sphere;
  Level level;
  std::string_view full;   // "%N" → a number, "%T" → a town, "%P" → a person's name
  std::string_view brief;
  std::int64_t min_recipients, max_recipients;
  int weight;               // relative frequency in the registry
};

constexpr std::array<Kind, 14> kKinds{{
    {Sphere::education, Level::municipal,
     "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № %N» г. %T",
     "МБОУ СОШ № %N г. %T", 300, 1500, 22},
    {Sphere::education, Level::municipal,
     "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № %N» г. %T",
     "МБДОУ детский сад № %N г. %T", 80, 350, 20},
    {Sphere::education, Level::municipal,
     "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества» г. %T",
     "МБУ ДО ДДТ г. %T", 300, 2500, 4},
    {Sphere::education, Level::regional,
     "Государственное бюджетное профессиональное образовательное учреждение «%T колледж имени %P»",
     "ГБПОУ «%T колледж»", 400, 3000, 3},
    {Sphere::health, Level::regional, "Государственное бюджетное учреждение здравоохранения «Городская поликлиника № %N» г. %T",
     "ГБУЗ «ГП № %N» г. %T", 8000, 80000, 8},
    {Sphere::health, Level::regional, "Государственное бюджетное учреждение здравоохранения «%T центральная районная больница»",
     "ГБУЗ «%T ЦРБ»", 10000, 60000, 5},
    {Sphere::health, Level::regional, "Государственное автономное учреждение здравоохранения «Стоматологическая поликлиника № %N» г. %T",
     "ГАУЗ «СП № %N» г. %T", 5000, 30000, 2},
    {Sphere::culture, Level::municipal, "Муниципальное бюджетное учреждение культуры «Центральная библиотека имени %P» г. %T",
     "МБУК «ЦБ им. %P» г. %T", 3000, 40000, 7},
    {Sphere::culture, Level::municipal, "Муниципальное бюджетное учреждение культуры «Дом культуры «%T»»",
     "МБУК ДК «%T»", 2000, 30000, 6},
    {Sphere::culture, Level::regional, "Государственное бюджетное учреждение культуры «%T краеведческий музей»",
     "ГБУК «%T краеведческий музей»", 5000, 90000, 3},
    {Sphere::social, Level::regional,
     "Государственное бюджетное учреждение социального обслуживания «Комплексный центр социального обслуживания населения г. %T»",
     "ГБУ СО «КЦСОН г. %T»", 500, 6000, 8},
    {Sphere::social, Level::regional,
     "Государственное бюджетное стационарное учреждение социального обслуживания «%T дом-интернат для престарелых и инвалидов»",
     "ГБСУ СО «%T ДИПИ»", 60, 400, 3},
    {Sphere::social, Level::regional,
     "Государственное казённое учреждение социального обслуживания «Социально-реабилитационный центр для несовершеннолетних г. %T»",
     "ГКУ СО «СРЦН г. %T»", 50, 500, 2},
    {Sphere::mse, Level::federal,
     "Бюро медико-социальной экспертизы № %N — филиал ФКУ «Главное бюро медико-социальной экспертизы», г. %T",
     "Бюро МСЭ № %N, г. %T", 1500, 12000, 2},
}};

constexpr std::array<std::string_view, 40> kTowns{
    "Заречный", "Светлогорск", "Лесной", "Озёрск", "Солнечногорск", "Приволжск", "Северск", "Береговой",
    "Каменск", "Новоселье", "Красногорск", "Зеленодольск", "Ясногорск", "Белозерск", "Верхнеречье", "Горный",
    "Дубравный", "Ельнинск", "Жуковка", "Звенигово", "Ивантеевка", "Калиновка", "Липецкое", "Медногорск",
    "Никольск", "Ольховка", "Первомайск", "Рощино", "Сосновый Бор", "Троицк", "Узловая", "Фёдоровка",
    "Черёмушки", "Шатурск", "Южноуральск", "Яблоновский", "Алексеевка", "Боровск", "Велиж", "Гагаринск"};

constexpr std::array<std::string_view, 16> kPeople{
    "А. С. Пушкина", "Л. Н. Толстого", "М. Ю. Лермонтова", "А. П. Чехова", "Н. В. Гоголя", "И. С. Тургенева",
    "Ф. М. Достоевского", "М. В. Ломоносова", "С. А. Есенина", "А. А. Блока", "К. Д. Ушинского", "Н. А. Некрасова",
    "Д. И. Менделеева", "И. А. Крылова", "В. Г. Короленко", "А. М. Горького"};

constexpr std::array<std::string_view, 20> kStreets{
    "ул. Ленина", "ул. Мира", "ул. Советская", "ул. Школьная", "ул. Садовая", "ул. Молодёжная", "ул. Гагарина",
    "ул. Пушкина", "ул. Центральная", "ул. Лесная", "пр-т Победы", "ул. Набережная", "ул. Строителей",
    "ул. Кирова", "ул. Комсомольская", "ул. Заводская", "ул. Октябрьская", "пер. Почтовый", "ул. Полевая",
    "ул. Новая"};

constexpr std::string_view kCodeAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";  // no 0/o, 1/l/i

std::string fill(std::string_view pattern, std::string_view number, std::string_view town, std::string_view person) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size()) {
      char k = pattern[i + 1];
      if (k == 'N') { out += number; ++i; continue; }
      if (k == 'T') { out += town; ++i; continue; }
      if (k == 'P') { out += person; ++i; continue; }
    }
    out += pattern[i];
  }
  return out;
}

// A ten-digit ИНН of a legal entity registered in `region` with a correct check digit.
std::string legal_inn(Random& rnd, std::string_view region) {
  std::string inn(region);
  inn += std::to_string(rnd.between(10, 99));
  for (int i = 0; i < 5; ++i) inn += static_cast<char>('0' + rnd.below(10));
  static constexpr std::array<int, 9> weights{2, 4, 10, 3, 5, 9, 4, 6, 8};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (inn[i] - '0') * weights[i];
  inn += static_cast<char>('0' + sum % 11 % 10);
  return inn;
}

std::string authority_name(const Kind& kind, std::string_view region, std::string_view town) {
  switch (kind.sphere) {
    case Sphere::education:
      return kind.level == Level::municipal ? "Управление образования администрации г. " + std::string(town) + " (" +
                                                  std::string(region) + ")"
                                            : "Министерство образования и науки — " + std::string(region);
    case Sphere::health: return "Министерство здравоохранения — " + std::string(region);
    case Sphere::culture:
      return kind.level == Level::municipal ? "Отдел культуры администрации г. " + std::string(town) + " (" +
                                                  std::string(region) + ")"
                                            : "Министерство культуры — " + std::string(region);
    case Sphere::social: return "Министерство социальной защиты населения — " + std::string(region);
    case Sphere::mse: return "Министерство труда и социальной защиты Российской Федерации";
  }
  return {};
}

}  // namespace

std::vector<Organisation> generate_demo_registry(std::size_t count, std::uint64_t seed,
                                                 const std::vector<Region>& regions) {
  Random rnd(seed);
  int total_weight = 0;
  for (const auto& k : kKinds) total_weight += k.weight;

  std::vector<Organisation> out;
  out.reserve(count);
  std::set<std::string> codes;
  while (out.size() < count) {
    int w = static_cast<int>(rnd.below(total_weight));
    const Kind* kind = &kKinds[0];
    for (const auto& k : kKinds)
      if ((w -= k.weight) < 0) { kind = &k; break; }

    const Region& region = regions[rnd.below(regions.size())];
    const std::string town(rnd.pick(kTowns));
    const std::string number = std::to_string(rnd.between(1, 120));
    const std::string person(rnd.pick(kPeople));

    Organisation o;
    do {
      o.code.clear();
      for (int i = 0; i < 7; ++i) o.code += kCodeAlphabet[rnd.below(kCodeAlphabet.size())];
    } while (!codes.insert(o.code).second);
    o.inn = legal_inn(rnd, region.code);
    o.full_name = fill(kind->full, number, town, person);
    o.short_name = fill(kind->brief, number, town, person);
    o.region_code = region.code;
    o.sphere = kind->sphere;
    o.level = kind->level;
    o.authority = authority_name(*kind, region.name, town);
    o.municipality = kind->level == Level::municipal ? "г. " + town : "";
    o.address = region.name + ", г. " + town + ", " + std::string(rnd.pick(kStreets)) + ", д. " +
                std::to_string(rnd.between(1, 150));
    o.website = "https://" + o.code + ".example";  // a reserved name (RFC 2606): the website checker reaches nobody
    o.recipients_per_year = rnd.between(kind->min_recipients, kind->max_recipients);
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace nok
