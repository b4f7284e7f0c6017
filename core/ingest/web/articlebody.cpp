// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/web/articlebody.h"

#include "ingest/web/pagenodes.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace ds::ingest::web {

namespace {

using Node = PageNodes::Node;

int tagBase(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_ARTICLE:
        return 10;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

// Readability's scoring, over the pruned page: each block with a line of its own of 25
// characters or more gives 1 + commas + one per 100 characters (at most 3) to its container,
// half to the next one up and a third per level to three more.
class Scorer {
public:
    explicit Scorer(const PageNodes &page)
        : m_page(page)
        , m_score(page.nodes().size(), 0.0)
        , m_scored(page.nodes().size(), 0) {
        const auto &nodes = page.nodes();
        for (size_t i = 0; i < nodes.size(); ++i) {
            const Node &n = nodes[i];
            if (!isElement(n.node) || n.ownLen < 25 || isHeading(tagOf(n.node)))
                continue;
            const double points = 1.0 + n.ownCommas + std::min(n.ownLen / 100, 3);
            int level = 0;
            for (int a = n.parent; a >= 0 && level < 5; a = nodes[size_t(a)].parent, ++level) {
                if (!isElement(nodes[size_t(a)].node))
                    break;
                touch(a);
                m_score[size_t(a)] += level == 0   ? points
                                      : level == 1 ? points / 2
                                                   : points / (level * 3);
            }
        }
        for (size_t i = 0; i < nodes.size(); ++i)
            if (m_scored[i])
                m_score[i] *= 1.0 - page.linkDensity(int(i));
    }

    bool scored(int i) const { return m_scored[size_t(i)]; }
    double score(int i) const { return m_scored[size_t(i)] ? m_score[size_t(i)] : 0.0; }

    int best() const {
        int top = -1;
        for (size_t i = 0; i < m_score.size(); ++i)
            if (m_scored[i] && (top < 0 || m_score[i] > m_score[size_t(top)]))
                top = int(i);
        return top;
    }

    // Up to `count` best candidates, best first.
    std::vector<int> ranked(size_t count) const {
        std::vector<int> all;
        for (size_t i = 0; i < m_score.size(); ++i)
            if (m_scored[i])
                all.push_back(int(i));
        const size_t n = std::min(count, all.size());
        std::partial_sort(all.begin(), all.begin() + qsizetype(n), all.end(),
                          [&](int a, int b) { return m_score[size_t(a)] > m_score[size_t(b)]; });
        all.resize(n);
        return all;
    }

private:
    void touch(int i) {
        if (m_scored[size_t(i)])
            return;
        m_scored[size_t(i)] = 1;
        const GumboNode *n = m_page.nodes()[size_t(i)].node;
        m_score[size_t(i)] = tagBase(tagOf(n)) + classWeight(n);
    }

    const PageNodes &m_page;
    std::vector<double> m_score;
    std::vector<char> m_scored;
};

bool isAncestor(const PageNodes &page, int ancestor, int node) {
    for (int a = node; a >= 0; a = page.nodes()[size_t(a)].parent)
        if (a == ancestor)
            return true;
    return false;
}

// Where several strong candidates share a container (an article split by ads into blocks),
// the container; where the best is its parent's only child, or its parent scores higher,
// the parent.
int settle(const PageNodes &page, const Scorer &scorer, int top) {
    const auto &nodes = page.nodes();
    const double topScore = scorer.score(top);
    std::vector<int> alternatives;
    for (int c : scorer.ranked(6))
        if (c != top && scorer.score(c) >= 0.75 * topScore)
            alternatives.push_back(c);
    if (alternatives.size() >= 3) {
        for (int a = nodes[size_t(top)].parent; a >= 0; a = nodes[size_t(a)].parent) {
            if (tagOf(nodes[size_t(a)].node) == GUMBO_TAG_BODY)
                break;
            const auto within = std::count_if(alternatives.begin(), alternatives.end(),
                                              [&](int c) { return isAncestor(page, a, c); });
            if (within >= 3) {
                top = a;
                break;
            }
        }
    }
    double last = scorer.score(top);
    const double threshold = last / 3;
    for (int a = nodes[size_t(top)].parent; a >= 0; a = nodes[size_t(a)].parent) {
        if (tagOf(nodes[size_t(a)].node) == GUMBO_TAG_BODY || !isElement(nodes[size_t(a)].node))
            break;
        if (!scorer.scored(a))
            continue;
        const double s = scorer.score(a);
        if (s < threshold)
            break;
        if (s > last) {
            top = a;
            break;
        }
        last = s;
    }
    // An only child says nothing about where the article ends.
    while (true) {
        const int parent = nodes[size_t(top)].parent;
        if (parent < 0 || tagOf(nodes[size_t(parent)].node) == GUMBO_TAG_BODY)
            break;
        int elementChildren = 0;
        for (const GumboNode *c : childrenOf(nodes[size_t(parent)].node))
            elementChildren += page.indexOf(c) >= 0 && isElement(c);
        if (elementChildren != 1 || nodes[size_t(parent)].textLen > nodes[size_t(top)].textLen)
            break;
        top = parent;
    }
    return top;
}

// The best container and those of its siblings that continue the article.
std::vector<int> gather(const PageNodes &page, const Scorer &scorer, int top) {
    const auto &nodes = page.nodes();
    const int parent = nodes[size_t(top)].parent;
    if (parent < 0)
        return {top};
    const double threshold = std::max(10.0, scorer.score(top) * 0.2);
    const QString topClass = attribute(nodes[size_t(top)].node, "class");
    std::vector<int> kept;
    for (const GumboNode *c : childrenOf(nodes[size_t(parent)].node)) {
        const int i = page.indexOf(c);
        if (i < 0 || !isElement(c))
            continue;
        if (i == top) {
            kept.push_back(i);
            continue;
        }
        double bonus = 0;
        if (!topClass.isEmpty() && attribute(c, "class") == topClass)
            bonus = scorer.score(top) * 0.2;
        if (scorer.scored(i) && scorer.score(i) + bonus >= threshold) {
            kept.push_back(i);
            continue;
        }
        if (tagOf(c) == GUMBO_TAG_P) {
            const int len = nodes[size_t(i)].textLen;
            const double density = page.linkDensity(i);
            static const QRegularExpression sentence(QStringLiteral(R"(\.( |$))"));
            if ((len > 80 && density < 0.25) ||
                (len > 0 && len <= 80 && density == 0 && sentence.match(textOf(c)).hasMatch()))
                kept.push_back(i);
        }
    }
    return kept;
}

// Inside the article: whether a block is furniture after all (readability's "conditional
// cleaning"): link lists, blocks whose class says so, short blocks of images or nothing.
bool dropInside(const PageNodes &page, int i) {
    const Node &n = page.nodes()[size_t(i)];
    const GumboTag tag = tagOf(n.node);
    if (tag == GUMBO_TAG_H1)
        return true; // the title, which the metadata holds
    const int weight = classWeight(n.node);
    const double density = page.linkDensity(i);
    if (isHeading(tag))
        return weight < 0 || density > 0.33;
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FOOTER:
        break;
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
    if (weight < 0)
        return true;
    if (n.commas >= 10)
        return false;
    const bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL;
    if (tag == GUMBO_TAG_FIGURE)
        return n.paragraphs == 0;
    if (!list && n.listItems > n.paragraphs + 3 && density > 0.2)
        return true;
    if (!list && n.textLen < 25 && n.headings == 0)
        return true;
    if (weight < 25 && density > (list ? 0.5 : 0.2))
        return true;
    return weight >= 25 && density > 0.5;
}

// One block a line; a table cell ends with a space, a <br> ends the line.
class Renderer {
public:
    explicit Renderer(const PageNodes *page = nullptr)
        : m_page(page) {}

    void render(const GumboNode *root, bool clean) {
        // Depth-first with an explicit stack; a negative entry marks a block's end.
        std::vector<std::pair<const GumboNode *, bool>> stack{{root, true}};
        while (!stack.empty()) {
            auto [n, entering] = stack.back();
            stack.pop_back();
            if (!entering) {
                endOf(n);
                continue;
            }
            if (isText(n)) {
                m_line += QString::fromUtf8(n->v.text.text);
                continue;
            }
            if (!isElement(n))
                continue;
            if (m_page) {
                const int i = m_page->indexOf(n);
                if (i < 0 || (clean && n != root && dropInside(*m_page, i)))
                    continue;
            } else if (isInvisible(n)) {
                continue;
            }
            const GumboTag tag = tagOf(n);
            if (tag == GUMBO_TAG_BR) {
                breakLine();
                continue;
            }
            if (!isInline(tag))
                breakLine();
            stack.push_back({n, false});
            const auto kids = childrenOf(n);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.push_back({*it, true});
        }
        breakLine();
    }

    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    void endOf(const GumboNode *n) {
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_line += QLatin1Char(' ');
        else if (!isInline(tag))
            breakLine();
    }
    void breakLine() {
        const QString line = m_line.simplified();
        if (!line.isEmpty())
            m_lines << line;
        m_line.clear();
    }

    const PageNodes *m_page;
    QString m_line;
    QStringList m_lines;
};

const GumboNode *bodyOf(const HtmlTree &tree) {
    const GumboNode *body = tree.find(GUMBO_TAG_BODY);
    return body ? body : tree.root();
}

QString tidyPlain(const QString &text) {
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (const QString simple = line.simplified(); !simple.isEmpty())
            lines << simple;
    return lines.join(QLatin1Char('\n'));
}

// JSON-LD bodies are plain text, sometimes escaped HTML; paragraphs are kept a line each.
QString plainJsonLdBody(const QString &body) {
    if (!body.contains(QLatin1Char('<')))
        return tidyPlain(body);
    HtmlTree fragment(body.toUtf8());
    Renderer r;
    r.render(bodyOf(fragment), false);
    return r.text();
}

QString domArticle(const GumboNode *body, PageNodes::Pruning pruning) {
    const PageNodes page(body, pruning);
    if (page.nodes().empty())
        return {};
    const Scorer scorer(page);
    int top = scorer.best();
    if (top < 0)
        return {};
    top = settle(page, scorer, top);
    Renderer r(&page);
    for (int i : gather(page, scorer, top))
        r.render(page.nodes()[size_t(i)].node, true);
    return r.text();
}

// A page's byline and time stamps above its first paragraph are metadata, not article text
// ("By Justine Coleman - 11/18/19", "Updated Nov 19, 9:41 AM", "PUBLISHED: 10:48, Tue…").
QString withoutLeadingStamps(const QString &text) {
    static const QRegularExpression stamp(
        QStringLiteral(
            R"(^\|?\s*(?:by\s+\p{Lu}|updated\b|published\b|posted\b|last (?:updated|modified)\b|\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|\d{1,2}/\d{1,2}/\d{2,4}\b))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines = text.split(QLatin1Char('\n'));
    int dropped = 0;
    for (int i = 0; i < lines.size() && i < 6 && dropped < 4;) {
        if (lines[i].size() <= 100 && stamp.match(lines[i]).hasMatch() && lines.size() > 3) {
            lines.removeAt(i);
            ++dropped;
        } else {
            ++i;
        }
    }
    return dropped ? lines.join(QLatin1Char('\n')) : text;
}

} // namespace

QString visibleText(const GumboNode *node) {
    Renderer r;
    r.render(node, false);
    return r.text();
}

BodyText articleBody(const HtmlTree &tree, HtmlScope scope, const QString &jsonLdBody) {
    const GumboNode *body = bodyOf(tree);
    if (scope == HtmlScope::Fragment)
        return {visibleText(body), BodySource::Fragment};

    // As readability does: where dropping furniture by class and id left too little (a page
    // whose wrapper's class says "sidebar-left"), try again dropping only what is invisible.
    QString domText;
    for (const auto pruning : {PageNodes::Pruning::Boilerplate, PageNodes::Pruning::Invisible}) {
        const QString attempt = domArticle(body, pruning);
        if (attempt.size() > domText.size())
            domText = attempt;
        if (domText.size() >= 500)
            break;
    }
    const QString ld = jsonLdBody.trimmed().isEmpty() ? QString() : plainJsonLdBody(jsonLdBody);
    if (ld.size() >= 300 && domText.size() < 0.6 * ld.size())
        return {ld, BodySource::JsonLd};
    if (domText.size() >= 200)
        return {withoutLeadingStamps(domText), BodySource::Dom};
    const QString visible = visibleText(body);
    if (visible.size() <= domText.size())
        return {domText, BodySource::Dom};
    return {visible, BodySource::VisibleText};
}

} // namespace ds::ingest::web
