// Each shipped language loads, translates the interface, and handles plurals.
#include "i18n.h"
#include "mainwindow.h"
#include "settings.h"

#include <QMenuBar>
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
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "1 Zahlungsfluss angezeigt"
                            << "2 Zahlungsflüsse angezeigt";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "1 flux affiché"
                            << "2 flux affichés";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "文件(&F)"
                               << "显示 1 条资金流"
                               << "显示 2 条资金流";
        QTest::newRow("en") << "en"
                            << "&File"
                            << "1 flow shown"
                            << "2 flows shown";
    }
    void interfaceIsTranslated() {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, oneFlow);
        QFETCH(QString, twoFlows);
        const QString effective = i18n::installTranslator(*qApp, language);
        if (language != QLatin1String("en"))
            QVERIFY2(effective.startsWith(language), qPrintable(effective));
        gui::Settings settings;
        gui::MainWindow window(&settings);
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        QCOMPARE(
            QCoreApplication::translate("ds::gui::DealTableWidget", "%n flow(s) shown", nullptr, 1),
            oneFlow);
        QCOMPARE(
            QCoreApplication::translate("ds::gui::DealTableWidget", "%n flow(s) shown", nullptr, 2),
            twoFlows);
    }

    void listsTheShippedLanguages() {
        QCOMPARE(
            i18n::availableLanguages(),
            QStringList({QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("zh_CN")}));
    }
};

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
