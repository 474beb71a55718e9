// The Unified procedure of Приказ Минтруда № 344н (docs/domain.md#regulations), as operators
// apply it since 2019. Tags as in docs/methodology.md: [S] a document of docs/domain.md,
// [L] regulation wording, [P] public implementations, [C] this project's choice.
#include <stdexcept>

#include "domain/methodology/methodology.h"

namespace nok::methodology {
namespace {

using E = ExpertField;
using I = survey::Item;

std::vector<Indicator> indicators_344n() {
  auto share = [](I item) { return std::vector<Part>{SurveyShare{item}}; };
  auto points = [](E count, double per_item) { return std::vector<Part>{ExpertPoints{count, per_item, 100}}; };
  return {
      {"1.1", "П_инф", "Соответствие информации на стендах и сайте установленному перечню",  // [P]
       {ExpertRatio{E::info_stand, E::info_stand_required}, ExpertRatio{E::info_site, E::info_site_required}}, {}},
      {"1.2", "П_дист", "Наличие дистанционных способов взаимодействия", points(E::remote_channels, 30), {}},  // [P]
      {"1.3", "П_откр.уд", "Доля удовлетворённых открытостью и доступностью информации",  // [P]
       {SurveyShare{I::stand_ok}, SurveyShare{I::site_ok}}, {}},
      {"2.1", "П_комф.усл", "Обеспечение комфортных условий", points(E::comfort_conditions, 20), {}},  // [P]
      {"2.2", "П_ожид", "Время ожидания предоставления услуги",  // [P], the 80-point band [C]
       {SurveyShare{I::timely}, WaitingPoints{E::wait_days}}, {Sphere::health, Sphere::social}},
      {"2.3", "П_комф.уд", "Доля удовлетворённых комфортностью условий", share(I::comfort_ok), {}},
      {"3.1", "П_орг.дост", "Оборудование помещений для инвалидов", points(E::premises_access, 20), {}},
      {"3.2", "П_усл.дост", "Условия доступности услуг для инвалидов", points(E::service_access, 20), {}},
      {"3.3", "П_дост.уд", "Доля инвалидов, удовлетворённых доступностью", share(I::access_ok), {}},
      {"4.1", "П_перв.конт.уд", "Вежливость работников первичного контакта", share(I::contact_polite), {}},
      {"4.2", "П_оказ.уд", "Вежливость работников, оказывающих услугу", share(I::staff_polite), {}},
      {"4.3", "П_вежл.дист.уд", "Вежливость при дистанционном взаимодействии", share(I::remote_polite), {}},
      {"5.1", "П_реком", "Готовность рекомендовать организацию", share(I::recommend), {}},
      {"5.2", "П_орг.усл.уд", "Удовлетворённость организационными условиями", share(I::conditions_ok), {}},
      {"5.3", "П_уд", "Удовлетворённость условиями в целом", share(I::overall_ok), {}},
  };
}

Methodology make_344n() {
  Methodology m;
  m.id = "344n-2019";
  m.title = "Единый порядок расчета показателей (Приказ Минтруда России № 344н)";
  m.indicators = indicators_344n();
  auto terms = [&m](std::initializer_list<std::pair<std::string_view, double>> weights) {
    std::vector<Term> out;
    for (auto [id, weight] : weights) {
      auto index = m.indicator_index(id);
      if (!index) throw std::logic_error("methodology 344n: no indicator " + std::string(id));
      out.push_back({*index, weight});
    }
    return out;
  };
  m.criteria = {
      {"K1", "Открытость и доступность информации об организации", {terms({{"1.1", 0.3}, {"1.2", 0.3}, {"1.3", 0.4}})}},
      {"K2", "Комфортность условий предоставления услуг",
       {terms({{"2.1", 0.3}, {"2.2", 0.4}, {"2.3", 0.3}}), terms({{"2.1", 0.5}, {"2.3", 0.5}})}},
      {"K3", "Доступность услуг для инвалидов", {terms({{"3.1", 0.3}, {"3.2", 0.4}, {"3.3", 0.3}})}},
      {"K4", "Доброжелательность, вежливость работников", {terms({{"4.1", 0.4}, {"4.2", 0.4}, {"4.3", 0.2}})}},
      {"K5", "Удовлетворённость условиями оказания услуг", {terms({{"5.1", 0.3}, {"5.2", 0.2}, {"5.3", 0.5}})}},
  };
  m.waiting_bands = {{7, 100}, {9, 80}, {11, 60}, {12, 40}, {13, 20}};
  m.waiting_points_beyond = 10;
  m.missing_indicators = MissingIndicators::renormalise;  // [C]
  m.missing_parts = MissingParts::remaining;              // [C]
  m.sample = {0.4, 600, 0.2};                             // [C] 40 % capped at 600; [S] 20 % site and app (№ 777н)
  return m;
}

}  // namespace

const std::vector<Methodology>& methodologies() {
  static const std::vector<Methodology> all{make_344n()};
  return all;
}

}  // namespace nok::methodology
