#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// Names of the files people download (posters, archives, reports, exports): read as words,
// the same way everywhere. The HTTP header that carries one is http::content_disposition.
namespace nok {

// A part of a file name made from a title: its words of letters and digits (any script)
// joined by '-', ASCII punctuation and the marks « » — – № dropped, whole words up to
// `max_letters` letters (the first word always):
//   file_name_part("ГП № 25 г. Зеленодольск")                 == "ГП-25-г-Зеленодольск"
//   file_name_part("Министерство здравоохранения — Пензенская область", 30)
//                                                             == "Министерство-здравоохранения"
// Never holds a character a file system refuses (/ \ : * ? " < > |) or a control character.
std::string file_name_part(std::string_view title, std::size_t max_letters = 40);

// `utf8` in Latin letters for a client that reads only ASCII: Russian letters by the rules
// of the foreign passport (ж → zh, х → kh, ц → ts, щ → shch, ъ → ie, ю → iu, я → ia; ь goes),
// "№" as "N", printable ASCII kept, any other character '_':
//   latin_file_name("ГП-25-Зеленодольск-плакат-A4.pdf") == "GP-25-Zelenodolsk-plakat-A4.pdf"
std::string latin_file_name(std::string_view utf8);

}  // namespace nok
