#include "print/docx_package.h"

namespace nok::print::docx {
namespace {

constexpr std::string_view kDeclaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr std::string_view kMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string relationship(std::string_view id, std::string_view type, std::string_view target) {
  return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + std::string(kRelationshipTypes) +
         std::string(type) + "\" Target=\"" + std::string(target) + "\"/>";
}

}  // namespace

std::string content_types() {
  return std::string(kDeclaration) +
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
         R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
         R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
         R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
         "</Types>";
}

std::string package_relationships() {
  return std::string(kDeclaration) + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         relationship("rId1", "officeDocument", "word/document.xml") +
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
         "core-properties\" Target=\"docProps/core.xml\"/></Relationships>";
}

std::string document_relationships() {
  return std::string(kDeclaration) + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         relationship("rId1", "styles", "styles.xml") + relationship("rId2", "footer", "footer1.xml") +
         "</Relationships>";
}

std::string styles() {
  const auto fonts = [](std::string_view family) {
    const std::string f(family);
    return "<w:rFonts w:ascii=\"" + f + "\" w:hAnsi=\"" + f + "\" w:cs=\"" + f + "\" w:eastAsia=\"" + f + "\"/>";
  };
  const auto heading = [&](int level, int half_points) {
    const auto n = std::to_string(level);
    return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n +
           "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
           "<w:spacing w:before=\"" + std::to_string(360 - 60 * level) + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" +
           std::to_string(level - 1) + "\"/></w:pPr><w:rPr>" + fonts("PT Sans") + "<w:b/><w:sz w:val=\"" +
           std::to_string(half_points) + "\"/></w:rPr></w:style>";
  };
  return std::string(kDeclaration) + "<w:styles xmlns:w=\"" + std::string(kMain) + "\">" +
         "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("PT Serif") +
         R"(<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>)"
         R"(<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>)"
         R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>)" +
         heading(1, 32) + heading(2, 28) + heading(3, 24) +
         R"(<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>)" + fonts("PT Sans") +
         R"(<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>)"
         R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>)"
         R"(<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>)"
         R"(<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
         R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>)"
         R"(<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="555555"/>)"
         R"(<w:left w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="555555"/>)"
         R"(<w:right w:val="single" w:sz="4" w:space="0" w:color="555555"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="555555"/>)"
         R"(<w:insideV w:val="single" w:sz="4" w:space="0" w:color="555555"/></w:tblBorders>)"
         R"(<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/>)"
         R"(<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
         R"(<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>)"
         "</w:styles>";
}

std::string footer() {
  return std::string(kDeclaration) + "<w:ftr xmlns:w=\"" + std::string(kMain) + "\">" +
         R"(<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
         R"(<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
         R"(<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>)";
}

std::string core_properties(std::string_view escaped_title) {
  return std::string(kDeclaration) +
         R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties")"
         R"( xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>)" + std::string(escaped_title) +
         "</dc:title><dc:language>ru-RU</dc:language></cp:coreProperties>";
}

std::string section_properties() {
  return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"" + std::to_string(kPageWidth) +
         "\" w:h=\"" + std::to_string(kPageHeight) + "\"/><w:pgMar w:top=\"" + std::to_string(kMarginTop) +
         "\" w:right=\"" + std::to_string(kMarginRight) + "\" w:bottom=\"" + std::to_string(kMarginBottom) +
         "\" w:left=\"" + std::to_string(kMarginLeft) +
         "\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
}

}  // namespace nok::print::docx
