// SPDX-License-Identifier: GPL-3.0-or-later
// How well extraction finds figures and who pays whom: precision and recall of money detection
// and the accuracy of payer/payee attribution, on the labelled articles of tests/fixtures and
// on the five reference articles (labelled by the sample dataset's claims).
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/article.h"
#include "ingest/extraction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ds;
using namespace ds::ingest;

namespace {

struct Label {
    TextSpan span;
    QString payer; // empty: not scored
    QString payee;
    QJsonObject json;
};

struct Score {
    int labels = 0;
    int found = 0; // proposals
    int matchedLabels = 0;
    int matchedFound = 0;
    int attributed = 0; // matched labels with payer/payee to score
    int attributedRight = 0;
    QStringList misses;

    double recall() const { return labels ? double(matchedLabels) / labels : 1.0; }
    double precision() const { return found ? double(matchedFound) / found : 1.0; }
    double attribution() const { return attributed ? double(attributedRight) / attributed : 1.0; }
    void print(const char *what) const {
        qInfo("%s: amount recall %.3f (%d/%d), precision %.3f (%d/%d), payer/payee correct "
              "%.3f (%d/%d)",
              what, recall(), matchedLabels, labels, precision(), matchedFound, found,
              attribution(), attributedRight, attributed);
        for (const QString &m : misses)
            qInfo("  %s", qPrintable(m));
    }
};

const Proposal *proposalAt(const std::vector<Proposal> &proposals, const TextSpan &span) {
    for (const Proposal &p : proposals)
        if (p.figure.overlaps(span))
            return &p;
    return nullptr;
}

bool partyIs(const Party &party, const QString &name) {
    return party.name.compare(name, Qt::CaseInsensitive) == 0;
}

void score(const QString &what, const QString &text, const std::vector<Label> &labels,
           const std::vector<Proposal> &proposals, Score &s) {
    s.labels += int(labels.size());
    s.found += int(proposals.size());
    for (const Label &l : labels) {
        const Proposal *p = proposalAt(proposals, l.span);
        const QString figure = text.mid(l.span.start, l.span.length());
        if (!p) {
            s.misses << QStringLiteral("%1: not found: %2").arg(what, figure);
            continue;
        }
        ++s.matchedLabels;
        if (l.payer.isEmpty() || l.payee.isEmpty())
            continue;
        ++s.attributed;
        if (partyIs(p->payer, l.payer) && partyIs(p->payee, l.payee))
            ++s.attributedRight;
        else
            s.misses << QStringLiteral("%1: %2 is %3 → %4, found %5 → %6")
                            .arg(what, figure, l.payer, l.payee, p->payer.name, p->payee.name);
    }
    for (const Proposal &p : proposals) {
        const bool labelled = std::any_of(labels.begin(), labels.end(), [&](const Label &l) {
            return p.figure.overlaps(l.span);
        });
        if (labelled)
            ++s.matchedFound;
        else
            s.misses << QStringLiteral("%1: not a labelled figure: %2")
                            .arg(what, text.mid(p.figure.start, p.figure.length()));
    }
}

int nthOccurrence(const QString &text, const QString &needle, int n) {
    int at = -1;
    for (int i = 0; i < n; ++i) {
        at = int(text.indexOf(needle, at + 1));
        if (at < 0)
            return -1;
    }
    return at;
}

QJsonObject readJson(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestExtractionQuality : public QObject {
    Q_OBJECT
private slots:
    void fixtures() {
        const QString dir = QStringLiteral(DEALSCOPE_SOURCE_DIR "/tests/fixtures");
        const QJsonObject labels = readJson(dir + QStringLiteral("/extraction_labels.json"));
        QVERIFY(!labels.isEmpty());
        auto store = Store::openMemory();
        QVERIFY(store && json::importDocument(*store, sample::sampleJson()));
        auto dictionary = CompanyDictionary::fromStore(*store);
        QVERIFY(dictionary);
        Id next = 1000;
        for (const QJsonValue v : labels.value(QStringLiteral("known_companies")).toArray()) {
            Company c;
            c.id = next++;
            c.name = v.toObject().value(QStringLiteral("name")).toString();
            c.kind = fromToken<CompanyKind>(v.toObject().value(QStringLiteral("kind")).toString())
                         .value_or(CompanyKind::Other);
            dictionary->add(c);
        }
        Score s;
        Score heldOut; // articles the rules were not tuned on
        int kindsRight = 0, kinds = 0, statusRight = 0, statuses = 0, datesRight = 0, dates = 0;
        int valuesRight = 0, values = 0;
        for (const QJsonValue av : labels.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString file = a.value(QStringLiteral("file")).toString();
            auto article = loadArticle(dir + QStringLiteral("/articles/") + file);
            QVERIFY2(article, qPrintable(article.errorMessage()));
            ExtractionOptions options;
            options.published =
                *PartialDate::parse(a.value(QStringLiteral("published")).toString());
            options.money.skipSharePrices = true;
            const Extraction ex = extract(article->text, *dictionary, options);
            std::vector<Label> ls;
            for (const QJsonValue fv : a.value(QStringLiteral("figures")).toArray()) {
                const QJsonObject f = fv.toObject();
                const QString figure = f.value(QStringLiteral("text")).toString();
                const int at = nthOccurrence(article->text, figure,
                                             f.value(QStringLiteral("occurrence")).toInt(1));
                QVERIFY2(at >= 0, qPrintable(file + QStringLiteral(": no ") + figure));
                ls.push_back({{at, at + int(figure.size())},
                              f.value(QStringLiteral("payer")).toString(),
                              f.value(QStringLiteral("payee")).toString(),
                              f});
            }
            for (const QJsonValue nv : a.value(QStringLiteral("not_figures")).toArray()) {
                const int at = int(article->text.indexOf(nv.toString()));
                QVERIFY2(at >= 0, qPrintable(nv.toString()));
                QVERIFY2(
                    !proposalAt(ex.proposals, {at, at + int(nv.toString().size())}),
                    qPrintable(file + QStringLiteral(": taken for a figure: ") + nv.toString()));
            }
            const bool held = a.value(QStringLiteral("held_out")).toBool();
            score(file, article->text, ls, ex.proposals, held ? heldOut : s);
            // The details of the figures found: value, kind, status, date.
            for (const Label &l : ls) {
                const Proposal *p = proposalAt(ex.proposals, l.span);
                if (!p)
                    continue;
                const QJsonObject &f = l.json;
                if (f.contains(QStringLiteral("usd_min"))) {
                    ++values;
                    const QJsonValue max = f.value(QStringLiteral("usd_max"));
                    const bool right =
                        p->money &&
                        p->money->minUsd ==
                            int64_t(f.value(QStringLiteral("usd_min")).toDouble()) &&
                        (max.isNull() ? !p->money->maxUsd
                                      : p->money->maxUsd == int64_t(max.toDouble())) &&
                        qualifierToken(p->money->qualifier) ==
                            f.value(QStringLiteral("qualifier")).toString() &&
                        p->money->currency == f.value(QStringLiteral("currency")).toString();
                    valuesRight += right;
                    if (!right)
                        qInfo("  %s: value of %s: %s", qPrintable(file),
                              qPrintable(f.value(QStringLiteral("text")).toString()),
                              p->money ? qPrintable(p->money->format() + QLatin1Char(' ') +
                                                    p->money->currency)
                                       : "none");
                }
                if (f.contains(QStringLiteral("percent"))) {
                    ++values;
                    valuesRight += p->percent == f.value(QStringLiteral("percent")).toDouble() &&
                                   p->attribute == ClaimAttribute::Stake;
                }
                if (f.value(QStringLiteral("attribute")).toString() != token(p->attribute))
                    qInfo("  %s: %s is a %s, found a %s", qPrintable(file),
                          qPrintable(f.value(QStringLiteral("text")).toString()),
                          qPrintable(f.value(QStringLiteral("attribute")).toString()),
                          qPrintable(token(p->attribute)));
                if (f.contains(QStringLiteral("kind"))) {
                    ++kinds;
                    kindsRight += token(p->kind) == f.value(QStringLiteral("kind")).toString();
                }
                if (f.contains(QStringLiteral("status"))) {
                    ++statuses;
                    statusRight += token(p->status) == f.value(QStringLiteral("status")).toString();
                }
                if (f.contains(QStringLiteral("date"))) {
                    ++dates;
                    const bool right =
                        p->date.toString() == f.value(QStringLiteral("date")).toString();
                    datesRight += right;
                    if (!right)
                        qInfo("  %s: date of %s is %s, found %s", qPrintable(file),
                              qPrintable(f.value(QStringLiteral("text")).toString()),
                              qPrintable(f.value(QStringLiteral("date")).toString()),
                              qPrintable(p->date.toString()));
                }
            }
        }
        s.print("Fixtures");
        heldOut.print("Held-out fixtures");
        qInfo("Fixtures: values %d/%d, kinds %d/%d, statuses %d/%d, dates %d/%d", valuesRight,
              values, kindsRight, kinds, statusRight, statuses, datesRight, dates);
        QCOMPARE(valuesRight, values);
        QVERIFY2(s.recall() >= 0.95, "fixture recall");
        QVERIFY2(s.precision() >= 0.95, "fixture precision");
        QVERIFY2(s.attribution() >= 0.75, "fixture attribution");
        QVERIFY(heldOut.labels >= 14); // every held-out label was read
        QVERIFY2(heldOut.recall() >= 0.9, "held-out recall");
        QVERIFY2(heldOut.precision() >= 0.9, "held-out precision");
        QVERIFY2(kindsRight * 10 >= kinds * 8, "fixture kinds");
        QVERIFY2(statusRight * 10 >= statuses * 8, "fixture statuses");
        QVERIFY2(datesRight * 10 >= dates * 8, "fixture dates");
    }

    // The sample dataset states every monetary figure of the reference articles as claims with
    // quotes at their offsets: those are the labels.
    void referenceArticles() {
        const QDir corpus(QStringLiteral(DEALSCOPE_CORPUS_DIR));
        if (!corpus.exists(QStringLiteral("000_3d48807f31588108.txt")))
            QSKIP("The reference articles (../shared/corpus) are not present.");
        auto store = Store::openMemory();
        QVERIFY(store && json::importDocument(*store, sample::sampleJson()));
        auto dictionary = CompanyDictionary::fromStore(*store);
        QVERIFY(dictionary);
        QHash<Id, QString> names;
        for (const Company &c : *store->companies())
            names.insert(c.id, c.name);
        Score total;
        for (const Source &source : *store->sources()) {
            QFile file(corpus.filePath(source.key + QStringLiteral(".txt")));
            if (!file.exists())
                continue; // a source the corpus does not hold (e.g. the cited Ars Technica story)
            auto article = loadArticle(file.fileName());
            QVERIFY(article);
            const QString &text = article->text;
            std::vector<Label> labels;
            for (const Claim &c : *store->claimsOfSource(source.id)) {
                if (!c.money || !c.quote.start)
                    continue;
                const int inQuote = int(c.quote.exact.indexOf(c.money->stated));
                QVERIFY2(inQuote >= 0, qPrintable(c.quote.exact));
                const int at = *c.quote.start + inQuote;
                Label l{{at, at + int(c.money->stated.size())}, {}, {}, {}};
                if (c.flowId) {
                    const Flow f = *store->flow(*c.flowId);
                    l.payer = names.value(c.statedPayerId.value_or(f.payerId));
                    l.payee = names.value(c.statedPayeeId.value_or(f.payeeId));
                } else if (c.companyId && c.attribute == ClaimAttribute::Total) {
                    l.payer = names.value(*c.companyId);
                    l.payee = names.value(c.counterpartyId.value_or(0));
                }
                labels.push_back(l);
            }
            ExtractionOptions options;
            options.published = source.published;
            options.money.skipSharePrices = true;
            const Extraction ex = extract(text, *dictionary, options);
            score(source.key, text, labels, ex.proposals, total);
        }
        total.print("Reference articles");
        QVERIFY(total.labels >= 30);
        QVERIFY2(total.recall() >= 0.98, "amount recall on the reference articles");
        QVERIFY2(total.precision() >= 0.95, "amount precision on the reference articles");
        QVERIFY2(total.attribution() >= 0.85, "payer/payee attribution on the reference articles");
    }
};

QTEST_GUILESS_MAIN(TestExtractionQuality)
#include "test_extraction_quality.moc"
