// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/web/mhtml.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace ds::ingest::web {

namespace {

struct Part {
    QHash<QByteArray, QByteArray> headers; // lower-case names; folded lines joined
    QByteArray body;
};

// Splits "headers CRLF CRLF body"; header lines that start with a space continue the last.
Part parsePart(const QByteArray &raw) {
    Part part;
    qsizetype end = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = end + 4;
    const qsizetype lf = raw.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end)) {
        end = lf;
        bodyStart = lf + 2;
    }
    if (end < 0) {
        end = raw.size();
        bodyStart = raw.size();
    }
    QByteArray last;
    for (QByteArray line : raw.left(end).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line[0] == ' ' || line[0] == '\t') && !last.isEmpty()) {
            part.headers[last] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.left(colon).trimmed().toLower();
        if (!part.headers.contains(last))
            part.headers.insert(last, line.mid(colon + 1).trimmed());
    }
    part.body = raw.mid(bodyStart);
    return part;
}

// A parameter of a header value: boundary="----MultipartBoundary--abc" → ----Multipart…
QByteArray parameter(const QByteArray &value, const char *name) {
    const QRegularExpression re(
        QStringLiteral(R"re(;\s*%1\s*=\s*(?:"([^"]*)"|([^;\s]+)))re").arg(QLatin1String(name)),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    return (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toLatin1();
}

QByteArray mediaType(const QByteArray &contentType) {
    const qsizetype semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
}

QByteArray decodeBody(const Part &part) {
    const QByteArray encoding = part.headers.value("content-transfer-encoding").toLower();
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(part.body);
    if (encoding == "base64")
        return QByteArray::fromBase64(part.body);
    return part.body;
}

} // namespace

QByteArray decodeQuotedPrintable(const QByteArray &in) {
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && in[i + 1] == '\n') { // soft break
            i += 1;
            continue;
        }
        if (i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
            out += char(hex(in[i + 1]) * 16 + hex(in[i + 2]));
            i += 2;
            continue;
        }
        out += c; // a stray "=": kept, as readers do
    }
    return out;
}

Result<MhtmlPage> pageFromMhtml(const QByteArray &bytes, const QString &name) {
    const Part top = parsePart(bytes);
    const QByteArray contentType = top.headers.value("content-type");
    if (contentType.isEmpty())
        return Error{QCoreApplication::translate(
                         "ds::ingest", "%1 is not a saved web page (MHTML): it has no MIME header.")
                         .arg(name)};
    auto pageOf = [](const Part &part) {
        MhtmlPage page;
        page.html = decodeBody(part);
        page.charset = parameter(part.headers.value("content-type"), "charset").toLower();
        page.location = QString::fromUtf8(part.headers.value("content-location"));
        return page;
    };
    const QByteArray type = mediaType(contentType);
    if (type == "text/html" || type == "application/xhtml+xml")
        return pageOf(top);
    if (!type.startsWith("multipart/"))
        return Error{QCoreApplication::translate("ds::ingest",
                                                 "%1 is not a saved web page: its content is %2.")
                         .arg(name, QString::fromLatin1(type))};
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return Error{
            QCoreApplication::translate(
                "ds::ingest", "%1 is a damaged saved web page: its parts have no boundary.")
                .arg(name)};
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = bytes.indexOf(delimiter);
    int parts = 0;
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (bytes.mid(start, 2) == "--")
            break; // the closing delimiter
        const qsizetype next = bytes.indexOf(delimiter, start);
        const qsizetype lineEnd = bytes.indexOf('\n', start);
        if (lineEnd < 0)
            break;
        start = lineEnd + 1;
        QByteArray raw = bytes.mid(start, (next < 0 ? bytes.size() : next) - start);
        if (raw.endsWith("\r\n"))
            raw.chop(2);
        else if (raw.endsWith('\n'))
            raw.chop(1);
        const Part part = parsePart(raw);
        ++parts;
        const QByteArray partType = mediaType(part.headers.value("content-type"));
        if (partType == "text/html" || partType == "application/xhtml+xml")
            return pageOf(part);
        pos = next;
    }
    return Error{
        QCoreApplication::translate(
            "ds::ingest", "%1 holds no web page: none of its %n part(s) is HTML.", nullptr, parts)
            .arg(name)};
}

} // namespace ds::ingest::web
