// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/citation.h"

#include <QCoreApplication>

namespace ds::analysis {

QString citationText(const Source &source, const Claim &claim) {
    QStringList parts;
    if (!source.publisher.isEmpty())
        parts << source.publisher;
    if (!source.author.isEmpty())
        parts << source.author;
    if (!source.title.isEmpty())
        parts << QStringLiteral("“%1”").arg(source.title);
    if (parts.isEmpty())
        parts << QCoreApplication::translate("ds::analysis", "untitled article %1").arg(source.key);
    if (!source.published.isNull())
        parts << source.published.display();
    if (!source.url.isEmpty())
        parts << source.url;
    QString text = parts.join(QStringLiteral(", "));
    if (!claim.quote.exact.isEmpty())
        text += QStringLiteral(": “%1”").arg(claim.quote.exact);
    return text;
}

} // namespace ds::analysis
