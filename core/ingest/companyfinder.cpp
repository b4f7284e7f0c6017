// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/companyfinder.h"

#include "ingest/sentences.h"
#include "store/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace ds::ingest {

namespace {

struct Word {
    int start;
    int end;
};

bool isWordChar(QChar c) {
    return c.isLetterOrNumber();
}

// Words: runs of letters and digits, joined by an inner "." or "&" ("Amazon.com", "AT&T").
// Hyphens and apostrophes end a word, so that "Microsoft-Anthropic" gives two names and
// "Microsoft’s" gives "Microsoft"; phrases join words across a space or a hyphen.
std::vector<Word> words(const QString &text) {
    std::vector<Word> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n) {
            if (isWordChar(text.at(i))) {
                ++i;
                continue;
            }
            const QChar c = text.at(i);
            if ((c == QLatin1Char('.') || c == QLatin1Char('&')) && i + 1 < n &&
                isWordChar(text.at(i + 1))) {
                ++i;
                continue;
            }
            break;
        }
        out.push_back({start, i});
    }
    return out;
}

bool isStopWord(const QString &word) {
    static const QSet<QString> stop = [] {
        QSet<QString> s;
        for (const char *w :
             {"the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "of", "with",
              "by", "from", "as", "this", "that", "these", "those", "it", "its", "their", "they",
              "we", "our", "you", "your", "he", "she", "his", "her", "i", "if", "when", "while",
              "what", "why", "how", "who", "which", "where", "there", "here", "so", "yet", "also",
              "after", "before", "since", "according", "however", "meanwhile", "today", "yesterday",
              "tomorrow", "a.i", "ceo", "cfo", "cto", "agi", "gpu", "gpus", "cpu", "llm", "llms",
              "us", "u.s", "uk", "eu", "usd", "eur", "new", "more", "most", "expect", "analysts",
              "sources", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec", "billion", "million", "trillion",
              "inc", "corp", "ltd", "co", "llc", "read", "related", "advertisement", "share",
              "subscribe", "click", "photo", "image", "source", "update", "updated", "published",
              "by", "is", "are", "was", "will", "would", "could", "should", "can", "may", "might",
              "all", "some", "one", "two", "three", "first", "second", "last", "next", "each",
              "every", "both", "not", "no", "yes", "just", "still", "now", "then", "than", "under",
              "over", "into", "about", "between", "through", "during", "without", "within",
              "across", "against", "among", "amid", "despite", "because", "though", "although",
              "unlike", "like", "such", "other", "another", "many", "much", "few", "several", "any",
              "only", "even", "very", "perhaps", "indeed", "instead", "together", "overall",
              "finally", "moreover", "furthermore", "additionally", "ultimately", "still", "big",
              "tech", "key", "bottom", "line", "conclusion", "summary", "introduction",
              "background", "analysis", "report", "reports", "says", "said", "chief", "executive",
              "officer", "president", "founder", "co-founder", "chairman", "director", "minister",
              "government", "federal", "state", "national", "global", "international", "world",
              "market", "markets", "company", "companies", "group", "deal", "deals", "investment",
              "investments", "partnership", "cloud", "compute", "data", "model", "models", "chip",
              "chips", "startup", "startups",
              // Nationalities and regions describe a company; they are not one.
              "american", "british", "canadian", "chinese", "dutch", "emirati", "european",
              "french", "german", "indian", "israeli", "italian", "japanese", "korean", "saudi",
              "spanish", "swedish", "swiss", "taiwanese", "asian", "arab", "gulf", "western",
              "silicon"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return stop.contains(word.toLower());
}

bool isCapitalised(const QString &text, const Word &w) {
    const QChar c = text.at(w.start);
    if (!c.isUpper())
        return false;
    // An all-capital word of one letter ("I", "A") is not a name.
    return w.end - w.start > 1;
}

} // namespace

QString phraseKey(const QString &phrase) {
    QString key = phrase.simplified().toLower();
    key.replace(QChar(0x2019), QLatin1Char('\''));
    return key;
}

void CompanyDictionary::add(const Company &company) {
    const int index = int(m_entries.size());
    Entry entry;
    entry.id = company.id;
    entry.name = company.name;
    entry.kind = company.kind;
    m_entries.push_back(std::move(entry));
    m_byId.insert(company.id, index);
    QStringList phrases = company.aliases;
    phrases.prepend(company.name);
    for (const QString &phrase : phrases) {
        const QString key = phraseKey(phrase);
        if (key.isEmpty() || m_byKey.contains(key))
            continue;
        m_byKey.insert(key, index);
        m_longest = std::max(m_longest, int(words(key).size()));
    }
}

void CompanyDictionary::addKnown(const DirectoryCompany &company) {
    const QString key = phraseKey(company.name);
    if (key.isEmpty())
        return;
    int index = m_byKey.value(key, -1);
    if (index < 0) {
        index = int(m_entries.size());
        m_entries.push_back({0, company.name, company.kind, true, company.note, company.sells});
        m_byKey.insert(key, index);
        m_longest = std::max(m_longest, int(words(key).size()));
    } else if (m_entries[size_t(index)].sells == Sells::Nothing) {
        m_entries[size_t(index)].sells = company.sells;
    }
    for (const QString &alias : company.aliases) {
        const QString a = phraseKey(alias);
        if (a.isEmpty() || m_byKey.contains(a))
            continue;
        m_byKey.insert(a, index);
        m_longest = std::max(m_longest, int(words(a).size()));
    }
    for (const QString &product : company.products)
        if (!m_byProduct.contains(phraseKey(product)))
            m_byProduct.insert(phraseKey(product), index);
}

namespace {

Sells sellsFromToken(const QString &token) {
    static const QHash<QString, Sells> tokens = {
        {QStringLiteral("models"), Sells::Models},   {QStringLiteral("capital"), Sells::Capital},
        {QStringLiteral("cloud"), Sells::Cloud},     {QStringLiteral("capacity"), Sells::Capacity},
        {QStringLiteral("servers"), Sells::Servers}, {QStringLiteral("chips"), Sells::Chips}};
    return tokens.value(token, Sells::Nothing);
}

QStringList listField(const QString &field) {
    QStringList out;
    for (const QString &a : field.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            out << a.trimmed();
    return out;
}

// The lines of a resource list, without comments and blank lines.
QStringList resourceLines(const QString &path) {
    QFile file(path);
    QStringList out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1Char('#')) && !line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace

std::vector<DirectoryCompany> parseDirectory(const QString &tsv) {
    std::vector<DirectoryCompany> out;
    for (const QString &line : tsv.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        DirectoryCompany c;
        c.name = f.value(0).trimmed();
        c.kind = fromToken<CompanyKind>(f.value(1).trimmed()).value_or(CompanyKind::Other);
        c.sells = sellsFromToken(f.value(2).trimmed());
        c.aliases = listField(f.value(3));
        c.products = listField(f.value(4));
        c.note = f.value(5).trimmed();
        if (!c.name.isEmpty())
            out.push_back(std::move(c));
    }
    return out;
}

void CompanyDictionary::addDirectory() {
    struct Directory {
        std::vector<DirectoryCompany> companies;
        QStringList places, firstNames;
    };
    static const Directory directory = [] {
        QFile file(QStringLiteral(":/directory/companies.tsv"));
        return Directory{file.open(QIODevice::ReadOnly)
                             ? parseDirectory(QString::fromUtf8(file.readAll()))
                             : std::vector<DirectoryCompany>(),
                         resourceLines(QStringLiteral(":/directory/places.txt")),
                         resourceLines(QStringLiteral(":/directory/firstnames.txt"))};
    }();
    for (const DirectoryCompany &c : directory.companies)
        addKnown(c);
    for (const QString &place : directory.places)
        addPlace(place);
    for (const QString &name : directory.firstNames)
        addFirstName(name);
}

const CompanyDictionary::Entry *CompanyDictionary::makerOf(const QString &product) const {
    const auto it = m_byProduct.constFind(phraseKey(product));
    return it == m_byProduct.cend() ? nullptr : &m_entries[size_t(*it)];
}

Result<CompanyDictionary> CompanyDictionary::fromStore(Store &store) {
    auto companies = store.companies();
    if (!companies)
        return companies.error();
    CompanyDictionary dictionary;
    for (const Company &c : *companies)
        dictionary.add(c);
    dictionary.addDirectory();
    return dictionary;
}

const CompanyDictionary::Entry *CompanyDictionary::entryOf(const std::optional<Id> &companyId,
                                                           const QString &name) const {
    if (companyId)
        return byId(*companyId);
    const auto *e = name.isEmpty() ? nullptr : lookup(name);
    return e && e->fromDirectory ? e : nullptr;
}

const CompanyDictionary::Entry *CompanyDictionary::lookup(const QString &phrase) const {
    const auto it = m_byKey.constFind(phraseKey(phrase));
    return it == m_byKey.cend() ? nullptr : &m_entries[size_t(*it)];
}

const CompanyDictionary::Entry *CompanyDictionary::byId(Id id) const {
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entries[size_t(*it)];
}

std::vector<CompanyMention> findCompanies(const QString &text,
                                          const CompanyDictionary &dictionary) {
    const std::vector<Word> ws = words(text);
    const std::vector<TextSpan> sentences = splitSentences(text);
    QSet<int> sentenceStarts;
    for (const TextSpan &s : sentences)
        sentenceStarts.insert(s.start);
    auto startsSentence = [&](const Word &w) {
        // The first word of a sentence, or after an opening quote or bracket.
        int i = w.start;
        while (i > 0 && !text.at(i - 1).isSpace() && !text.at(i - 1).isLetterOrNumber())
            --i;
        return sentenceStarts.contains(i) || sentenceStarts.contains(w.start);
    };
    // Words are joined into a phrase only across one space or hyphen.
    auto joinable = [&](const Word &a, const Word &b) {
        return b.start - a.end == 1 &&
               (text.at(a.end) == QLatin1Char(' ') || text.at(a.end) == QLatin1Char('-'));
    };
    // In a headline in title case every word is capitalised: no new names there. A headline
    // has no final full stop.
    auto titleCase = [&](int offset) {
        const TextSpan &s = sentences[size_t(sentenceAt(sentences, offset))];
        const QChar last = text.at(s.end - 1);
        if (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?'))
            return false;
        int capitalised = 0;
        int total = 0;
        for (const Word &w : ws) {
            if (w.start < s.start || w.end > s.end || w.end - w.start < 4)
                continue;
            ++total;
            capitalised += text.at(w.start).isUpper() ? 1 : 0;
        }
        return total >= 3 && capitalised * 10 >= total * 6;
    };

    std::vector<CompanyMention> found;
    struct Candidate {
        TextSpan span;
        QString name;
        bool atSentenceStart;
    };
    std::vector<Candidate> unknown;
    const int n = int(ws.size());
    int i = 0;
    while (i < n) {
        // The longest known phrase starting here.
        int matched = 0;
        const CompanyDictionary::Entry *entry = nullptr;
        QString phrase;
        for (int len = 1; len <= dictionary.longestPhrase() && i + len <= n; ++len) {
            if (len > 1 && !joinable(ws[size_t(i + len - 2)], ws[size_t(i + len - 1)]))
                break;
            phrase =
                text.mid(ws[size_t(i)].start, ws[size_t(i + len - 1)].end - ws[size_t(i)].start);
            if (const auto *e = dictionary.lookup(phrase)) {
                entry = e;
                matched = len;
            }
        }
        if (entry) {
            found.push_back({{ws[size_t(i)].start, ws[size_t(i + matched - 1)].end},
                             entry->fromDirectory ? std::nullopt : std::optional<Id>(entry->id),
                             entry->name});
            i += matched;
            continue;
        }
        // A run of capitalised words (stop words end it).
        int len = 0;
        while (i + len < n && len < 4 && isCapitalised(text, ws[size_t(i + len)]) &&
               !isStopWord(text.mid(ws[size_t(i + len)].start,
                                    ws[size_t(i + len)].end - ws[size_t(i + len)].start)) &&
               (len == 0 || joinable(ws[size_t(i + len - 1)], ws[size_t(i + len)])) &&
               !dictionary.lookup(text.mid(ws[size_t(i + len)].start,
                                           ws[size_t(i + len)].end - ws[size_t(i + len)].start)))
            ++len;
        if (len == 0) {
            ++i;
            continue;
        }
        const TextSpan span{ws[size_t(i)].start, ws[size_t(i + len - 1)].end};
        unknown.push_back(
            {span, text.mid(span.start, span.length()), startsSentence(ws[size_t(i)])});
        i += len;
    }
    // A capitalised word at a sentence start is a name only when it is also seen elsewhere.
    // One-word names need to be seen twice (a lone capitalised word is too often something
    // else); public bodies are not companies.
    QSet<QString> seenInside;
    QHash<QString, int> seen;
    for (const Candidate &c : unknown) {
        if (!c.atSentenceStart)
            seenInside.insert(phraseKey(c.name));
        seen[phraseKey(c.name)] += 1;
    }
    static const QRegularExpression publicBody(
        QStringLiteral(R"(\b(Authority|Commission|Ministry|Department|Court|Agency|Regulator|)"
                       R"(Government|Parliament|Congress|Senate|Union|Bureau|Office|Council|)"
                       R"(University|Institute|Foundation|Association|Party)$)"));
    // "cloud security firm Wiz", "UK startup Nscale": a name its description introduces.
    static const QRegularExpression described(
        QStringLiteral(R"(\b(?:startup|start-up|firm|company|chipmaker|maker|provider|developer|)"
                       R"(operator|lab|unit|rival|competitor|partner|investor|fund|platform|)"
                       R"(giant|group|designer|specialist|neocloud|builder)\s+$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Candidate &c : unknown) {
        const QString key = phraseKey(c.name);
        if (c.atSentenceStart && !seenInside.contains(key))
            continue;
        const bool oneWord = !c.name.contains(QLatin1Char(' '));
        const bool introduced = described
                                    .match(text.mid(std::max(0, c.span.start - 30),
                                                    c.span.start - std::max(0, c.span.start - 30)))
                                    .hasMatch();
        // "SPVs", "GPUs": a plural abbreviation; "GB300", "H100": a product code.
        static const QRegularExpression notName(
            QStringLiteral(R"(^(?:[A-Z]{2,}s|[A-Z]{1,3}\d{2,}[A-Za-z]*)$)"));
        if (oneWord && notName.match(c.name).hasMatch())
            continue;
        if ((oneWord && (c.name.size() < 3 || (seen.value(key) < 2 && !introduced))) ||
            publicBody.match(c.name).hasMatch() || titleCase(c.span.start) ||
            dictionary.isPlace(c.name) ||
            dictionary.isFirstName(c.name.section(QLatin1Char(' '), 0, 0)))
            continue;
        found.push_back({c.span, std::nullopt, c.name});
    }
    std::sort(found.begin(), found.end(), [](const CompanyMention &a, const CompanyMention &b) {
        return a.span.start < b.span.start;
    });
    return found;
}

} // namespace ds::ingest
