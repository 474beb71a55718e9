#pragma once
#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

#include "domain/plans/plan.h"

namespace nok::web {

// A plan's items grouped by criteria I–V, as the ПП РФ № 457 form lays them out: one
// section per criterion that has items ({roman, title, items}); `row` renders an item.
template <class Item, class Criterion, class Row>
kainjow::mustache::list plan_sections(const std::vector<Item>& items, Criterion criterion_of, Row row) {
  kainjow::mustache::list sections;
  for (int c = 1; c <= plans::kCriteria; ++c) {
    kainjow::mustache::list rows;
    for (const auto& item : items)
      if (criterion_of(item) == c) rows.push_back(row(item));
    if (!rows.empty())
      sections.push_back(kainjow::mustache::object{{"roman", std::string(plans::roman(c))},
                                                   {"title", plans::criterion_title(c)},
                                                   {"items", rows}});
  }
  return sections;
}

}  // namespace nok::web
