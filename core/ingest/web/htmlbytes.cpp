// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/web/htmlbytes.h"

#include "ingest/textfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace ds::ingest::web {

namespace {

// windows-1252's bytes 0x80–0x9F (the rest is Latin-1); 0 marks the five unassigned ones,
// which the HTML standard maps to the C1 control of the same number.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes) {
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        d[i] = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

bool isUtf8Name(const QByteArray &n) {
    return n == "utf-8" || n == "utf8" || n == "unicode-1-1-utf-8" || n == "x-unicode20utf8";
}

// The HTML standard reads these labels as windows-1252.
bool isWindows1252Name(const QByteArray &n) {
    static const QSet<QByteArray> names = {
        "windows-1252",    "cp1252",  "x-cp1252", "iso-8859-1", "iso8859-1",
        "iso_8859-1",      "latin1",  "l1",       "ascii",      "us-ascii",
        "ansi_x3.4-1968",  "cp819",   "ibm819",   "iso-ir-100", "csisolatin1",
        "iso_8859-1:1987", "iso88591"};
    return names.contains(n);
}

bool validUtf8(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // the decoding happens here
    return !decoder.hasError();
}

} // namespace

QByteArray declaredCharset(const QByteArray &bytes) {
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(1024));
    const auto m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

Result<PageBytes> decodePage(const QByteArray &bytes, const QString &name, qint64 maxBytes,
                             const QByteArray &transportCharset) {
    PageBytes page;
    // UTF-16 pages hold zero bytes, so they are recognised by their mark before the checks.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        if (bytes.size() > maxBytes)
            return checkTextBytes(bytes, name, maxBytes).error();
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (text.trimmed().isEmpty())
            return Error{QCoreApplication::translate("ds::ingest", "%1 is empty.").arg(name)};
        page.utf8 = text.toUtf8();
        page.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return page;
    }
    if (Status checked = checkTextBytes(bytes, name, maxBytes); !checked)
        return checked.error();
    QByteArray body = bytes;
    QByteArray label = transportCharset.trimmed().toLower();
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
        label = "utf-8";
    }
    if (label.isEmpty())
        label = declaredCharset(body);
    // A page that says UTF-16 but has no mark was transcoded when it was saved.
    if (label.startsWith("utf-16"))
        label = "utf-8";
    if (label.isEmpty())
        label = validUtf8(body) ? QByteArray("utf-8") : QByteArray("windows-1252");
    if (isUtf8Name(label)) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(body);
        if (decoder.hasError()) {
            page.warnings << QCoreApplication::translate(
                                 "ds::ingest",
                                 "%1 is not valid UTF-8; the invalid bytes were replaced with �.")
                                 .arg(name);
            page.utf8 = text.toUtf8();
        } else {
            page.utf8 = body;
        }
        page.encoding = QStringLiteral("UTF-8");
        return page;
    }
    if (isWindows1252Name(label)) {
        page.utf8 = fromWindows1252(body).toUtf8();
        page.encoding = QStringLiteral("windows-1252");
        return page;
    }
    QStringDecoder decoder(label.constData());
    if (decoder.isValid()) {
        page.utf8 = QString(decoder.decode(body)).toUtf8();
        page.encoding = QString::fromLatin1(label);
        return page;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    page.utf8 = QString(utf8.decode(body)).toUtf8();
    page.encoding = QStringLiteral("UTF-8");
    page.warnings << QCoreApplication::translate(
                         "ds::ingest",
                         "%1 declares the encoding “%2”, which DealScope cannot read; it was "
                         "read as UTF-8.")
                         .arg(name, QString::fromLatin1(label));
    return page;
}

bool capNesting(QByteArray &utf8, int maxDepth) {
    // Elements that need no end tag, or that the next of their kind closes: not counted.
    static const QSet<QByteArray> uncounted = {
        "area", "base",  "br",       "col",     "embed", "hr",    "img",    "input",    "link",
        "meta", "param", "source",   "track",   "wbr",   "p",     "li",     "dt",       "dd",
        "td",   "th",    "tr",       "tbody",   "thead", "tfoot", "option", "optgroup", "rb",
        "rt",   "rp",    "colgroup", "caption", "frame", "keygen"};
    // Raw-text elements hold no tags.
    static const QSet<QByteArray> rawText = {"script", "style",   "textarea", "title",
                                             "xmp",    "noembed", "noframes", "plaintext"};
    QByteArray out;
    QByteArray lower;
    int depth = 0;
    int dropped = 0;
    qsizetype copied = 0;
    const qsizetype n = utf8.size();
    const char *s = utf8.constData();
    auto isAlpha = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] != '<' || i + 1 >= n)
            continue;
        if (s[i + 1] == '!') { // comment or doctype
            const qsizetype end = s[i + 2] == '-' && i + 3 < n && s[i + 3] == '-'
                                      ? utf8.indexOf("-->", i + 4)
                                      : utf8.indexOf('>', i);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        const bool closing = s[i + 1] == '/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !isAlpha(s[nameStart]))
            continue;
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (isAlpha(s[nameEnd]) || (s[nameEnd] >= '0' && s[nameEnd] <= '9')))
            ++nameEnd;
        const QByteArray tag = utf8.mid(nameStart, nameEnd - nameStart).toLower();
        qsizetype end = nameEnd;
        char quote = 0;
        for (; end < n; ++end) {
            if (quote) {
                if (s[end] == quote)
                    quote = 0;
            } else if (s[end] == '"' || s[end] == '\'') {
                quote = s[end];
            } else if (s[end] == '>') {
                break;
            }
        }
        if (end >= n)
            break;
        const bool selfClosing = s[end - 1] == '/';
        if (!closing && rawText.contains(tag)) {
            if (lower.isEmpty())
                lower = utf8.toLower(); // end tags are matched whatever their case
            const QByteArray closeTag = QByteArray("</") + tag;
            const qsizetype close = lower.indexOf(closeTag, end);
            const qsizetype closeEnd = close < 0 ? -1 : utf8.indexOf('>', close);
            if (closeEnd < 0)
                break;
            i = closeEnd;
            continue;
        }
        if (uncounted.contains(tag) || selfClosing) {
            i = end;
            continue;
        }
        bool drop = false;
        if (!closing) {
            if (depth >= maxDepth) {
                drop = true;
                ++dropped;
            } else {
                ++depth;
            }
        } else if (dropped > 0) {
            drop = true;
            --dropped;
        } else if (depth > 0) {
            --depth;
        }
        if (drop) {
            out.append(s + copied, i - copied);
            out.append(' ');
            copied = end + 1;
        }
        i = end;
    }
    if (copied == 0)
        return false;
    out.append(s + copied, n - copied);
    utf8 = out;
    return true;
}

} // namespace ds::ingest::web
