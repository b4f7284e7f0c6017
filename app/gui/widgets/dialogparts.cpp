// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogparts.h"

#include "store/store.h"
#include "widgets/tones.h"

#include "store/summaries.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QStringListModel>

namespace ds::gui {

namespace {
struct DialogParts {
    Q_DECLARE_TR_FUNCTIONS(DialogParts)
};
} // namespace

void setFormWidth(QDialog *dialog) {
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 85);
}

QDialogButtonBox *okCancelButtons(QDialog *dialog) {
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel *problemLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, toneColor(Tone::Bad, palette));
    label->setPalette(palette);
    label->setAccessibleName(DialogParts::tr("Problem"));
    return label;
}

QAbstractItemModel *companyNamesModel(Store &store, QWidget *parent) {
    // The names only (no aliases, no kinds), sorted by the store: faster. A list that cannot be
    // read leaves the box to typing.
    auto names = companyNames(store);
    return new QStringListModel(names ? *names : QStringList(), parent);
}

QComboBox *companyBox(QAbstractItemModel *model, const QString &current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setModel(model);
    // Sized by a typical name, not by measuring every one of a hundred thousand.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(24);
    box->setCurrentText(current);
    return box;
}

QString dateProblem(const QString &text) {
    if (PartialDate::parse(text.trimmed()))
        return {};
    return DialogParts::tr("“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when "
                           "approximate).")
        .arg(text);
}

QStringList sourceKinds() {
    return {QStringLiteral("news"),   QStringLiteral("blog"),          QStringLiteral("commentary"),
            QStringLiteral("report"), QStringLiteral("press_release"), QStringLiteral("synthetic")};
}

QString sourceKindName(const QString &kind) {
    if (kind == QLatin1String("news"))
        return DialogParts::tr("News");
    if (kind == QLatin1String("blog"))
        return DialogParts::tr("Blog");
    if (kind == QLatin1String("commentary"))
        return DialogParts::tr("Commentary");
    if (kind == QLatin1String("report"))
        return DialogParts::tr("Report");
    if (kind == QLatin1String("press_release"))
        return DialogParts::tr("Press release");
    if (kind == QLatin1String("synthetic"))
        return DialogParts::tr("Synthetic");
    return kind;
}

} // namespace ds::gui
