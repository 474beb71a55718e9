#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "domain/methodology/methodology.h"

namespace nok::methodology {

// The text of another edition by its id: the methodology an edition extends, or a
// questionnaire it names; nullopt when unknown.
using EditionTexts = std::function<std::optional<std::string>(std::string_view id)>;

struct ReadMethodology {
  std::optional<Methodology> methodology;  // set exactly when `errors` is empty
  // The edition as one self-contained JSON text, its base merged in: what a database keeps,
  // so that a stored edition never changes with another.
  std::string resolved;
  Errors errors;  // each with the line and, in `column`, the field's JSON Pointer
};

// Reads a methodology edition file (docs/editions.md). An edition may extend another: it
// then replaces only the top-level members it names. Refused, with a complaint per fault:
// weights of a variant that do not sum to 1, a criterion naming an unknown indicator, an
// indicator in no criterion, an item or expert input the exchange format does not know, an
// unknown base or a cycle of bases, a questionnaire `others` does not know or that does not
// ask an item an indicator of its sphere reads, bands out of order, a sample rule out of range,
// and every fault JsonDocument reports (syntax, UTF-8, repeated keys, unknown keys).
ReadMethodology read_methodology(std::string_view text, const EditionTexts& others);

}  // namespace nok::methodology
