// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-cli, run as a user would: exit codes, output and files.
#include "clirun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = ds::test::CliRun;
using ds::test::cli;

QByteArray fileHash(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void usageAndHelp() {
        Run none = cli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.out.contains(QLatin1String("Usage: dealscope-cli")));
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command")));
        for (const char *command :
             {"sample", "info", "export", "check", "generate", "figures", "disputes", "attach",
              "render", "extract", "import", "search"}) {
            Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(QLatin1String("Usage:")), command);
            Run bad = cli({QString::fromLatin1(command), QStringLiteral("--no-such-option")});
            QCOMPARE(bad.code, 2);
            Run missing = cli({QString::fromLatin1(command)});
            QCOMPARE(missing.code, 2);
        }
        QVERIFY(cli({QStringLiteral("--version")}).out.startsWith(QLatin1String("dealscope-cli ")));
    }

    void sampleInfoExportCheck() {
        const QString db = path(QStringLiteral("sample.dealscope"));
        Run sample = cli({QStringLiteral("sample"), db});
        QCOMPARE(sample.code, 0);
        QVERIFY(QFile::exists(db));
        Run again = cli({QStringLiteral("sample"), db});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));

        Run info = cli({QStringLiteral("info"), db});
        QCOMPARE(info.code, 0);
        QCOMPARE(info.out, QStringLiteral("companies: 8\nsources: 7\ndeals: 13\nflows: 21\nclaims: "
                                          "50\n"));

        Run exported =
            cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(exported.code, 0);
        QFile shipped(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/sample/sample.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(exported.out.toUtf8(), shipped.readAll());
        const QString out = path(QStringLiteral("out.json"));
        QCOMPARE(cli({QStringLiteral("export"), db, QStringLiteral("-o"), out}).code, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll())
                     .object()[QStringLiteral("format")]
                     .toString(),
                 QStringLiteral("dealscope"));
        Run xml =
            cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(xml.code, 2);

        Run check = cli({QStringLiteral("check"), db});
        QCOMPARE(check.code, 0);
        QVERIFY(check.out.contains(QLatin1String("0 error(s), 0 warning(s)")));
    }

    void badFilesAreRefusedAndLeftAlone() {
        Run missing = cli({QStringLiteral("info"), path(QStringLiteral("nope.dealscope"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.dealscope"))));

        const QString text = path(QStringLiteral("notes.dealscope"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(text);
        for (const char *command : {"info", "export", "check"}) {
            Run r = cli({QString::fromLatin1(command), text});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("not a DealScope file")), qPrintable(r.err));
        }
        QCOMPARE(fileHash(text), before);
    }

    void figuresAndDisputes();
    void attach();
    void render();
    void stakesCyclesAndGraphExports();
    void extractImportSearch();
    void jsonAndCsvExchange();

    void generateIsDeterministic() {
        const QString a = path(QStringLiteral("a.dealscope"));
        const QString b = path(QStringLiteral("b.dealscope"));
        const QStringList args = {QStringLiteral("--deals"),     QStringLiteral("500"),
                                  QStringLiteral("--companies"), QStringLiteral("50"),
                                  QStringLiteral("--seed"),      QStringLiteral("11"),
                                  QStringLiteral("-q")};
        Run ra = cli(QStringList{QStringLiteral("generate"), a} + args);
        QCOMPARE(ra.code, 0);
        QVERIFY(ra.out.contains(QLatin1String("500 deals")));
        QCOMPARE(cli(QStringList{QStringLiteral("generate"), b} + args).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), a}).out, cli({QStringLiteral("export"), b}).out);
        QCOMPARE(cli({QStringLiteral("check"), a}).code, 0);
        Run bad = cli({QStringLiteral("generate"), path(QStringLiteral("c.dealscope")),
                       QStringLiteral("--deals"), QStringLiteral("many")});
        QCOMPARE(bad.code, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("c.dealscope"))));
        QCOMPARE(cli({QStringLiteral("generate"), a}).code, 1); // exists already
    }
};

void TestCli::figuresAndDisputes() {
    const QString db = path(QStringLiteral("figures.dealscope"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    Run disputes = cli({QStringLiteral("disputes"), db, QStringLiteral("--json")});
    QCOMPARE(disputes.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(disputes.out.toUtf8()).array();
    QCOMPARE(list.size(), 4);
    QStringList kinds;
    bool reconciled = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QVERIFY(o[QStringLiteral("disputed")].toBool());
        QVERIFY(!o[QStringLiteral("explanation")].toString().isEmpty());
        for (const QJsonValue &d : o[QStringLiteral("disagreements")].toArray())
            kinds << d.toString();
        for (const QJsonValue &r : o[QStringLiteral("reconciliation")].toArray()) {
            const QJsonObject rec = r.toObject();
            if (rec[QStringLiteral("total_usd")].toInteger() == 45'000'000'000 &&
                rec[QStringLiteral("matched")].toBool()) {
                QCOMPARE(rec[QStringLiteral("parts")].toArray().size(), 3);
                reconciled = true;
            }
        }
    }
    QVERIFY(reconciled);
    QVERIFY(kinds.contains(QStringLiteral("amount")));
    QVERIFY(kinds.contains(QStringLiteral("direction")));
    QVERIFY(kinds.contains(QStringLiteral("attribution")));

    Run figures = cli({QStringLiteral("figures"), db, QStringLiteral("--json")});
    QCOMPARE(figures.code, 0);
    const QJsonArray all = QJsonDocument::fromJson(figures.out.toUtf8()).array();
    QCOMPARE(all.size(), 21 + 1 + 2); // flows, the headline total, two company figures
    bool google = false;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o[QStringLiteral("payer")].toString() == QLatin1String("Google")) {
            google = true;
            QVERIFY(!o[QStringLiteral("disputed")].toBool());
            QCOMPARE(
                o[QStringLiteral("figure")].toObject()[QStringLiteral("value_usd_min")].toInteger(),
                2'000'000'000);
            const QJsonObject claim = o[QStringLiteral("claims")].toArray()[0].toObject();
            QCOMPARE(claim[QStringLiteral("stated")].toString(), QStringLiteral("$2 billion"));
            QCOMPARE(claim[QStringLiteral("verdict")].toString(), QStringLiteral("agrees"));
            QVERIFY(
                claim[QStringLiteral("quote")].toString().contains(QLatin1String("$2 billion")));
        }
    }
    QVERIFY(google);
    Run text = cli({QStringLiteral("disputes"), db});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QLatin1String("$45B = $5B + $10B + $30B")));
    QVERIFY(text.out.contains(QLatin1String("Gnoppix says Microsoft pays Anthropic")));
}

void TestCli::attach() {
    const QString db = path(QStringLiteral("attach.dealscope"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    const QString file = path(QStringLiteral("other.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("A different article that quotes none of the claims.\n");
    f.close();
    Run r = cli({QStringLiteral("attach"), db, QStringLiteral("004_c59069aa7d92adf6"), file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("9 orphaned")));
    Run check = cli({QStringLiteral("check"), db});
    QCOMPARE(check.code, 0); // orphans are warnings
    QVERIFY(check.out.contains(QLatin1String("9 warning(s)")));
    QCOMPARE(cli({QStringLiteral("attach"), db, QStringLiteral("nope"), file}).code, 1);
    QCOMPARE(cli({QStringLiteral("attach"), db, QStringLiteral("1"),
                  path(QStringLiteral("missing.txt"))})
                 .code,
             1);
}

void TestCli::render() {
    const QString db = path(QStringLiteral("render.dealscope"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString out = path(QStringLiteral("timeline.%1").arg(QLatin1String(suffix)));
        Run r =
            cli({QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("timeline"),
                 QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("640x360"),
                 QStringLiteral("--caption")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("14 flows")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        if (qstrcmp(suffix, "png") == 0)
            QVERIFY(head.startsWith("\x89PNG"));
        else if (qstrcmp(suffix, "pdf") == 0)
            QVERIFY(head.startsWith("%PDF-"));
        else
            QVERIFY(f.readAll().contains("<svg"));
    }
    QImage image(path(QStringLiteral("timeline.png")));
    QCOMPARE(image.size(), QSize(640, 360));
    Run filtered =
        cli({QStringLiteral("render"), db, QStringLiteral("--out"), path(QStringLiteral("f.png")),
             QStringLiteral("--from"), QStringLiteral("2025"), QStringLiteral("--kind"),
             QStringLiteral("equity")});
    QCOMPARE(filtered.code, 0);
    QVERIFY(filtered.out.contains(QLatin1String("2 flows")));
    QCOMPARE(
        cli({QStringLiteral("render"), db, QStringLiteral("--out"), path(QStringLiteral("x.gif"))})
            .code,
        1);
    QCOMPARE(cli({QStringLiteral("render"), db}).code, 2);
    QCOMPARE(cli({QStringLiteral("render"), db, QStringLiteral("--out"),
                  path(QStringLiteral("y.png")), QStringLiteral("--size"), QStringLiteral("big")})
                 .code,
             2);
    QCOMPARE(cli({QStringLiteral("render"), db, QStringLiteral("--out"),
                  path(QStringLiteral("y.png")), QStringLiteral("--kind"), QStringLiteral("gift")})
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestCli)

void TestCli::stakesCyclesAndGraphExports() {
    const QString db = path(QStringLiteral("graph.dealscope"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    // Stakes, with the round trip of the issue: up to $5B in, $30B of Azure back.
    Run stakes =
        cli({QStringLiteral("stakes"), db, QStringLiteral("Microsoft"), QStringLiteral("--json")});
    QCOMPARE(stakes.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(stakes.out.toUtf8()).object();
    QCOMPARE(o[QStringLiteral("company")].toString(), QStringLiteral("Microsoft"));
    QCOMPARE(o[QStringLiteral("net_usd")].toInteger(), 23'000'000'000);
    const QJsonArray trips = o[QStringLiteral("round_trips")].toArray();
    QCOMPARE(trips.size(), 1);
    const QJsonObject trip = trips.first().toObject();
    QCOMPARE(trip[QStringLiteral("investor")].toString(), QStringLiteral("Microsoft"));
    QCOMPARE(trip[QStringLiteral("investee")].toString(), QStringLiteral("Anthropic"));
    QCOMPARE(trip[QStringLiteral("investment_usd")].toInteger(), 5'000'000'000);
    QCOMPARE(trip[QStringLiteral("returning_usd")].toInteger(), 30'000'000'000);
    QCOMPARE(trip[QStringLiteral("ratio")].toDouble(), 6.0);
    QVERIFY(trip[QStringLiteral("investment")].toObject()[QStringLiteral("figure")].isObject());
    Run text = cli({QStringLiteral("stakes"), db, QStringLiteral("Microsoft")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("6.0× the investment")));
    Run byAlias =
        cli({QStringLiteral("stakes"), db, QStringLiteral("AWS"), QStringLiteral("--json")});
    QCOMPARE(byAlias.code, 0);
    QCOMPARE(QJsonDocument::fromJson(byAlias.out.toUtf8())
                 .object()[QStringLiteral("company")]
                 .toString(),
             QStringLiteral("Amazon"));
    Run unknown = cli({QStringLiteral("stakes"), db, QStringLiteral("Nobody Inc")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no company or alias")));

    // Cycles: through Microsoft, the Azure loop at most $5B round.
    Run cycles =
        cli({QStringLiteral("cycles"), db, QStringLiteral("--company"), QStringLiteral("Microsoft"),
             QStringLiteral("--max-length"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(cycles.code, 0);
    const QJsonObject c = QJsonDocument::fromJson(cycles.out.toUtf8()).object();
    QCOMPARE(c[QStringLiteral("found")].toInteger(), 1);
    const QJsonObject loop = c[QStringLiteral("cycles")].toArray().first().toObject();
    QCOMPARE(loop[QStringLiteral("smallest_usd")].toInteger(), 5'000'000'000);
    QCOMPARE(loop[QStringLiteral("companies")].toArray().first().toString(),
             QStringLiteral("Microsoft"));
    Run all = cli({QStringLiteral("cycles"), db});
    QCOMPARE(all.code, 0);
    QVERIFY(all.out.startsWith(QStringLiteral("11 cycles found")));
    Run windowed = cli({QStringLiteral("cycles"), db, QStringLiteral("--window-months"),
                        QStringLiteral("24"), QStringLiteral("--kind"), QStringLiteral("equity"),
                        QStringLiteral("--kind"), QStringLiteral("compute")});
    QCOMPARE(windowed.code, 0);
    QCOMPARE(
        cli({QStringLiteral("cycles"), db, QStringLiteral("--max-length"), QStringLiteral("9")})
            .code,
        2);
    QCOMPARE(
        cli({QStringLiteral("cycles"), db, QStringLiteral("--kind"), QStringLiteral("gifts")}).code,
        2);
    QCOMPARE(
        cli({QStringLiteral("cycles"), db, QStringLiteral("--window-months"), QStringLiteral("-3")})
            .code,
        2);

    // Network and stakes charts, without a display.
    for (const QString &suffix :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString net = path(QStringLiteral("net.") + suffix);
        Run r =
            cli({QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("network"),
                 QStringLiteral("--out"), net, QStringLiteral("--size"), QStringLiteral("800x600"),
                 QStringLiteral("--caption")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("8 companies, 21 flows")));
        QFile f(net);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        QVERIFY(suffix == QLatin1String("png")   ? head.startsWith("\x89PNG")
                : suffix == QLatin1String("pdf") ? head.startsWith("%PDF-")
                                                 : head.startsWith("<?xml"));
    }
    QCOMPARE(QImage(path(QStringLiteral("net.png"))).size(), QSize(800, 600));
    Run ego =
        cli({QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("network"),
             QStringLiteral("--company"), QStringLiteral("Palantir"), QStringLiteral("--out"),
             path(QStringLiteral("ego.png"))});
    QCOMPARE(ego.code, 0);
    QVERIFY(ego.out.contains(QStringLiteral("(3 companies,"))); // Palantir, Anthropic, Amazon
    Run stakesChart = cli(
        {QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("stakes"),
         QStringLiteral("--company"), QStringLiteral("Anthropic"), QStringLiteral("--out"),
         path(QStringLiteral("stakes.png")), QStringLiteral("--size"), QStringLiteral("640x320")});
    QCOMPARE(stakesChart.code, 0);
    QCOMPARE(QImage(path(QStringLiteral("stakes.png"))).size(), QSize(640, 320));
    QCOMPARE(cli({QStringLiteral("render"), db, QStringLiteral("--view"), QStringLiteral("stakes"),
                  QStringLiteral("--out"), path(QStringLiteral("x.png"))})
                 .code,
             2);

    // Graph exports (read back with networkx in their own test).
    for (const QString &format : {QStringLiteral("gexf"), QStringLiteral("graphml")}) {
        Run e = cli({QStringLiteral("export"), db, QStringLiteral("--format"), format});
        QCOMPARE(e.code, 0);
        QVERIFY(e.out.startsWith(QStringLiteral("<?xml")));
        QCOMPARE(e.out.count(QStringLiteral("<edge ")), 21);
    }
    QCOMPARE(
        cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("dot")}).code,
        2);
}

void TestCli::extractImportSearch() {
    const QString fixtures = QStringLiteral(DEALSCOPE_SOURCE_DIR "/tests/fixtures/articles");
    const QString article = fixtures + QStringLiteral("/cloud_commitments.txt");
    // extract --json: the figures with offsets into the file's own text.
    Run ex = cli({QStringLiteral("extract"), article, QStringLiteral("--json"),
                  QStringLiteral("--published"), QStringLiteral("2025-11-21")});
    QCOMPARE(ex.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(ex.out.toUtf8()).object();
    const QJsonArray figures = doc.value(QStringLiteral("articles"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("figures"))
                                   .toArray();
    QVERIFY(figures.size() >= 5);
    QFile f(article);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    bool sawThirty = false;
    for (const QJsonValue v : figures) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"amount_text", "start", "end", "value_usd_min", "value_usd_max", "qualifier",
              "currency", "payer", "payee", "kind", "status", "date", "quote"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const int start = o.value(QStringLiteral("start")).toInt();
        const int end = o.value(QStringLiteral("end")).toInt();
        QCOMPARE(text.mid(start, end - start), o.value(QStringLiteral("amount_text")).toString());
        if (o.value(QStringLiteral("amount_text")).toString() == QLatin1String("$30 billion")) {
            sawThirty = true;
            QCOMPARE(o.value(QStringLiteral("payer")).toString(), QStringLiteral("Anthropic"));
            QCOMPARE(o.value(QStringLiteral("payee")).toString(), QStringLiteral("Microsoft"));
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("compute"));
            QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2025-11-18"));
        }
    }
    QVERIFY(sawThirty);
    Run plain = cli({QStringLiteral("extract"), fixtures});
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains(QLatin1String("loan_licensing.html")));
    QCOMPARE(cli({QStringLiteral("extract"), path(QStringLiteral("nope.txt"))}).code, 1);
    Run tooBig = cli({QStringLiteral("extract"), article, QStringLiteral("--max-size"),
                      QStringLiteral("0.0001")});
    QCOMPARE(tooBig.code, 1);
    QVERIFY(tooBig.err.contains(QLatin1String("too large")));
    QCOMPARE(cli({QStringLiteral("extract"), article, QStringLiteral("--max-size"),
                  QStringLiteral("lots")})
                 .code,
             2);
    QCOMPARE(cli({QStringLiteral("extract"), article, QStringLiteral("--published"),
                  QStringLiteral("2025-13")})
                 .code,
             2);

    // import: once, then recognised as a duplicate; --accept adds claims.
    const QString db = path(QStringLiteral("import.dealscope"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    const QString before = cli({QStringLiteral("info"), db}).out;
    Run imported = cli({QStringLiteral("import"), db, article, QStringLiteral("--accept"),
                        QStringLiteral("--published"), QStringLiteral("2025-11-21")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QLatin1String("imported as source")));
    QVERIFY(imported.out.contains(QLatin1String("existing flow")));
    Run again = cli({QStringLiteral("import"), db, article});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QLatin1String("already there")));
    QVERIFY(cli({QStringLiteral("info"), db}).out != before);
    QCOMPARE(cli({QStringLiteral("check"), db}).code, 0);
    const QString empty = path(QStringLiteral("empty.txt"));
    {
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
    }
    Run partly =
        cli({QStringLiteral("import"), db, empty, fixtures + QStringLiteral("/funding_round.txt")});
    QCOMPARE(partly.code, 1); // one file refused, the other imported
    QVERIFY(partly.err.contains(QLatin1String("empty.txt")));
    QVERIFY(partly.out.contains(QLatin1String("funding_round.txt: imported")));

    // search: results with the match marked; odd input never breaks it.
    Run found = cli({QStringLiteral("search"), db, QStringLiteral("Azure")});
    QCOMPARE(found.code, 0);
    QVERIFY(found.out.contains(QLatin1String("[Azure]")));
    Run json = cli({QStringLiteral("search"), db, QStringLiteral("\"Thrive Capital\""),
                    QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                 .object()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             1);
    for (const char *odd : {"NOT", "title:x", "a*", "-x", "NEAR(a b)"}) {
        // "--" ends the options, so that "-x" is searched for.
        Run r = cli({QStringLiteral("search"), db, QStringLiteral("--"), QString::fromLatin1(odd)});
        QVERIFY2(r.code == 0, odd);
    }
    for (const char *nothing : {"*", "((("}) {
        Run r = cli({QStringLiteral("search"), db, QString::fromLatin1(nothing)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("Type a word")));
    }
}

void TestCli::jsonAndCsvExchange() {
    // JSON: export, import into a new file, export again: the same bytes.
    const QString db = path(QStringLiteral("exchange.dealscope"));
    const QString fresh = path(QStringLiteral("fresh.dealscope"));
    const QString first = path(QStringLiteral("first.json"));
    const QString second = path(QStringLiteral("second.json"));
    QCOMPARE(cli({QStringLiteral("sample"), db}).code, 0);
    QCOMPARE(cli({QStringLiteral("export"), db, QStringLiteral("-o"), first}).code, 0);
    Run dry = cli({QStringLiteral("import-json"), fresh, first, QStringLiteral("--dry-run")});
    QCOMPARE(dry.code, 0);
    QVERIFY(dry.out.startsWith(QLatin1String("Would add 8 companies")));
    QVERIFY(!QFile::exists(fresh)); // a dry run leaves no new file behind
    Run imported = cli({QStringLiteral("import-json"), fresh, first});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(cli({QStringLiteral("export"), fresh, QStringLiteral("-o"), second}).code, 0);
    QCOMPARE(fileHash(first), fileHash(second));
    // A broken document changes nothing.
    const QString broken = path(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"dealscope\", \"companies\": [");
    }
    const QByteArray before = fileHash(db);
    QCOMPARE(cli({QStringLiteral("import-json"), db, broken}).code, 1);
    QCOMPARE(cli({QStringLiteral("export"), db}).out.toUtf8(), [&] {
        QFile f(first);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    Q_UNUSED(before);

    // CSV export of each table, with and without a byte-order mark.
    for (const char *table : {"deals", "flows", "claims"}) {
        Run csvOut =
            cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--table"), QString::fromLatin1(table)});
        QCOMPARE(csvOut.code, 0);
        QVERIFY(csvOut.out.startsWith(QLatin1String("id,")));
    }
    const QString bomFile = path(QStringLiteral("flows.csv"));
    QCOMPARE(cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--table"), QStringLiteral("flows"), QStringLiteral("--bom"),
                  QStringLiteral("-o"), bomFile})
                 .code,
             0);
    {
        QFile f(bomFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFid,deal_id"));
    }
    QCOMPARE(
        cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("csv")}).code,
        2);
    QCOMPARE(cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--table"), QStringLiteral("companies")})
                 .code,
             2);

    // CSV import of flows: a mapping, errors by line, all or nothing.
    const QString rows = path(QStringLiteral("rows.csv"));
    {
        QFile f(rows);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Investor,Startup,Kind,Amount\nMicrosoft,Mistral AI,equity,$2B\nNvidia,Mistral "
                "AI,equity,up to $1B\n");
    }
    Run mapped = cli({QStringLiteral("import-csv"), db, rows, QStringLiteral("--map"),
                      QStringLiteral("Startup=payee")});
    QVERIFY2(mapped.code == 0, qPrintable(mapped.err));
    QVERIFY(mapped.out.contains(QLatin1String("Added 2 flows")));
    const QString badRows = path(QStringLiteral("bad.csv"));
    {
        QFile f(badRows);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("payer,payee,amount\nGoogle,Anthropic,$1B\nGoogle,Anthropic,lots\n");
    }
    const QString info = cli({QStringLiteral("info"), db}).out;
    Run refused = cli({QStringLiteral("import-csv"), db, badRows});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(QLatin1String("line 3:")));
    QCOMPARE(cli({QStringLiteral("info"), db}).out, info);
    QCOMPARE(cli({QStringLiteral("import-csv"), db, rows, QStringLiteral("--map"),
                  QStringLiteral("Nope=payer")})
                 .code,
             2);
}

#include "test_cli.moc"
