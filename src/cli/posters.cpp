#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/print/qr_activity.h"
#include "app/registry/reference_data.h"
#include "cli/common.h"
#include "cli/verbs.h"
#include "print/carriers.h"
#include "print/document.h"
#include "print/scan_distance.h"

namespace nok::cli {
namespace {

constexpr int kPageSize = 200;  // organisations fetched at a time for a region

// Fills the options from the flags, or says in Russian what is wrong with them.
Result<print::DocumentOptions> options_from(const po::variables_map& vm) {
  print::DocumentOptions options;
  options.public_url = public_url_from_env();
  auto kind = print::parse_document_kind(vm["format"].as<std::string>());
  if (!kind) return kind.error();
  options.kind = *kind;
  if (vm.count("distance") && vm.count("place")) return Error{"bad_flags", "укажите либо --distance, либо --place"};
  if (vm.count("distance")) {
    auto distance = print::parse_distance(vm["distance"].as<std::string>());
    if (!distance) return distance.error();
    options.distance_m = *distance;
  }
  if (vm.count("place")) {
    auto place = print::find_place_type(vm["place"].as<std::string>());
    if (!place) return place.error();
    options.distance_m = place->distance_m;
  }
  auto width = print::parse_ticket_width(vm["ticket-width"].as<std::string>());
  if (!width) return width.error();
  options.ticket_width_mm = *width;
  options.label_qr_side_mm = vm["label-size"].as<double>();

  std::string headline, body;
  if (vm.count("headline")) headline = vm["headline"].as<std::string>();
  if (vm.count("text-file")) {
    auto text = read_file(vm["text-file"].as<std::string>());
    if (!text) return Error{"bad_file", "не удалось открыть файл «" + vm["text-file"].as<std::string>() + "»"};
    body = *text;
  }
  auto text = print::poster_text(headline, body);
  if (!text) return text.error();
  options.text = std::move(*text);

  for (const auto& [flag, logo] :
       {std::pair{"org-logo", &options.organisation_logo}, std::pair{"authority-logo", &options.authority_logo}}) {
    if (!vm.count(flag)) continue;
    const auto path = vm[flag].as<std::string>();
    auto bytes = read_file(path);
    if (!bytes) return Error{"bad_file", "не удалось открыть файл «" + path + "»"};
    auto loaded = print::Logo::from_bytes(*bytes);
    if (!loaded) return Error{loaded.error().code, path + ": " + loaded.error().message};
    *logo = std::make_shared<const print::Logo>(std::move(*loaded));
  }
  if (vm.count("placement")) {
    auto placement = print::parse_placement_id(vm["placement"].as<std::string>());
    if (!placement) return placement.error();
    options.placement = *placement;
  }
  return options;
}

bool write_file(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out.flush());
}

int one_organisation(Store& store, const std::string& code, const print::DocumentOptions& options,
                     const std::filesystem::path& dir) {
  auto organisation = store.find_organisation(code);
  if (!organisation) {
    std::cerr << "ошибка: организации с кодом «" << code << "» нет в реестре\n";
    return 1;
  }
  if (auto active = check_qr_active(store, *organisation); !active) {
    std::cerr << "ошибка: " << active.error().message << "\n";
    return 1;
  }
  auto document = print::render_document(*organisation, options);
  if (!document) {
    std::cerr << "ошибка: " << document.error().message << "\n";
    return 1;
  }
  const auto path = dir / document->file_name;
  if (!write_file(path, document->bytes)) {
    std::cerr << "ошибка: не удалось записать «" << path.string() << "»\n";
    return 1;
  }
  std::cout << path.string() << "\n";
  return 0;
}

// A region goes into one ZIP written as it is rendered: memory stays flat for any size.
int region(Store& store, const std::string& region_code, const std::string& format,
           const print::DocumentOptions& options, const std::filesystem::path& dir) {
  bool known = false;
  for (const auto& r : known_regions()) known = known || r.code == region_code;
  if (!known) {
    std::cerr << "ошибка: региона с кодом «" << region_code << "» нет в справочнике\n";
    return 2;
  }
  const auto path = dir / ("posters-" + region_code + "-" + format + ".zip");
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    std::cerr << "ошибка: не удалось создать «" << path.string() << "»\n";
    return 1;
  }
  // Pages of the region's organisations, without those outside this year's assessment.
  OrganisationQuery query{.region_code = region_code, .limit = kPageSize, .offset = 0};
  std::int64_t total = 0;
  std::size_t skipped = 0;
  auto next_page = [&] {
    std::vector<Organisation> active;
    while (active.empty()) {
      auto page = store.search_organisations(query);
      total = page.total;
      query.offset += kPageSize;
      if (page.items.empty()) break;
      for (auto& o : page.items) {
        if (check_qr_active(store, o)) active.push_back(std::move(o));
        else ++skipped;
      }
    }
    return active;
  };
  print::ZipWriter zip(
      [&out](std::string_view bytes) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
  auto written = print::write_bundle(zip, next_page, options, [&](std::size_t done) {
    if (done % 100 == 0) std::cerr << "\r" << done + skipped << " / " << total << std::flush;
  });
  std::cerr << "\n";
  if (!written || !out.flush()) {
    std::cerr << "ошибка: " << (written ? "не удалось записать «" + path.string() + "»" : written.error().message)
              << "\n";
    out.close();
    std::filesystem::remove(path);
    return 1;
  }
  std::cout << path.string() << ": " << *written << " files, " << zip.bytes_written() << " bytes; " << skipped
            << " organisations not assessed this year skipped\n";
  return 0;
}

}  // namespace

int posters(int argc, char** argv) {
  po::options_description options("posters");
  add_db_option(options);
  options.add_options()("org", po::value<std::string>(), "organisation code")(
      "region", po::value<std::string>(), "region code (two digits): every organisation, into one ZIP")(
      "format", po::value<std::string>()->default_value("a4"), "a4 | a3 (posters), labels (A4 sheet), ticket, leaflet (A5)")(
      "out", po::value<std::string>()->required(), "directory to write into (created if missing)")(
      "distance", po::value<std::string>(), "posters: scanning distance in metres (QR side = 1/10)")(
      "place", po::value<std::string>(), "posters: place type instead of a distance (entrance, reception, …)")(
      "ticket-width", po::value<std::string>()->default_value("58"), "ticket: paper width, 58 or 80 mm")(
      "label-size", po::value<double>()->default_value(print::kDefaultLabelQrMm), "labels: QR side in mm, 32 to 80")(
      "org-logo", po::value<std::string>(), "posters: the organisation's logo, PNG or SVG")(
      "authority-logo", po::value<std::string>(), "posters: the authority's logo, PNG or SVG")(
      "headline", po::value<std::string>(), "posters: headline instead of «ВАМ У НАС ПОНРАВИЛОСЬ?»")(
      "text-file", po::value<std::string>(), "posters: UTF-8 text instead of the model text ('- ' for items)")(
      "placement", po::value<std::string>(), "with --org: registered placement id, added to the QR as ?p=");
  int exit_code = 0;
  auto vm = parse(argc, argv, options,
                  "nok posters --org CODE|--region R [--format a4|a3|labels|ticket|leaflet] --out DIR [--db URL]", exit_code);
  if (!vm) return exit_code;
  if (vm->count("org") == vm->count("region")) {
    std::cerr << "ошибка: укажите ровно одно из --org и --region\n";
    return 2;
  }
  if (vm->count("region") && vm->count("org-logo")) {
    std::cerr << "ошибка: --org-logo — логотип одной организации, для региона он не подходит\n";
    return 2;
  }
  auto print_options = options_from(*vm);
  if (!print_options) {
    std::cerr << "ошибка: " << print_options.error().message << "\n";
    return 2;
  }
  const std::filesystem::path dir = (*vm)["out"].as<std::string>();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "ошибка: не удалось создать каталог «" << dir.string() << "»\n";
    return 1;
  }
  auto stores = open_prepared_stores(*vm, 1);
  auto& store = *stores->main;
  if (vm->count("org")) return one_organisation(store, (*vm)["org"].as<std::string>(), *print_options, dir);
  return region(store, (*vm)["region"].as<std::string>(), (*vm)["format"].as<std::string>(), *print_options, dir);
}

}  // namespace nok::cli
