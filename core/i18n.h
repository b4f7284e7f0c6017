// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ds::i18n {

/// The languages DealScope ships translations for (besides English), as locale codes.
QStringList availableLanguages();

/// Installs DealScope's and Qt's translators for `language` ("de", "fr", "zh_CN"; empty:
/// the system locale). Also sets the default QLocale so dates and numbers follow.
/// Returns the language in effect ("en" when none matched).
QString installTranslator(QCoreApplication &app, const QString &language);

} // namespace ds::i18n
