// SPDX-License-Identifier: GPL-3.0-or-later
// The sample dataset: its content, its quotes against the reference articles, and that every
// monetary figure the articles state is a claim.
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "store/checks.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtTest>

using namespace ds;

namespace {
constexpr int64_t B = 1'000'000'000;

QString corpusFile(const QString &key) {
    return QDir(QStringLiteral(DEALSCOPE_CORPUS_DIR)).filePath(key + QStringLiteral(".txt"));
}

QString readCorpus(const QString &key) {
    QFile f(corpusFile(key));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

class TestSample : public QObject {
    Q_OBJECT
private:
    std::optional<Store> m_store;
    std::vector<Claim> m_claims;
    std::vector<Flow> m_flows;
    std::vector<Source> m_sources;
    QHash<QString, Id> m_companies;

    Id company(const char *name) const { return m_companies.value(QString::fromLatin1(name)); }
    QString sourceKey(Id id) const {
        for (const Source &s : m_sources)
            if (s.id == id)
                return s.key;
        return {};
    }
    std::vector<Claim> claimsOfFlow(const char *payer, const char *payee, FlowKind kind,
                                    const QString &date = {}) const {
        std::vector<Claim> out;
        for (const Flow &f : m_flows)
            if (f.payerId == company(payer) && f.payeeId == company(payee) && f.kind == kind &&
                (date.isEmpty() || f.date.toString() == date))
                for (const Claim &c : m_claims)
                    if (c.flowId == f.id)
                        out.push_back(c);
        return out;
    }

private slots:
    void initTestCase() {
        auto store = Store::openMemory();
        QVERIFY(store);
        auto summary = json::importDocument(*store, sample::sampleJson());
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        m_store.emplace(std::move(*store));
        m_claims = *m_store->claims();
        m_flows = *m_store->flows();
        m_sources = *m_store->sources();
        for (const Company &c : *m_store->companies())
            m_companies.insert(c.name, c.id);
    }

    void counts() {
        const Counts c = *m_store->counts();
        QCOMPARE(c.companies, 8);
        QCOMPARE(c.sources, 7);
        QCOMPARE(c.deals, 13);
        QCOMPARE(c.flows, 21);
        QCOMPARE(c.claims, 50);
        auto problems = runChecks(*m_store);
        QVERIFY(problems);
        QVERIFY(problems->empty());
    }

    void shippedFileIsTheCanonicalExport() {
        QFile shipped(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/sample/sample.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(*json::exportStore(*m_store), shipped.readAll());
    }

    void sourceMetadataKeepsUnknownsUnknown() {
        QHash<QString, Source> byKey;
        for (const Source &s : m_sources) {
            byKey.insert(s.key, s);
            QVERIFY2(s.url.isEmpty(), qPrintable(s.key)); // no URL is known
            QVERIFY(s.text.isEmpty());                    // the articles' text is not shipped
        }
        QCOMPARE(byKey[QStringLiteral("001_9b29a8a9009aa8e1")].publisher,
                 QStringLiteral("Gnoppix"));
        for (const char *unknown : {"000_3d48807f31588108", "002_dfd879bd0a783687",
                                    "003_91fc265b0cfb669c", "004_c59069aa7d92adf6"})
            QVERIFY2(byKey[QString::fromLatin1(unknown)].publisher.isEmpty(), unknown);
        const Source &s000 = byKey[QStringLiteral("000_3d48807f31588108")];
        QVERIFY(s000.citesId);
        QCOMPARE(sourceKey(*s000.citesId), QStringLiteral("ars-technica-2025-11"));
        const Source &s003 = byKey[QStringLiteral("003_91fc265b0cfb669c")];
        QCOMPARE(sourceKey(*s003.citesId), QStringLiteral("the-information-2024-11-07"));
        QCOMPARE(byKey[QStringLiteral("the-information-2024-11-07")].published,
                 PartialDate::ofDay(2024, 11, 7));
        QVERIFY(s000.published.isApproximate());
    }

    void disagreementsAreKeptAsSeparateClaims() {
        // Microsoft's investment in Anthropic: "up to $5 billion" (000) against "$45 billion"
        // (001).
        const auto msft =
            claimsOfFlow("Microsoft", "Anthropic", FlowKind::Equity, QStringLiteral("2025-11-18"));
        bool upTo5 = false, is45 = false;
        for (const Claim &c : msft) {
            upTo5 |= c.money && c.money->qualifier == Qualifier::UpTo && c.money->maxUsd == 5 * B &&
                     sourceKey(c.sourceId).startsWith(QLatin1String("000"));
            is45 |= c.money && c.money->minUsd == 45 * B &&
                    sourceKey(c.sourceId).startsWith(QLatin1String("001"));
        }
        QVERIFY(upTo5);
        QVERIFY(is45);

        // The $30 billion: Anthropic pays Microsoft (000); article 002 says Microsoft commits it.
        const auto compute = claimsOfFlow("Anthropic", "Microsoft", FlowKind::Compute);
        int reversed = 0, forward = 0;
        for (const Claim &c : compute) {
            // 002's "7.5 times as much in compute" states the direction without an amount.
            QVERIFY(c.money ? c.money->minUsd == 30 * B
                            : c.attribute == ClaimAttribute::Existence && c.statedPayerId);
            if (c.statedPayerId == company("Microsoft") && c.statedPayeeId == company("Anthropic"))
                ++reversed;
            if (c.statedPayerId == company("Anthropic"))
                ++forward;
        }
        QVERIFY(reversed >= 1);
        QVERIFY(forward >= 1);

        // The 2023 $4 billion: Amazon (003, 004) against Microsoft (001).
        const auto first =
            claimsOfFlow("Amazon", "Anthropic", FlowKind::Equity, QStringLiteral("2023-09"));
        bool attributedToMicrosoft = false;
        int amazon = 0;
        for (const Claim &c : first) {
            QCOMPARE(c.money->maxUsd.value_or(0), 4 * B);
            if (c.statedPayerId == company("Microsoft"))
                attributedToMicrosoft = sourceKey(c.sourceId).startsWith(QLatin1String("001"));
            else
                ++amazon;
        }
        QVERIFY(attributedToMicrosoft);
        QVERIFY(amazon >= 2);

        const auto google = claimsOfFlow("Google", "Anthropic", FlowKind::Equity);
        QCOMPARE(google.size(), size_t(1));
        QCOMPARE(google.front().money->minUsd, 2 * B);
    }

    void headlineTotalsAndCompanyFigures() {
        QSet<int64_t> dealTotals;
        int64_t valuation = 0, amazonTotal = 0;
        for (const Claim &c : m_claims) {
            if (c.dealId && c.attribute == ClaimAttribute::Total)
                dealTotals.insert(c.money->minUsd);
            if (c.companyId == company("Anthropic") && c.attribute == ClaimAttribute::Valuation)
                valuation = c.money->maxUsd.value_or(0);
            if (c.companyId == company("Amazon") && c.attribute == ClaimAttribute::Total &&
                c.counterpartyId == company("Anthropic"))
                amazonTotal = c.money->minUsd;
        }
        QVERIFY(dealTotals.contains(40 * B));
        QVERIFY(dealTotals.contains(45 * B));
        QCOMPARE(valuation, 40 * B);
        QCOMPARE(amazonTotal, 8 * B);
        QCOMPARE(claimsOfFlow("OpenAI", "Amazon", FlowKind::Compute).front().money->minUsd, 38 * B);
        QCOMPARE(claimsOfFlow("OpenAI", "Unnamed compute providers", FlowKind::Compute)
                     .front()
                     .money->minUsd,
                 1400 * B);
    }

    void quotesMatchTheArticlesAtTheirOffsets() {
        if (!QDir(QStringLiteral(DEALSCOPE_CORPUS_DIR)).exists())
            QSKIP("The reference articles (../shared/corpus) are not present.");
        int checked = 0;
        for (const Claim &c : m_claims) {
            const QString key = sourceKey(c.sourceId);
            const QString text = readCorpus(key);
            QVERIFY2(!text.isEmpty(), qPrintable(key));
            QVERIFY(c.quote.start && c.quote.end);
            const QString at = text.mid(*c.quote.start, *c.quote.end - *c.quote.start);
            QVERIFY2(at == c.quote.exact, qPrintable(QStringLiteral("%1 claim %2: %3 != %4")
                                                         .arg(key)
                                                         .arg(c.id)
                                                         .arg(at, c.quote.exact)));
            QVERIFY(text.mid(0, *c.quote.start).endsWith(c.quote.prefix));
            QVERIFY(text.mid(*c.quote.end).startsWith(c.quote.suffix));
            // One sentence or less: no sentence break inside the quote.
            static const QRegularExpression sentenceBreak(QStringLiteral("[.?!]\\s+\\p{Lu}"));
            QVERIFY2(!sentenceBreak.match(c.quote.exact).hasMatch(), qPrintable(c.quote.exact));
            if (c.money)
                QVERIFY2(c.quote.exact.contains(c.money->stated), qPrintable(c.money->stated));
            ++checked;
        }
        QCOMPARE(checked, 50);
    }

    void everyMonetaryFigureOfTheArticlesIsAClaim() {
        if (!QDir(QStringLiteral(DEALSCOPE_CORPUS_DIR)).exists())
            QSKIP("The reference articles (../shared/corpus) are not present.");
        // Amounts as the five articles write them; "7.5 times" and percentages are not money.
        static const QRegularExpression money(
            QStringLiteral(
                "\\$\\d[\\d.,]*\\s*(?:billion|trillion|million|bn|B\\b|T\\b)|\\d+ billion dollar|"
                "multi-?billion|\\bbillions\\b"),
            QRegularExpression::CaseInsensitiveOption);
        int mentions = 0;
        for (const char *file :
             {"000_3d48807f31588108", "001_9b29a8a9009aa8e1", "002_dfd879bd0a783687",
              "003_91fc265b0cfb669c", "004_c59069aa7d92adf6"}) {
            const QString key = QString::fromLatin1(file);
            const QString text = readCorpus(key);
            auto it = money.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                // "billions in compute might sound abstract" (002) is about compute in general.
                if (text.mid(m.capturedStart(), 30)
                        .startsWith(QLatin1String("billions in compute")))
                    continue;
                ++mentions;
                bool covered = false;
                for (const Claim &c : m_claims)
                    if (sourceKey(c.sourceId) == key && c.money &&
                        *c.quote.start <= m.capturedStart() && m.capturedEnd() <= *c.quote.end)
                        covered = true;
                QVERIFY2(covered, qPrintable(QStringLiteral("%1 at %2: %3")
                                                 .arg(key)
                                                 .arg(m.capturedStart())
                                                 .arg(m.captured())));
            }
        }
        QVERIFY(mentions >= 30);
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "test_sample.moc"
