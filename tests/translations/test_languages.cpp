// SPDX-License-Identifier: GPL-3.0-or-later
// Each shipped language loads, translates the interface, and handles plurals.
#include "document/settings.h"
#include "domain/moneydisplay.h"
#include "domain/partialdate.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace ds;

class TestLanguages : public QObject {
    Q_OBJECT
private:
    void removeTranslators() {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { removeTranslators(); }

    void interfaceIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("oneFlow");
        QTest::addColumn<QString>("twoFlows");
        QTest::addColumn<QString>("upTo");  // an amount, with "_" for a no-break space
        QTest::addColumn<QString>("month"); // a date known to the month
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "1 Zahlungsfluss angezeigt"
                            << "2 Zahlungsflüsse angezeigt"
                            << "bis zu 5_Mrd._$"
                            << "Nov. 2025";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "1 flux affiché"
                            << "2 flux affichés"
                            << "jusqu’à 5_Md$"
                            << "nov. 2025";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "文件(&F)"
                               << "显示 1 条资金流"
                               << "显示 2 条资金流"
                               << "最多50亿美元"
                               << "2025年11月";
        QTest::newRow("en") << "en"
                            << "&File"
                            << "1 flow shown"
                            << "2 flows shown"
                            << "up to $5B"
                            << "Nov 2025";
    }
    void interfaceIsTranslated() {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, oneFlow);
        QFETCH(QString, twoFlows);
        QFETCH(QString, upTo);
        QFETCH(QString, month);
        const QString effective = i18n::installTranslator(*qApp, language);
        if (language != QLatin1String("en"))
            QVERIFY2(effective.startsWith(language), qPrintable(effective));
        gui::Settings settings;
        gui::MainWindow window(&settings);
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        QCOMPARE(
            QCoreApplication::translate("ds::gui::DealTableView", "%n flow(s) shown", nullptr, 1),
            oneFlow);
        QCOMPARE(
            QCoreApplication::translate("ds::gui::DealTableView", "%n flow(s) shown", nullptr, 2),
            twoFlows);
        // Money and dates in the language's own form.
        QCOMPARE(displayMoney(Money::upTo(5'000'000'000)),
                 upTo.replace(QLatin1Char('_'), QChar(0x00A0)));
        QCOMPARE(PartialDate::ofMonth(2025, 11).display(), month);
    }

    // Alt+letter reaches one item of a menu: in each language, the letters marked with & are
    // unique within every menu.
    void mnemonicsAreUniqueInEveryMenu_data() {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void mnemonicsAreUniqueInEveryMenu() {
        QFETCH(QString, language);
        i18n::installTranslator(*qApp, language);
        gui::Settings settings;
        gui::MainWindow window(&settings);
        auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            return at < 0 ? QString() : text.mid(at + 1, 1).toLower();
        };
        QStringList clashes;
        std::function<void(const QString &, const QList<QAction *> &)> check =
            [&](const QString &where, const QList<QAction *> &actions) {
                QHash<QString, QString> seen;
                for (QAction *a : actions) {
                    if (a->isSeparator() || !a->isVisible())
                        continue;
                    const QString key = mnemonic(a->text());
                    if (!key.isEmpty() && seen.contains(key))
                        clashes << QStringLiteral("%1: %2 and %3")
                                       .arg(where, seen.value(key), a->text());
                    if (!key.isEmpty())
                        seen.insert(key, a->text());
                    if (a->menu())
                        check(a->text(), a->menu()->actions());
                }
            };
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void listsTheShippedLanguages() {
        QCOMPARE(
            i18n::availableLanguages(),
            QStringList({QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("zh_CN")}));
    }
};

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
