// SPDX-License-Identifier: GPL-3.0-or-later
// What a person who does not use the mouse, or uses a screen reader or a dark desktop, meets:
// every control of every view, dock and editing dialog has an accessible name; the timeline
// and the network are walked with the arrow keys; the colours that carry meaning keep a 4.5:1
// contrast on light and dark palettes, and the window works under a dark palette.
#include "charts/timelinechart.h"
#include "dialogs/amountdialog.h"
#include "dialogs/claimdialog.h"
#include "dialogs/companydialog.h"
#include "dialogs/dealdialog.h"
#include "dialogs/flowdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/sourcedialog.h"
#include "docks/sourcepanel.h"
#include "document/document.h"
#include "document/selection.h"
#include "samplewindow.h"
#include "views/networkview.h"
#include "views/timelineview.h"
#include "widgets/tones.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <qcustomplot.h>

using namespace ds;
using namespace ds::gui;

namespace {

/// The controls under `root` that take the keyboard focus and have no accessible name (by
/// their own name, their text or a label that is their buddy).
QStringList unnamedControls(QWidget *root, int *checked = nullptr) {
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // The line edit inside an editable box or a date edit is named through its box.
        if (qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QGraphicsView *>(w) || qobject_cast<QSlider *>(w) ||
                             qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
                             qobject_cast<QCustomPlot *>(w);
        if (!control)
            continue;
        if (checked)
            ++*checked;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name =
            a ? a->text(QAccessible::Name).remove(QLatin1Char('&')).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 (%2 in %3)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), text(0xe6, 0xe6, 0xe6), base(0x1e, 0x1e, 0x1e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    return p;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;

    void openWindow() {
        QVERIFY(test::openSampleWindow(
            m_dir.filePath(QStringLiteral("a11y%1.dealscope").arg(++m_files)), m_settings, m_window,
            0));
    }

private slots:
    void init() { openWindow(); }
    void cleanup() {
        m_window.reset();
        m_settings.reset();
        QApplication::setPalette(QPalette());
    }

    void everyControlOfEveryViewAndDockHasAName() {
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->setFloating(true); // all at once, none hidden behind a tab
        m_window->selection()->setFlow(Id(1), std::nullopt); // the panels show claims
        for (int view = 0; view < 3; ++view) {
            m_window->showView(view);
            QTRY_VERIFY(!m_window->network()->isLoading());
            int checked = 0;
            const QStringList unnamed = unnamedControls(m_window.get(), &checked);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
            for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
                const QStringList inDock = unnamedControls(dock, &checked);
                QVERIFY2(inDock.isEmpty(), qPrintable(inDock.join(QStringLiteral("; "))));
            }
            qInfo("view %d: %d controls", view, checked);
            QVERIFY(checked > 25); // the search reaches them
        }
    }

    void everyEditingDialogHasNamedControls() {
        Store &store = *m_window->document()->store();
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<DealDialog>(store, Deal{}, Flow{}));
        dialogs.push_back(std::make_unique<SourceDialog>(*store.source(1)));
        Claim claim;
        claim.companyId = 1;
        dialogs.push_back(std::make_unique<ClaimDialog>(store, claim, QStringLiteral("Amazon")));
        dialogs.push_back(std::make_unique<FlowDialog>(store, *store.flow(1)));
        dialogs.push_back(std::make_unique<CompanyDialog>(store, *store.company(1)));
        dialogs.push_back(std::make_unique<AmountDialog>(QStringLiteral("$5B"), QString()));
        dialogs.push_back(std::make_unique<PreferencesDialog>(m_settings.get()));
        for (auto &dialog : dialogs) {
            dialog->show();
            int checked = 0;
            const QStringList unnamed = unnamedControls(dialog.get(), &checked);
            QVERIFY(checked >= 3);
            if (const QByteArray dir = qgetenv("DS_SHOTS"); !dir.isEmpty())
                dialog->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                    QString::fromLatin1(dialog->metaObject()->className())
                                        .section(QLatin1Char(':'), -1) +
                                    QStringLiteral(".png"));
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                                QStringLiteral(": ") + unnamed.join(QStringLiteral("; "))));
        }
    }

    // ← → walk the timeline's flows in time order; End jumps to the last, Home to the first.
    void timelineByKeyboard() {
        m_window->showView(1);
        TimelineView *timeline = m_window->timeline();
        QTRY_VERIFY(!timeline->isLoading());
        QTRY_VERIFY(timeline->chart()->stepFrom(std::nullopt, 1).has_value());
        timeline->plot()->setFocus();
        auto timeOf = [&](Id flow) { return timeline->chart()->point(flow)->date.sortKey(); };
        QTest::keyClick(timeline->plot(), Qt::Key_Home);
        const auto first = m_window->selection()->flow();
        QVERIFY(first);
        QVERIFY(m_window->selection()->deal().has_value());
        QTest::keyClick(timeline->plot(), Qt::Key_Right);
        const auto second = m_window->selection()->flow();
        QVERIFY(second && *second != *first);
        QVERIFY(timeOf(*second) >= timeOf(*first));
        QTest::keyClick(timeline->plot(), Qt::Key_Left);
        QCOMPARE(m_window->selection()->flow(), first);
        QTest::keyClick(timeline->plot(), Qt::Key_End);
        const auto last = m_window->selection()->flow();
        QVERIFY(timeOf(*last) >= timeOf(*second));
        QTest::keyClick(timeline->plot(), Qt::Key_Right); // stays at the end
        QCOMPARE(m_window->selection()->flow(), last);
        const double before = timeline->plot()->xAxis->range().size();
        QTest::keyClick(timeline->plot(), Qt::Key_Plus);
        QVERIFY(timeline->plot()->xAxis->range().size() < before);
    }

    // ← → walk the network's companies by name; ↓ walks the focused company's flows.
    void networkByKeyboard() {
        m_window->showView(2);
        NetworkView *network = m_window->network();
        QTRY_VERIFY_WITH_TIMEOUT(!network->isLoading() && !network->item()->picture().nodes.empty(),
                                 10000);
        network->canvas()->setFocus();
        QTest::keyClick(network->canvas(), Qt::Key_Right);
        const auto company = m_window->selection()->company();
        QVERIFY(company);
        QCOMPARE(m_window->document()->store()->company(*company)->name, QStringLiteral("Amazon"));
        QTest::keyClick(network->canvas(), Qt::Key_Right);
        QCOMPARE(m_window->document()->store()->company(*m_window->selection()->company())->name,
                 QStringLiteral("Anthropic"));
        QTRY_VERIFY(!network->isLoading());
        // From no flow, ↓ takes the company's first flow, then the next (it stops at the last).
        m_window->selection()->setFlow(std::nullopt, std::nullopt);
        QTest::keyClick(network->canvas(), Qt::Key_Down);
        const auto flow = m_window->selection()->flow();
        QVERIFY(flow);
        const Flow f = *m_window->document()->store()->flow(*flow);
        QVERIFY(f.payerId == *m_window->selection()->company() ||
                f.payeeId == *m_window->selection()->company());
        QTest::keyClick(network->canvas(), Qt::Key_Down);
        QVERIFY(m_window->selection()->flow() != flow);
    }

    // The colours that carry meaning read on light and dark palettes alike (WCAG AA).
    void meaningfulColoursKeepTheirContrast() {
        for (const QPalette &palette : {QPalette(), darkPalette()})
            for (Tone tone : {Tone::Bad, Tone::Good, Tone::Muted})
                for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
                    const double ratio =
                        contrastRatio(toneColor(tone, palette), palette.color(role));
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on %2: %3")
                                                          .arg(int(tone))
                                                          .arg(palette.color(role).name())
                                                          .arg(ratio)));
                }
    }

    // Under a dark palette the deal table's disputed amounts are drawn in the light red, and
    // the window can be looked at (DS_SHOTS=dir keeps a screenshot).
    void darkPalette_() {
        m_window.reset();
        QApplication::setPalette(darkPalette());
        openWindow();
        QVERIFY(isDark(m_window->palette()));
        auto *model = m_window->dealTable()->view()->model();
        bool checked = false;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QVariant colour = model->index(row, column).data(Qt::ForegroundRole);
                if (!colour.isValid())
                    continue;
                QVERIFY(contrastRatio(colour.value<QColor>(),
                                      m_window->palette().color(QPalette::Base)) >= 4.5);
                checked = true;
            }
        QVERIFY(checked);
        m_window->selection()->setFlow(Id(1), std::nullopt);
        QTRY_VERIFY(!m_window->sourcePanel()->cards().isEmpty());
        if (const QByteArray dir = qgetenv("DS_SHOTS"); !dir.isEmpty()) {
            QTest::qWait(500); // the panels lay out and the disputes load
            QVERIFY(
                m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/dark.png")));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
