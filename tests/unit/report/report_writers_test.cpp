// The three writers on hand-built reports (no project): PDF page layout, contents and page
// numbers read back with poppler, HTML escaping and self-containment, the ODT archive.

#include <gtest/gtest.h>

#include <cpl_vsi.h>

#include <QGuiApplication>
#include <QXmlStreamReader>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/error.h"
#include "report/report_texts.h"
#include "report/report_writers.h"
#include "support/cli_runner.h"

namespace rrw::report {

namespace {

using test::runProgram;
using test::ScratchDir;

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool havePoppler() {
    return std::system("command -v pdftotext >/dev/null 2>&1") == 0;
}

/// Three sections; the second holds a table far longer than a page.
Report sample() {
    Report r;
    r.titlePage.title = QStringLiteral("Testbericht – Zkušební zpráva");
    r.titlePage.lines = {QStringLiteral("Příliš žluťoučký kůň úpěl ďábelské ódy"),
                         QStringLiteral("Größenänderung")};
    r.shortTitle = QStringLiteral("Testbericht");
    r.texts = {QStringLiteral("Inhalt"), QStringLiteral("Seite {1} von {2}"),
               QStringLiteral("Keine Einträge.")};
    Section a;
    a.heading = QStringLiteral("Erster Abschnitt");
    a.blocks.emplace_back(Paragraph{QStringLiteral("Text <b>&amp; mehr</b>"), Lang::De, false});
    Chart chart;
    chart.title = QStringLiteral("Balken");
    chart.categories = {QStringLiteral("Cheb"), QStringLiteral("Hof")};
    chart.series = {{QStringLiteral("A"), {1.5, 3.0}}};
    a.blocks.emplace_back(chart);
    Section b;
    b.heading = QStringLiteral("Lange Tabelle");
    Table t;
    t.header = {QStringLiteral("Nr."), QStringLiteral("Name"), QStringLiteral("Wert")};
    t.numeric = {true, false, true};
    for (int i = 1; i <= 150; ++i) {
        t.rows.push_back({QString::number(i), QStringLiteral("Zeile %1").arg(i),
                          QString::number(i * 1.5, 'f', 1)});
    }
    t.caption = QStringLiteral("Quelle: Test, 2026");
    b.blocks.emplace_back(t);
    b.blocks.emplace_back(Subheading{QStringLiteral("Unterabschnitt")});
    Section c;
    c.heading = QStringLiteral("Dritter Abschnitt");
    c.blocks.emplace_back(Table{{QStringLiteral("leer")}, {}, {}, {}, {}});
    r.sections = {a, b, c};
    return r;
}

/// The first page after the title page and the contents (pages 1 and 2) whose text has
/// `needle` at the start of a line; 0 if none.
int pageOf(const std::string& pdf, int pages, const std::string& needle) {
    for (int p = 3; p <= pages; ++p) {
        const auto text =
            runProgram("pdftotext", {"-f", std::to_string(p), "-l", std::to_string(p), pdf, "-"})
                .out;
        if (text.rfind(needle, 0) == 0 || text.find("\n" + needle) != std::string::npos) {
            return p;
        }
    }
    return 0;
}

}  // namespace

TEST(ReportPdf, LongTablesBreakAndTheContentsHaveTheRightPages) {
    if (!havePoppler()) {
        GTEST_SKIP() << "poppler-utils not installed";
    }
    ScratchDir dir;
    const std::string out = dir.path("r.pdf");
    const WriteResult w = writePdf(sample(), out);
    EXPECT_EQ(w.tables, 2);
    EXPECT_EQ(w.charts, 1);
    EXPECT_GE(w.pages, 7);  // title, contents, section 1, at least 3 pages of table, section 3
    const std::string text = runProgram("pdftotext", {"-layout", out, "-"}).out;
    // Every page but the title page has "Seite x von N".
    const std::string total = std::to_string(w.pages);
    for (int p = 2; p <= w.pages; ++p) {
        EXPECT_NE(text.find("Seite " + std::to_string(p) + " von " + total), std::string::npos)
            << p;
    }
    EXPECT_EQ(text.find("Seite 1 von"), std::string::npos);
    // The table's header is repeated on every page it spans, its rows all there.
    const std::regex header(R"(Nr\.\s+Name\s+Wert)");
    const auto headers = std::distance(std::sregex_iterator(text.begin(), text.end(), header),
                                       std::sregex_iterator());
    EXPECT_GE(headers, 3);
    EXPECT_NE(text.find("Zeile 150"), std::string::npos);
    EXPECT_NE(text.find("Příliš žluťoučký kůň úpěl ďábelské ódy"), std::string::npos);
    // The contents list each heading with the page it is really on.
    for (const std::string heading :
         {"Erster Abschnitt", "Lange Tabelle", "Unterabschnitt", "Dritter Abschnitt"}) {
        const int page = pageOf(out, w.pages, heading);
        ASSERT_GT(page, 2) << heading;
        const std::regex entry(heading + R"([ .]+(\d+)\n)");
        std::smatch m;
        ASSERT_TRUE(std::regex_search(text, m, entry)) << heading;
        EXPECT_EQ(std::stoi(m[1]), page) << heading;
    }
}

TEST(ReportHtml, EscapesTextAndNeedsNothingOutside) {
    ScratchDir dir;
    const std::string out = dir.path("r.html");
    writeHtml(sample(), out);
    const std::string html = slurp(out);
    EXPECT_NE(html.find("Text &lt;b&gt;&amp;amp; mehr&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_NE(html.find("<p lang=\"de\""), std::string::npos);
    EXPECT_NE(html.find("<svg"), std::string::npos);  // the chart
    EXPECT_NE(html.find("<td class=\"num\">225.0</td>"), std::string::npos);
    EXPECT_NE(html.find("Keine Einträge."), std::string::npos);
    EXPECT_NE(html.find("href=\"#s3\""), std::string::npos);
    EXPECT_NE(html.find("id=\"s3\""), std::string::npos);
}

TEST(ReportOdt, WritesAnOpenDocumentWithTablesAndPictures) {
    ScratchDir dir;
    const std::string out = dir.path("r.odt");
    const WriteResult w = writeOdt(sample(), out);
    EXPECT_EQ(w.charts, 1);
    const std::string zip = slurp(out);
    ASSERT_GT(zip.size(), 64u);
    EXPECT_EQ(zip.substr(30, 8), "mimetype");
    EXPECT_EQ(zip.substr(28, 2), std::string("\0\0", 2));  // no extra field
    const auto member = [&](const std::string& name) {
        const std::string path = "/vsizip/{" + out + "}/" + name;
        VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
        std::string bytes;
        if (f != nullptr) {
            char buf[8192];
            std::size_t n = 0;
            while ((n = VSIFReadL(buf, 1, sizeof buf, f)) > 0) {
                bytes.append(buf, n);
            }
            VSIFCloseL(f);
        }
        return bytes;
    };
    const std::string content = member("content.xml");
    QXmlStreamReader reader(QByteArray::fromStdString(content));
    int rows = 0;
    int tables = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            rows += reader.name() == QStringLiteral("table-row") ? 1 : 0;
            tables += reader.name() == QStringLiteral("table") &&
                              reader.namespaceUri() ==
                                  QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0")
                          ? 1
                          : 0;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(tables, 2);
    EXPECT_EQ(rows, 1 + 150 + 1 + 1);  // header + rows, and the empty table's header + note
    EXPECT_EQ(member("Pictures/figure1.png").substr(1, 3), "PNG");
    EXPECT_NE(member("META-INF/manifest.xml").find("Pictures/figure1.png"), std::string::npos);
    EXPECT_NE(member("styles.xml").find("text:page-count"), std::string::npos);
}

TEST(ReportWriters, AnUnwritableFileIsNamed) {
    try {
        writePdf(sample(), "/nonexistent/dir/r.pdf");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(e.message().find("/nonexistent/dir/r.pdf"), std::string::npos);
    }
    EXPECT_THROW(writeOdt(sample(), "/nonexistent/dir/r.odt"), Error);
    EXPECT_THROW(writeHtml(sample(), "/nonexistent/dir/r.html"), Error);
}

TEST(ReportTexts, SpeakTheReportsLanguageWhateverTheProgramSpeaks) {
    render::MapLanguage cs;
    ASSERT_TRUE(render::MapLanguage::parse("cs", cs));
    const ReportTexts texts(cs);
    // The engine's catalog (context "rrw") in Czech, with no translator installed globally.
    EXPECT_EQ(texts.engineText(Lang::Cs, "inh/km²"), QStringLiteral("obyv./km²"));
    EXPECT_EQ(texts.engineText(Lang::De, "inh/km²"), QStringLiteral("Einw./km²"));
    EXPECT_EQ(texts.engineText(Lang::En, "inh/km²"), QStringLiteral("inh/km²"));
    // A key without a translation falls back to the English source, placeholders filled.
    EXPECT_EQ(
        texts.text(Lang::Cs, "no such key {1} {2}", {QStringLiteral("a"), QStringLiteral("b")}),
        QStringLiteral("no such key a b"));
    EXPECT_EQ(texts.number(1234.5, 1, Lang::De), QStringLiteral("1.234,5"));
    EXPECT_EQ(texts.number(1234.5, 1, Lang::Cs), QStringLiteral("1\u00a0234,5"));
    EXPECT_EQ(texts.number(std::nan(""), 1), QStringLiteral("\u2013"));
}

TEST(ReportTexts, GermanThenCzechWhenBilingual) {
    render::MapLanguage both;
    ASSERT_TRUE(render::MapLanguage::parse("de+cs", both));
    const ReportTexts texts(both);
    ASSERT_EQ(texts.languages(), (std::vector<Lang>{Lang::De, Lang::Cs}));
    const auto paragraphs = texts.paragraphs(
        "x {1}", [](Lang l) { return QStringList{QString::fromLatin1(langCode(l))}; });
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_EQ(paragraphs[0].text, QStringLiteral("x de"));
    EXPECT_EQ(paragraphs[0].lang, Lang::De);
    EXPECT_EQ(paragraphs[1].text, QStringLiteral("x cs"));
    EXPECT_EQ(paragraphs[1].lang, Lang::Cs);
    // Data: the official name first, the other language's after it where it differs.
    store::Region cheb;
    cheb.country = "CZ";
    cheb.name = "Cheb";
    cheb.nameCs = "Cheb";
    cheb.nameDe = "Eger";
    EXPECT_EQ(texts.regionName(cheb), QStringLiteral("Cheb / Eger"));
    store::Region hof;
    hof.country = "DE";
    hof.name = hof.nameDe = "Hof";
    hof.nameCs = "Hof";
    EXPECT_EQ(texts.regionName(hof), QStringLiteral("Hof"));
    EXPECT_EQ(texts.pick("Grenze", "Hranice", "Border"), QStringLiteral("Grenze / Hranice"));
}

}  // namespace rrw::report

int main(int argc, char** argv) {
    // Text layout needs fonts, i.e. a QGuiApplication; headless on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
