// The fixture and the baseline of the website-check benchmark (bench/website_check.sh).
//
//   nok_website_fixture sites DB_URL SITES PORT PUBLIC_URL DIR
//     Fills the database with a demo registry of SITES organisations, the website of number i
//     at http://127.1.(i / 250).(i % 250 + 1):PORT/ (an address of its own, so that the one
//     request at a time per host queues nothing), and writes each organisation's small school
//     site under DIR/sites/HOST/ (what nginx serves by the Host header), the files every site
//     shares under DIR/common/, DIR/expected.csv ("code,verdict", sorted) and DIR/requests.txt:
//     the URLs the checker must request, site after site, in its order.
//   nok_website_fixture fetch REQUESTS THREADS
//     The baseline: the same requests through the checker's fetcher (net::PageFetcher, one a
//     thread, one site at a time each), nothing parsed or decoded. Prints
//     "SITES REQUESTS BYTES SECONDS"; exits 1 when any request got no answer.
//
// The sites vary as real ones do (by the site's number, so the mix is the same every run):
// half show the QR code on the page of the НОК block, a fifth on the main page, a tenth only
// link to the organisation's page, one in twenty shows another organisation's code, a tenth
// have no block and one in twenty do not answer (no site in its directory: 404).
#include <cairo.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "app/demo/demo_registry.h"
#include "app/registry/reference_data.h"
#include "core/ip_network.h"
#include "net/page_fetch.h"
#include "print/qr_code.h"
#include "print/qr_render.h"
#include "print/target_url.h"
#include "store/sql/sql_store.h"

namespace {

namespace fs = std::filesystem;

enum class Kind { qr_on_block, qr_on_main, link_only, wrong_org, missing, unreachable };

Kind kind_of(std::size_t i) {
  const auto n = i % 20;
  return n < 10   ? Kind::qr_on_block
         : n < 14 ? Kind::qr_on_main
         : n < 16 ? Kind::link_only
         : n < 17 ? Kind::wrong_org
         : n < 19 ? Kind::missing
                  : Kind::unreachable;
}

const char* verdict_of(Kind kind) {
  switch (kind) {
    case Kind::qr_on_block:
    case Kind::qr_on_main:
      return "ok";
    case Kind::link_only:
      return "link_only";
    case Kind::wrong_org:
      return "wrong_org";
    case Kind::missing:
      return "missing";
    case Kind::unreachable:
      return "unreachable";
  }
  return "";
}

// What the checker asks a site for, path by path: robots.txt once, the main page, its images
// until a code of this organisation turns up (those that look like a QR code first), then the
// block's page and its images. The header's logo is on every page, but the checker reads an
// image once a visit.
std::vector<const char*> paths_of(Kind kind) {
  switch (kind) {
    case Kind::qr_on_block:
      return {"/robots.txt", "/", "/static/logo.png", "/nok.html", "/qr.png"};
    case Kind::qr_on_main:
      return {"/robots.txt", "/", "/qr.png"};
    case Kind::link_only:
      return {"/robots.txt", "/", "/static/logo.png", "/nok.html"};
    case Kind::wrong_org:
      return {"/robots.txt", "/", "/static/logo.png", "/nok.html", "/qr.png"};
    case Kind::missing:
      return {"/robots.txt", "/", "/static/logo.png"};
    case Kind::unreachable:
      return {"/robots.txt", "/"};
  }
  return {};
}

// A school's page: a header with the logo, the menu, the article, a side column and a footer,
// 2.5 to 3.5 KB of HTML.
std::string page(const std::string& code, const std::string& title, const std::string& menu_extra,
                 const std::string& article, const std::string& aside) {
  return "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
         " — МБОУ «Средняя общеобразовательная школа» " + code +
         "</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<style>body{font-family:Arial,sans-serif;margin:0}header{background:#1f4e79;color:#fff;padding:12px}"
         "nav a{color:#fff;margin-right:16px}main{display:flex}article{flex:3;padding:16px}aside{flex:1;padding:16px}"
         "footer{background:#eee;padding:12px;font-size:13px}</style>\n"
         "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n"
         "</head>\n<body>\n<header><a href=\"/\"><img src=\"/static/logo.png\" alt=\"Герб школы\" width=\"120\"></a>\n"
         "<h1>МБОУ «Средняя общеобразовательная школа» (" +
         code +
         ")</h1>\n<nav>\n"
         "<a href=\"/sveden/common/\">Сведения об образовательной организации</a>\n"
         "<a href=\"/news/\">Новости</a>\n<a href=\"/schedule/\">Расписание уроков</a>\n"
         "<a href=\"/parents/\">Родителям</a>\n<a href=\"/contacts/\">Контакты</a>\n" +
         menu_extra + "</nav></header>\n<main>\n<article>\n" + article + "</article>\n<aside>" + aside +
         "</aside>\n</main>\n"
         "<footer><p>Адрес: 000000, г. Энск, ул. Школьная, д. 1. Телефон приёмной: +7 (000) 000-00-00.</p>\n"
         "<p><a href=\"https://www.gosuslugi.ru/\">Госуслуги</a> · <a href=\"https://edu.gov.ru/\">Министерство "
         "просвещения</a> · <a href=\"/sveden/document/\">Документы</a> · <a href=\"/sitemap.xml\">Карта "
         "сайта</a></p>\n"
         "</footer>\n</body>\n</html>\n";
}

std::string news() {
  std::string out;
  for (const char* item :
       {"Торжественная линейка, посвящённая Дню знаний, прошла во дворе школы. Первоклассников поздравили "
        "директор, учителя и выпускники прошлых лет; родители могут посмотреть фотографии в разделе «Галерея».",
        "Началась запись в кружки и спортивные секции на новый учебный год: робототехника, шахматы, хор, "
        "волейбол и лёгкая атлетика. Заявление подаётся через портал Госуслуг или у классного руководителя.",
        "Школьный этап всероссийской олимпиады школьников пройдёт с 20 сентября по 25 октября. Расписание и "
        "требования к участникам опубликованы на сайте регионального центра одарённых детей.",
        "Напоминаем о правилах безопасного поведения на дороге: в рамках месячника безопасности инспекторы "
        "ГИБДД проведут занятия с учащимися начальной школы."})
    out += std::string("<section class=\"news\"><h2>Новости</h2><p>") + item +
           "</p><p><a href=\"/news/\">Подробнее</a></p></section>\n";
  return out;
}

const std::string kBlockLink = "<a href=\"/nok.html\">Независимая оценка качества</a>\n";
const std::string kQrImage = "<img src=\"/qr.png\" alt=\"QR-код: оцените качество услуг\" width=\"200\">";

std::string main_page(const std::string& code, Kind kind) {
  const std::string aside = kind == Kind::qr_on_main
                                ? "<h2>Оцените нашу школу</h2><a href=\"/nok.html\">" + kQrImage + "</a>"
                                : "<h2>Объявления</h2><p>Родительское собрание 15 сентября в 18:00.</p>";
  return page(code, "Главная", kind == Kind::missing ? "" : kBlockLink, news(), aside);
}

std::string block_page(const std::string& code, Kind kind, const std::string& public_url) {
  std::string body =
      "<h2>Независимая оценка качества условий осуществления образовательной деятельности</h2>\n"
      "<p>Независимая оценка качества проводится по инициативе общественного совета при органе "
      "управления образованием. Оценить условия оказания услуг может любой получатель услуг.</p>\n";
  body += kind == Kind::link_only
              ? "<p>Пройти анкетирование: <a href=\"" + nok::print::organisation_url(public_url, code) +
                    "\">страница "
                    "организации на сайте независимой оценки</a>.</p>\n"
              : "<p>Наведите камеру телефона на QR-код, чтобы пройти анкетирование:</p>\n<p>" + kQrImage + "</p>\n";
  return page(code, "Независимая оценка качества", kBlockLink, body,
              "<h2>Контакты</h2><p>Приёмная: +7 (000) 000-00-00</p>");
}

cairo_status_t append(void* out, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(out)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The school's emblem: a colour PNG with no code in it, as the header of every page shows it.
std::string logo_png() {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 240, 240);
  cairo_t* cr = cairo_create(surface);
  cairo_pattern_t* shade = cairo_pattern_create_radial(100, 90, 10, 120, 120, 120);
  cairo_pattern_add_color_stop_rgb(shade, 0, 0.95, 0.8, 0.2);
  cairo_pattern_add_color_stop_rgb(shade, 1, 0.12, 0.3, 0.47);
  cairo_arc(cr, 120, 120, 115, 0, 6.2832);
  cairo_set_source(cr, shade);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, 40);
  cairo_move_to(cr, 45, 135);
  cairo_show_text(cr, "ШКОЛА");
  std::string out;
  cairo_surface_write_to_png_stream(surface, append, &out);
  cairo_pattern_destroy(shade);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  return out;
}

// The PNG the organisation's cabinet offers for download (its defaults: 300 dpi, 40 mm).
std::string qr_png(const std::string& public_url, const std::string& code) {
  auto qr = nok::print::encode_qr(nok::print::organisation_url(public_url, code));
  auto png = qr ? nok::print::qr_png(*qr, 300, 40) : nok::Result<std::string>(qr.error());
  if (!png) throw std::runtime_error(png.error().message);
  return *png;
}

void write(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string host_of(const std::string& url) {
  const auto start = url.find("://") + 3;
  return url.substr(start, url.find_first_of(":/", start) - start);
}

int make_sites(const std::string& url, std::size_t count, const std::string& port, const std::string& public_url,
               const fs::path& dir) {
  auto store = nok::sql::open_sql_store(url, 2);
  store->migrate();
  nok::add_reference_data(*store);
  auto registry = nok::generate_demo_registry(count, 1, nok::known_regions());
  for (std::size_t i = 0; i < registry.size(); ++i)
    registry[i].website =
        "http://127.1." + std::to_string(i / 250) + "." + std::to_string(i % 250 + 1) + ":" + port + "/";
  (void)store->upsert_organisations(registry);
  fs::create_directories(dir / "common/static");
  write(dir / "common/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search\nSitemap: /sitemap.xml\n");
  write(dir / "common/static/logo.png", logo_png());
  std::ofstream requests(dir / "requests.txt");
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < registry.size(); ++i) {
    const auto& code = registry[i].code;
    const auto& website = registry[i].website;
    const Kind kind = kind_of(i);
    expected.push_back(code + "," + verdict_of(kind));
    const std::string origin = website.substr(0, website.find('/', website.find("://") + 3));
    for (const char* path : paths_of(kind)) requests << origin << path << "\n";
    if (kind == Kind::unreachable) continue;
    const fs::path site = dir / "sites" / host_of(website);
    fs::create_directories(site);
    write(site / "index.html", main_page(code, kind));
    if (kind != Kind::missing) write(site / "nok.html", block_page(code, kind, public_url));
    if (kind != Kind::link_only && kind != Kind::missing)
      write(site / "qr.png",
            qr_png(public_url, kind == Kind::wrong_org ? registry[(i + 1) % registry.size()].code : code));
  }
  std::sort(expected.begin(), expected.end());
  std::ofstream verdicts(dir / "expected.csv");
  for (const auto& line : expected) verdicts << line << "\n";
  return 0;
}

int fetch(const std::string& requests_file, unsigned threads) {
  std::vector<std::vector<std::string>> sites;  // consecutive URLs of one host
  std::ifstream in(requests_file);
  std::size_t requests = 0;
  for (std::string url; std::getline(in, url); ++requests) {
    if (sites.empty() || host_of(sites.back().front()) != host_of(url)) sites.emplace_back();
    sites.back().push_back(std::move(url));
  }
  nok::net::FetchPolicy policy;
  policy.allowed_networks = *nok::parse_networks("127.0.0.0/8");
  std::atomic<std::size_t> next{0}, bytes{0}, faults{0};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t)
    workers.emplace_back([&] {
      nok::net::PageFetcher fetcher(policy);
      for (std::size_t i; (i = next++) < sites.size();)
        for (const auto& url : sites[i]) {
          const auto got = fetcher.get(url);
          bytes += got.body.size();
          faults += !got.ok();
        }
    });
  for (auto& worker : workers) worker.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << sites.size() << " " << requests << " " << bytes << " " << seconds << "\n";
  if (faults > 0) std::cerr << faults << " requests got no answer\n";
  return faults > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 6 && args[0] == "sites")
    return make_sites(args[1], std::stoul(args[2]), args[3], args[4], args[5]);
  if (args.size() == 3 && args[0] == "fetch") return fetch(args[1], static_cast<unsigned>(std::stoul(args[2])));
  std::cerr << "usage: nok_website_fixture sites DB_URL SITES PORT PUBLIC_URL DIR | fetch REQUESTS THREADS\n";
  return 2;
}
