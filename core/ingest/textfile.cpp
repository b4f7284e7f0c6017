// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/textfile.h"

#include "store/openfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QStringDecoder>

namespace ds::ingest {

namespace {
bool looksBinary(const QByteArray &bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return n > 0 && control * 10 > n; // more than 10 % control characters
}
} // namespace

Status checkTextBytes(const QByteArray &bytes, const QString &name, qint64 maxBytes) {
    if (bytes.size() > maxBytes)
        return Error{QCoreApplication::translate("ds::ingest",
                                                 "%1 is too large (%2 MB; the limit is %3 MB).")
                         .arg(name)
                         .arg(double(bytes.size()) / 1048576.0, 0, 'f', 1)
                         .arg(double(maxBytes) / 1048576.0, 0, 'f', 0)};
    if (bytes.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ds::ingest", "%1 is empty.").arg(name)};
    if (looksBinary(bytes))
        return Error{QCoreApplication::translate("ds::ingest",
                                                 "%1 is not a text file (it holds binary data).")
                         .arg(name)};
    return Status::success();
}

Result<LoadedText> decodeText(const QByteArray &bytes, const QString &name, qint64 maxBytes) {
    if (Status checked = checkTextBytes(bytes, name, maxBytes); !checked)
        return checked.error();
    LoadedText loaded;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    loaded.text = decoder.decode(bytes);
    if (decoder.hasError())
        loaded.warnings << QCoreApplication::translate(
                               "ds::ingest",
                               "%1 is not valid UTF-8; the invalid bytes were replaced with �.")
                               .arg(name);
    if (loaded.text.startsWith(QChar(0xFEFF)))
        loaded.text.remove(0, 1);
    return loaded;
}

Result<LoadedText> readTextFile(const QString &path, qint64 maxBytes) {
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).size() > maxBytes)
        return decodeText(QByteArray(maxBytes + 1, ' '), name, maxBytes); // the size message
    auto bytes = readOutsideFile(path, maxBytes);
    if (!bytes)
        return bytes.error();
    return decodeText(*bytes, name, maxBytes);
}

QString textHash(const QString &text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ds::ingest
