// SPDX-License-Identifier: GPL-3.0-or-later
// The Link Grammar trial of issue 14: does Debian's English parser name the payer better than
// DealScope's rules? For every labelled payment of ../shared/realworld/dev it parses the
// row's sentence, takes the subject of the verb nearest before the amount (the left word of
// an S link) and checks it against the labelled payer; the rules' payer is scored on the same
// rows. Built only when link-grammar is installed (it is not a dependency of DealScope).
#include "exchange/jsonformat.h"
#include "exchange/sample.h"
#include "ingest/extraction.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <link-grammar/link-includes.h>

#include <cstdio>

using namespace ds;
using namespace ds::ingest;

namespace {

QString read(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool names(const QString &word, const QStringList &labels) {
    const QString w = word.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    for (const QString &l : labels)
        if (!w.isEmpty() && (l.contains(w, Qt::CaseInsensitive) ||
                             w.contains(l.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive)))
            return true;
    return false;
}

// The subject the parse gives for the amount: the left word of the last S link whose verb
// stands before the amount's first word.
QString subjectOf(Dictionary dict, Parse_Options opts, const QString &sentence,
                  const QString &amount, bool *parsed) {
    Sentence sent = sentence_create(sentence.toUtf8().constData(), dict);
    *parsed = false;
    QString subject;
    if (sentence_parse(sent, opts) > 0) {
        if (Linkage lk = linkage_create(0, sent, opts)) {
            *parsed = true;
            const QString firstWord = amount.section(QLatin1Char(' '), 0, 0);
            int amountWord = int(linkage_get_num_words(lk));
            for (int w = 0; w < int(linkage_get_num_words(lk)); ++w)
                if (QString::fromUtf8(linkage_get_word(lk, w)).contains(firstWord.mid(1, 3))) {
                    amountWord = w;
                    break;
                }
            for (int i = 0; i < int(linkage_get_num_links(lk)); ++i) {
                const QString label = QString::fromUtf8(linkage_get_link_label(lk, i));
                if (!label.startsWith(QLatin1Char('S')) || label.startsWith(QLatin1String("SJ")))
                    continue;
                if (int(linkage_get_link_rword(lk, i)) < amountWord)
                    subject =
                        QString::fromUtf8(linkage_get_word(lk, int(linkage_get_link_lword(lk, i))));
            }
            linkage_delete(lk);
        }
    }
    sentence_delete(sent);
    return subject;
}

} // namespace

int main() {
    const QDir dir(QStringLiteral(DEALSCOPE_SOURCE_DIR "/../shared/realworld/dev"));
    const QStringList gold = dir.entryList({QStringLiteral("*.gold.tsv")}, QDir::Files, QDir::Name);
    if (gold.isEmpty()) {
        std::printf("../shared/realworld/dev is not there: skipped\n");
        return 0;
    }
    auto store = Store::openMemory();
    if (!store || !json::importDocument(*store, sample::sampleJson()))
        return 1;
    const auto dictionary = CompanyDictionary::fromStore(*store);
    Dictionary dict = dictionary_create_lang("en");
    Parse_Options opts = parse_options_create();
    parse_options_set_max_parse_time(opts, 10);
    parse_options_set_linkage_limit(opts, 100);
    parse_options_set_verbosity(opts, 0);
    int rows = 0, parsed = 0, parserRight = 0, rulesRight = 0;
    qint64 parseMs = 0;
    for (const QString &g : gold) {
        const QString base = g.chopped(int(qstrlen(".gold.tsv")));
        const QString text =
            read(dir.filePath(base + QStringLiteral(".txt"))).section(QLatin1Char('\n'), 5);
        const Extraction ex = extract(text, *dictionary);
        for (const QString &line : read(dir.filePath(g)).split(QLatin1Char('\n')).mid(1)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() < 7 || f[3] == QLatin1String("-"))
                continue;
            ++rows;
            const QStringList payers = f[3].split(QStringLiteral("; "));
            bool ok = false;
            QElapsedTimer t;
            t.start();
            const QString subject = subjectOf(dict, opts, f[6], f[0], &ok);
            parseMs += t.elapsed();
            parsed += ok;
            parserRight += names(subject, payers);
            const qsizetype at = text.indexOf(f[6]);
            for (const Proposal &p : ex.proposals)
                if (at >= 0 && p.figure.start >= at && p.figure.start < at + f[6].size() &&
                    text.mid(p.figure.start, p.figure.length()).contains(f[0])) {
                    rulesRight += names(p.payer.name, payers);
                    break;
                }
        }
    }
    std::printf("Link Grammar trial on realworld/dev: %d payments, %d sentences parsed; payer "
                "right: parser subject %d/%d, DealScope's rules %d/%d; parsing took %lld ms\n",
                rows, parsed, parserRight, rows, rulesRight, rows, static_cast<long long>(parseMs));
    parse_options_delete(opts);
    dictionary_delete(dict);
    return 0;
}
