// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring quotes when a text is attached, and reading text files safely.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/anchor.h"
#include "ingest/textfile.h"
#include "store/checks.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds;
using namespace ds::ingest;

namespace {
Quote quote(const char *exact, int start, const char *prefix = "", const char *suffix = "") {
    Quote q;
    q.exact = QString::fromUtf8(exact);
    q.prefix = QString::fromUtf8(prefix);
    q.suffix = QString::fromUtf8(suffix);
    q.start = start;
    q.end = start + int(q.exact.size());
    return q;
}
} // namespace

class TestAnchor : public QObject {
    Q_OBJECT
private slots:
    void exactThenContextThenFuzzy() {
        const QString text = QStringLiteral("Nvidia will commit up to $10 billion. Microsoft "
                                            "invests up to $5 billion. Later: Microsoft invests "
                                            "up to $5 billion again.");
        // At its offsets.
        const int at = int(text.indexOf(QLatin1String("Nvidia will")));
        QCOMPARE(anchorQuote(quote("Nvidia will commit", at), text).match, AnchorMatch::Unchanged);
        // Moved: the only place it stands.
        Anchor moved = anchorQuote(quote("commit up to $10 billion", 0), text);
        QCOMPARE(moved.match, AnchorMatch::Exact);
        QCOMPARE(*moved.quote.start, int(text.indexOf(QLatin1String("commit up"))));
        // Twice in the text: the context decides.
        Anchor second =
            anchorQuote(quote("Microsoft invests up to $5 billion", 3, "Later: ", " again"), text);
        QCOMPARE(second.match, AnchorMatch::Context);
        QCOMPARE(*second.quote.start, int(text.lastIndexOf(QLatin1String("Microsoft invests"))));
        // Twice and no context to tell them apart: orphaned, never a guess.
        Anchor ambiguous = anchorQuote(quote("Microsoft invests up to $5 billion", 3), text);
        QCOMPARE(ambiguous.match, AnchorMatch::Orphaned);
        QCOMPARE(*ambiguous.quote.start, 3);
        // Typography, spacing and case ignored; the quote takes the text's own form.
        const QString curly =
            QStringLiteral("Anthropic\u2019s  commitment\n to Microsoft\u2019s cloud");
        Anchor fuzzy = anchorQuote(quote("anthropic's commitment to Microsoft's", 0), curly);
        QCOMPARE(fuzzy.match, AnchorMatch::Fuzzy);
        QCOMPARE(fuzzy.quote.exact,
                 QStringLiteral("Anthropic\u2019s  commitment\n to Microsoft\u2019s"));
        QCOMPARE(*fuzzy.quote.start, 0);
        // Gone.
        QCOMPARE(anchorQuote(quote("Oracle", 0), text).match, AnchorMatch::Orphaned);
    }

    void attachReanchorsAndFlagsOrphans() {
        auto store = Store::openMemory();
        QVERIFY(json::importDocument(*store, sample::sampleJson()));
        const Id source = store->sourceIdByKey(QStringLiteral("004_c59069aa7d92adf6"))->value();
        auto before = store->claimsOfSource(source);
        QVERIFY(before && before->size() == 9); // with Claude on Bedrock
        QFile article(QStringLiteral(DEALSCOPE_CORPUS_DIR "/004_c59069aa7d92adf6.txt"));
        QString text;
        if (article.open(QIODevice::ReadOnly)) {
            text = QString::fromUtf8(article.readAll());
        } else {
            // Without the corpus: rebuild a text that holds the quotes at their offsets.
            text = QString(3000, QLatin1Char(' '));
            for (const Claim &c : *before)
                text.replace(*c.quote.start, c.quote.exact.size(), c.quote.exact);
        }
        auto attached = attachText(*store, source, text);
        QVERIFY(attached);
        QCOMPARE(attached->unchanged, 9);
        QCOMPARE(attached->orphaned, 0);
        QVERIFY(runChecks(*store)->empty());

        // An edited text: a paragraph added on top, one sentence reworded.
        QString edited = QStringLiteral("Editor's note: updated.\n\n") + text;
        const QString greenlit = QStringLiteral("has greenlit the $4 billion investment");
        if (edited.contains(greenlit))
            edited.replace(greenlit, QStringLiteral("approved the investment"));
        auto again = attachText(*store, source, edited);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 0);
        QCOMPARE(again->orphaned, 1);
        QCOMPARE(again->exact + again->context + again->fuzzy, 8);
        auto after = store->claimsOfSource(source);
        for (const Claim &c : *after) {
            if (c.orphaned)
                QCOMPARE(c.quote.start, before->at(size_t(&c - after->data())).quote.start);
            else
                QCOMPARE(edited.mid(*c.quote.start, *c.quote.end - *c.quote.start), c.quote.exact);
        }
        auto problems = runChecks(*store);
        QCOMPARE(problems->size(), size_t(1)); // the orphan, as a warning
        QCOMPARE(problems->front().severity, Problem::Severity::Warning);
        QCOMPARE(store->source(source)->textHash, textHash(edited));
        QVERIFY(!attachText(*store, 999, text)); // no such source
    }

    void readsTextFilesSafely() {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        auto good = readTextFile(write("good.txt", "\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F"
                                                   "e\n"));
        QVERIFY(good);
        QCOMPARE(good->text, QStringLiteral("Grüße\n"));
        QVERIFY(good->warnings.isEmpty());
        auto repaired = readTextFile(write("bad.txt", "caf\xE9 and \xFF more"));
        QVERIFY(repaired);
        QCOMPARE(repaired->warnings.size(), 1);
        QVERIFY(repaired->text.contains(QChar(0xFFFD)));
        QVERIFY(!readTextFile(write("empty.txt", "  \n")));
        QVERIFY(!readTextFile(write("binary.bin", QByteArray("ELF\0\1\2\3", 7))));
        auto big = readTextFile(write("big.txt", QByteArray(2048, 'a')), 1024);
        QVERIFY(!big);
        QVERIFY(big.errorMessage().contains(QLatin1String("too large")));
        QVERIFY(!readTextFile(dir.filePath(QStringLiteral("missing.txt"))));
        QVERIFY(!readTextFile(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestAnchor)
#include "test_anchor.moc"
