#pragma once
#include <boost/json/value.hpp>
#include <string>

namespace nok::http {

// The JSON text of `value`, compact, with every double as a plain decimal: the shortest
// digits that read back as the same double, without an exponent, and with a decimal point
// ("82.5", "0.1", "100.0").
// Boost.JSON 1.81 would write 8.25E1, which people and some tools misread. A non-finite
// double (which JSON cannot hold) is written as null. Every JSON answer of the site is
// written through this.
std::string json_text(const boost::json::value& value);

}  // namespace nok::http
