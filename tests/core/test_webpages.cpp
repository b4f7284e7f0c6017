// SPDX-License-Identifier: GPL-3.0-or-later
// Reading real articles: web pages (an HTML5 parser, the article found, encodings, broken
// markup), their metadata, pages saved as MHTML, copied HTML, and PDFs; bad input of each
// kind refused with a message; and the score on the article-extraction benchmark.
#include "ingest/article.h"
#include "ingest/pdftext.h"
#include "ingest/web/htmlbytes.h"
#include "ingest/web/mhtml.h"
#include "ingest/web/pagemetadata.h"
#include "support/pagescore.h"
#include "support/scratchdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::ingest;

namespace {

Article page(const QByteArray &html, ArticleFormat format = ArticleFormat::Html) {
    auto a = articleFromBytes(html, QStringLiteral("page.html"), format);
    if (!a)
        qFatal("refused: %s", qPrintable(a.errorMessage()));
    return *a;
}

const QByteArray kParagraphs =
    "<p>OpenAI has agreed to purchase roughly $300 billion worth of compute power from Oracle "
    "over about five years, according to people familiar with the matter, in one of the "
    "largest cloud contracts ever signed.</p>"
    "<p>The contract, which would start in 2027, calls for 4.5 gigawatts of capacity, and it "
    "follows months of negotiations between the two companies, their advisers and lenders.</p>"
    "<p>Oracle shares rose sharply after the company disclosed, in a filing, that it had "
    "signed several large cloud agreements with a handful of customers this quarter.</p>";

} // namespace

class TestWebPages : public QObject {
    Q_OBJECT
    testing::ScratchDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return m_dir.write(name, bytes); }

private slots:
    void findsTheArticleAndDropsTheFurniture() {
        const Article a = page(
            "<!doctype html><html><head><title>Oracle lands OpenAI | TechWire</title>"
            "<style>p{}</style><script>var x = '<p>$5 billion</p>';</script></head><body>"
            "<nav><a href=/>Home</a> | <a href=/deals>Deals</a></nav>"
            "<div class=\"cookie-banner\">We use cookies. Subscribe for $1 a week, cancel "
            "anytime, with full access to every story.</div><!-- secret $3 billion -->"
            "<main><article><h1>Oracle lands OpenAI</h1>" +
            kParagraphs +
            "<h2>What it means</h2><ul><li>Oracle becomes a leading AI cloud.</li>"
            "<li>OpenAI spreads its compute over several providers.</li></ul>"
            "<blockquote>“This is a big one,” said an analyst, who asked not to be "
            "named.</blockquote>"
            "</article><aside class=related><h3>Related</h3><ul><li><a href=/a>Nvidia invests "
            "$100 billion</a></li><li><a href=/b>AMD signs a deal</a></li></ul></aside></main>"
            "<div class=\"newsletter-signup\">Get our newsletter: the week's deals for $0.</div>"
            "<footer>Copyright 2025 TechWire</footer></body></html>");
        QVERIFY(a.text.startsWith(QStringLiteral("OpenAI has agreed to purchase roughly $300")));
        QVERIFY(a.text.contains(QStringLiteral("\nWhat it means\nOracle becomes a leading AI "
                                               "cloud.\nOpenAI spreads")));
        QVERIFY(a.text.contains(QStringLiteral("“This is a big one,”")));
        for (const char *gone : {"$1 a week", "$5 billion", "$3 billion", "Home", "Related",
                                 "$100 billion", "newsletter", "Copyright", "Oracle lands"})
            QVERIFY2(!a.text.contains(QString::fromUtf8(gone)), gone);
        QCOMPARE(a.proposed.title, QStringLiteral("Oracle lands OpenAI"));
        QVERIFY(a.warnings.isEmpty());
    }

    void readsCharacterReferencesAndBrokenMarkupAsABrowserDoes() {
        const Article a =
            page("<body><p>Caf&eacute; &amp; co &mdash; &euro;5 &#x41;&#66; &bogus; &#0; &notit; "
                 "&Aring;ngstr&ouml;m, a paragraph long enough to count as an article.</p>"
                 "<p>One <b>bold <i>both</b> italic</i> end, and a second paragraph to keep."
                 "<div><p>Two, left open, <span>and never closed, as real pages are"
                 "<header>A header left open swallows nothing.</header><p>Three follows it.");
        QVERIFY2(a.text.contains(QStringLiteral("Café & co — €5 AB &bogus; \uFFFD ¬it; Ångström")),
                 qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("One bold both italic end")));
        QVERIFY(a.text.contains(QStringLiteral("Three follows it.")));
    }

    void decodesAsABrowserDoes() {
        using web::decodePage;
        // No declaration, not UTF-8: windows-1252 (€ is 0x80 there, not a C1 control).
        auto cp = decodePage("<p>Caf\xe9 \x80"
                             "5</p>",
                             QStringLiteral("p"), 1 << 20);
        QVERIFY(cp);
        QCOMPARE(cp->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(QString::fromUtf8(cp->utf8), QStringLiteral("<p>Café €5</p>"));
        // iso-8859-1 declared means windows-1252 in HTML.
        auto latin = decodePage("<meta charset=\"ISO-8859-1\"><p>\x93quoted\x94</p>",
                                QStringLiteral("p"), 1 << 20);
        QVERIFY(latin);
        QVERIFY(QString::fromUtf8(latin->utf8).contains(QStringLiteral("“quoted”")));
        auto equiv = decodePage("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                                "charset=windows-1252\"><p>na\xefve</p>",
                                QStringLiteral("p"), 1 << 20);
        QVERIFY(QString::fromUtf8(equiv->utf8).contains(QStringLiteral("naïve")));
        // A mark wins over the declaration; UTF-16 is read by its mark.
        auto bom = decodePage("\xEF\xBB\xBF<meta charset=windows-1252><p>\xC3\xA9</p>",
                              QStringLiteral("p"), 1 << 20);
        QCOMPARE(QString::fromUtf8(bom->utf8),
                 QStringLiteral("<meta charset=windows-1252><p>é</p>"));
        QByteArray utf16("\xFF\xFE");
        const QString text = QStringLiteral("<p>Zürich</p>");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        auto u16 = decodePage(utf16, QStringLiteral("p"), 1 << 20);
        QVERIFY(u16);
        QCOMPARE(QString::fromUtf8(u16->utf8), text);
        // What DealScope cannot read is said, and read as UTF-8.
        auto unknown =
            decodePage("<meta charset=x-bogus-42><p>ok</p>", QStringLiteral("p"), 1 << 20);
        QVERIFY(unknown);
        QCOMPARE(unknown->warnings.size(), 1);
        auto invalid =
            decodePage("<meta charset=utf-8><p>\xff ok</p>", QStringLiteral("p"), 1 << 20);
        QCOMPARE(invalid->warnings.size(), 1);
        QVERIFY(QString::fromUtf8(invalid->utf8).contains(QChar(QChar::ReplacementCharacter)));
    }

    void pathologicalPagesStayFastAndLoseNoText() {
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<div>";
        deep += "<p>OpenAI signed a $10 billion deal with Broadcom, the chipmaker said.</p>";
        QElapsedTimer timer;
        timer.start();
        const Article a = page(deep);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(a.text.contains(QStringLiteral("$10 billion deal with Broadcom")));
        QVERIFY(!a.warnings.isEmpty()); // the nesting was capped, and it says so
        // Formatting elements never closed, by the thousand.
        QByteArray bold;
        for (int i = 0; i < 50000; ++i)
            bold += "<b><i>x ";
        timer.restart();
        QVERIFY(articleFromBytes(bold, QStringLiteral("b.html"), ArticleFormat::Html));
        QVERIFY(timer.elapsed() < 5000);
        // Too large: a message, nothing read.
        const auto big = articleFromBytes(QByteArray(2048, 'a'), QStringLiteral("big.html"),
                                          ArticleFormat::Html, 1024);
        QVERIFY(!big);
        QVERIFY(big.errorMessage().contains(QStringLiteral("too large")));
        for (const QByteArray &broken :
             {QByteArray("<"), QByteArray("<p"), QByteArray("<script>never closed"),
              QByteArray("<!-- open comment"), QByteArray("<a href=\"x>y</a>"),
              QByteArray("<table><td>cell<tr><p>x</table></p>"), QByteArray("\xff\xfe\x00<")})
            (void)articleFromBytes(broken, QStringLiteral("b.html"), ArticleFormat::Html);
        const auto empty = articleFromBytes("<html><script>x</script><style>y</style></html>",
                                            QStringLiteral("e.html"), ArticleFormat::Html);
        QVERIFY(!empty);
        QVERIFY(empty.errorMessage().contains(QStringLiteral("no article text")));
    }

    void keepsTheVisibleTextWhenNoArticleStandsOut() {
        const Article a = page("<body><div>Deals</div><div>Nvidia: $5B</div><div>AMD: $3B</div>"
                               "<div>Updated daily</div></body>");
        QCOMPARE(a.text, QStringLiteral("Deals\nNvidia: $5B\nAMD: $3B\nUpdated daily"));
        QCOMPARE(a.warnings.size(), 1);
        QVERIFY(a.warnings.first().contains(QStringLiteral("visible text")));
    }

    void keepsAllOfACopiedSelection() {
        const Article a = page("<meta charset=utf-8><b>Nvidia</b> invests <a href=x>$5B</a> in "
                               "Intel.<br>Short line.<ul><li>one</li></ul>",
                               ArticleFormat::HtmlFragment);
        QCOMPARE(a.text, QStringLiteral("Nvidia invests $5B in Intel.\nShort line.\none"));
    }

    void readsThePagesMetadata() {
        const Article a = page(
            "<html lang=\"en-GB\"><head><title>OpenAI signs $38 billion AWS deal | TechWire</title>"
            "<meta property=\"og:site_name\" content=\"TechWire\">"
            "<link rel=\"canonical\" href=\"https://techwire.example/2025/11/openai-aws\">"
            "</head><body><div class=\"byline\">By Dana Whitfield, The Ledger Review</div>"
            "<time datetime=\"2025-11-03T14:05:00-05:00\">Nov 3</time><article>" +
            kParagraphs + "</article></body></html>");
        QCOMPARE(a.proposed.title, QStringLiteral("OpenAI signs $38 billion AWS deal"));
        QCOMPARE(a.proposed.publisher, QStringLiteral("TechWire"));
        QCOMPARE(a.proposed.author, QStringLiteral("Dana Whitfield"));
        QCOMPARE(a.proposed.url, QStringLiteral("https://techwire.example/2025/11/openai-aws"));
        QCOMPARE(a.proposed.language, QStringLiteral("en-GB"));
        QCOMPARE(a.proposed.published.toString(), QStringLiteral("2025-11-03"));

        // JSON-LD first; a byline's outlet gives the publisher when nothing else does.
        const Article ld = page(
            "<head><title>Nebius wins Microsoft - Example</title><script "
            "type=\"application/ld+json\">"
            "{\"@context\":\"https://"
            "schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
            "{\"@type\":[\"NewsArticle\"],\"headline\":\"Nebius signs $19.4 billion Microsoft "
            "deal\","
            "\"datePublished\":\"2025-09-08T21:30:00Z\",\"inLanguage\":\"en\",\"author\":[{\"@"
            "type\":"
            "\"Person\",\"name\":\"Ana Ruiz\"},{\"name\":\"Li Wei\"}],\"publisher\":{\"@type\":"
            "\"Organization\",\"name\":\"Example Markets\"}}]}</script></head><body><article>" +
            kParagraphs + "</article></body>");
        QCOMPARE(ld.proposed.title, QStringLiteral("Nebius signs $19.4 billion Microsoft deal"));
        QCOMPARE(ld.proposed.author, QStringLiteral("Ana Ruiz, Li Wei"));
        QCOMPARE(ld.proposed.publisher, QStringLiteral("Example Markets"));
        QCOMPARE(ld.proposed.published.toString(), QStringLiteral("2025-09-08"));
        QCOMPARE(ld.proposed.language, QStringLiteral("en"));

        const Article byline =
            page("<body><p>By Dana Whitfield, The Ledger Review</p>" + kParagraphs + "</body>");
        QCOMPARE(byline.proposed.publisher, QStringLiteral("The Ledger Review"));
        QCOMPARE(byline.proposed.author, QStringLiteral("Dana Whitfield"));
        QVERIFY(!byline.text.contains(QStringLiteral("Dana"))); // a byline is not article text

        QCOMPARE(web::titleWithoutSite(QStringLiteral("Reuters: OpenAI raises $40 billion"),
                                       QStringLiteral("Reuters")),
                 QStringLiteral("OpenAI raises $40 billion"));
        QCOMPARE(
            web::titleWithoutSite(QStringLiteral("Nvidia – the $100 billion bet – Ars Technica"),
                                  QStringLiteral("arstechnica.com")),
            QStringLiteral("Nvidia – the $100 billion bet"));
        QCOMPARE(web::titleWithoutSite(QStringLiteral("AMD: a 6 GW deal"), QString()),
                 QStringLiteral("AMD: a 6 GW deal"));
        QCOMPARE(
            web::parseByline(QStringLiteral("By Jeffrey Goldfarb | Reuters Breakingviews")).outlet,
            QStringLiteral("Reuters Breakingviews"));
        QVERIFY(
            web::parseByline(QStringLiteral("by the way, this is not a byline")).author.isEmpty());
        QCOMPARE(web::dateOf(QStringLiteral("November 18, 2025 10:00 AM")).toString(),
                 QStringLiteral("2025-11-18"));
    }

    void readsPagesSavedAsMhtml() {
        // What Chrome writes: a multipart/related message, the page quoted-printable.
        const QByteArray mhtml =
            "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\n"
            "Subject: Oracle\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n\r\n"
            "------MultipartBoundary--abc\r\nContent-Type: text/html\r\n"
            "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://news.example/a\r\n\r\n"
            "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; "
            "charset=3DUTF-8\">"
            "<title>Oracle=E2=80=99s deal</title></head><body><article><p>OpenAI has agreed to "
            "pur=\r\n"
            "chase roughly $300 billion worth of compute power from Oracle, people familiar with "
            "th=\r\n"
            "e matter said, in one of the largest cloud contracts ever.</p>" +
            kParagraphs.mid(0, 200).replace("=", "=3D") +
            "</p></article></body></html>\r\n"
            "------MultipartBoundary--abc\r\nContent-Type: image/png\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Location: "
            "https://news.example/x.png\r\n\r\n"
            "iVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n";
        auto a = loadArticle(write(QStringLiteral("saved.mhtml"), mhtml));
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QCOMPARE(a->format, ArticleFormat::Mhtml);
        QVERIFY2(a->text.startsWith(QStringLiteral("OpenAI has agreed to purchase roughly $300 "
                                                   "billion worth of compute power from Oracle, "
                                                   "people familiar with the matter said")),
                 qPrintable(a->text));
        QCOMPARE(a->proposed.title, QStringLiteral("Oracle’s deal"));
        QCOMPARE(a->proposed.url, QStringLiteral("https://news.example/a"));
        QCOMPARE(a->proposed.publisher, QStringLiteral("news.example"));

        // A base64 page in windows-1252, named .mht, found by its header too.
        const QByteArray html = "<p>Caf\xe9 owners say OpenAI paid $5 billion, which is a "
                                "sentence long enough to be the article.</p>";
        const QByteArray b64 = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
                               "--b\nContent-Type: text/html; charset=windows-1252\n"
                               "Content-Transfer-Encoding: base64\n\n" +
                               html.toBase64() + "\n--b--\n";
        auto b = loadArticle(write(QStringLiteral("saved.mht"), b64));
        QVERIFY2(b, qPrintable(b.errorMessage()));
        QVERIFY(b->text.startsWith(QStringLiteral("Café owners say")));
        QCOMPARE(formatOf(QStringLiteral("noext"), b64), ArticleFormat::Mhtml);

        const QByteArray noHtml = "MIME-Version: 1.0\r\nContent-Type: multipart/related; "
                                  "boundary=\"q\"\r\n\r\n--q\r\nContent-Type: image/png\r\n\r\n"
                                  "xx\r\n--q--\r\n";
        auto c = loadArticle(write(QStringLiteral("images.mhtml"), noHtml));
        QVERIFY(!c);
        QVERIFY2(c.errorMessage().contains(QStringLiteral("none of its 1 part")),
                 qPrintable(c.errorMessage()));
        QVERIFY(!loadArticle(write(QStringLiteral("plain.mhtml"), "just some text, not MIME")));
        QVERIFY(!loadArticle(write(QStringLiteral("noboundary.mht"),
                                   "MIME-Version: 1.0\nContent-Type: multipart/related\n\nx")));
        QCOMPARE(web::decodeQuotedPrintable("a=3Db=\r\nc=\nd =zz="), QByteArray("a=bcd =zz="));
    }

    void readsTextPdfsInReadingOrder() {
        const QString path = m_dir.filePath(QStringLiteral("release.pdf"));
        {
            QPdfWriter writer(path);
            writer.setTitle(QStringLiteral("Broadcom and OpenAI"));
            writer.setCreator(QStringLiteral("DealScope test"));
            QPainter p(&writer);
            p.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
            const int line = writer.resolution() / 4;
            int y = line * 2;
            for (const char *l :
                 {"PRESS RELEASE", "", "OpenAI and Broadcom announced a collaboration for 10 giga-",
                  "watts of custom AI accelerators. Broadcom will deploy the",
                  "racks starting in 2026.", "",
                  "The companies did not disclose the financial terms."}) {
                p.drawText(line * 2, y, QString::fromLatin1(l));
                y += line;
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto a =
            articleFromBytes(file.readAll(), QStringLiteral("release.pdf"), ArticleFormat::Pdf);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QCOMPARE(a->text, QStringLiteral("PRESS RELEASE\nOpenAI and Broadcom announced a "
                                         "collaboration for 10 gigawatts of custom AI "
                                         "accelerators. Broadcom will deploy the racks starting "
                                         "in 2026.\nThe companies did not disclose the "
                                         "financial terms."));
        QCOMPARE(a->proposed.title, QStringLiteral("Broadcom and OpenAI"));
        QCOMPARE(formatOf(QStringLiteral("release.pdf")), ArticleFormat::Pdf);

        // A scan: pages of images only.
        const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(scan);
            QPainter p(&writer);
            QImage image(200, 100, QImage::Format_RGB32);
            image.fill(Qt::darkGray);
            p.drawImage(QPoint(100, 100), image);
        }
        const auto scanned = loadArticle(scan);
        QVERIFY(!scanned);
        QVERIFY2(scanned.errorMessage().contains(QStringLiteral("OCR")),
                 qPrintable(scanned.errorMessage()));
        // Damaged, and locked with a password (an /Encrypt dictionary whose user password is
        // not the empty one).
        const auto damaged = loadArticle(write(QStringLiteral("bad.pdf"), "%PDF-1.4\ngarbage"));
        QVERIFY(!damaged);
        QVERIFY(damaged.errorMessage().contains(QStringLiteral("damaged")));
        QVERIFY(!loadArticle(write(QStringLiteral("fake.pdf"), "not a pdf at all")));
        const QByteArray locked = lockedPdf();
        const auto lockedRead =
            articleFromBytes(locked, QStringLiteral("locked.pdf"), ArticleFormat::Pdf);
        QVERIFY(!lockedRead);
        QVERIFY2(lockedRead.errorMessage().contains(QStringLiteral("password")),
                 qPrintable(lockedRead.errorMessage()));
        QCOMPARE(joinPdfLines(QStringLiteral("A line that goes\non. Short.\nNext paragraph "
                                             "here, longer than the last.")),
                 QStringLiteral("A line that goes on. Short.\nNext paragraph here, longer than "
                                "the last."));
    }

    void scoresAsTheBestExtractorsOnRealPages() {
        const QDir dir(
            QStringLiteral(DEALSCOPE_SOURCE_DIR "/../shared/benchmarks/article-extraction"));
        QFile truthFile(dir.filePath(QStringLiteral("ground-truth.json")));
        if (!truthFile.open(QIODevice::ReadOnly))
            QSKIP("../shared/benchmarks/article-extraction is not there");
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
        std::vector<testing::PageMatch> matches;
        for (auto it = truth.begin(); it != truth.end(); ++it) {
            const auto html =
                testing::gunzipFile(dir.filePath(QStringLiteral("html/%1.html.gz").arg(it.key())));
            QVERIFY(html);
            auto a = articleFromBytes(*html, it.key(), ArticleFormat::Html);
            QVERIFY2(a, qPrintable(it.key() + QStringLiteral(": ") + a.errorMessage()));
            matches.push_back(testing::matchPage(
                it->toObject().value(QStringLiteral("articleBody")).toString(), a->text));
        }
        const auto s = testing::score(matches);
        qInfo("article-extraction benchmark, %d pages: F1 %.3f (precision %.3f, recall %.3f)",
              int(matches.size()), s.f1, s.precision, s.recall);
        QVERIFY(s.f1 >= 0.95);
    }

private:
    // A one-page PDF encrypted with the standard handler (RC4, revision 3) whose user
    // password is not empty: readers ask for it.
    static QByteArray lockedPdf() {
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        auto object = [&](const QByteArray &body) {
            offsets << pdf.size();
            pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
        };
        object("<< /Type /Catalog /Pages 2 0 R >>");
        object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        object("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 "
               "/O <" +
               QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b') + "> >>");
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 5\n0000000000 65535 f \n";
        for (qsizetype o : offsets)
            pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<" + QByteArray(32, 'c') +
               "> <" + QByteArray(32, 'c') + ">] >>\nstartxref\n" + QByteArray::number(xref) +
               "\n%%EOF\n";
        return pdf;
    }
};

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv); // QPdfWriter, for the PDFs the test makes
    TestWebPages t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_webpages.moc"
