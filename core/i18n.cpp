// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ds::i18n {

QStringList availableLanguages() {
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("zh_CN")};
}

QString installTranslator(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // Tries dealscope_de_DE, then dealscope_de, ... in the embedded resources; languages
    // without a translation get English (whose file holds its plural forms).
    QString effective = locale.name();
    if (!own->load(locale, QStringLiteral("dealscope"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        effective = QStringLiteral("en");
        if (!own->load(QStringLiteral(":/i18n/dealscope_en.qm"))) {
            delete own;
            return effective;
        }
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return effective;
}

} // namespace ds::i18n
