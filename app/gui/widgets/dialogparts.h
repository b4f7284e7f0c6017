// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace ds {
class Store;
}

namespace ds::gui {

/// Gives a form dialog room for titles and addresses (about 85 average characters wide).
void setFormWidth(QDialog *dialog);

/// OK and Cancel, wired to accept and reject the dialog.
QDialogButtonBox *okCancelButtons(QDialog *dialog);

/// The label under a dialog's fields that says what is wrong, in a red that reads on light and
/// dark palettes alike.
QLabel *problemLabel(QWidget *parent);

/// Every company name of the file, sorted, as one list model for all the company boxes of a
/// dialog (a file may name a hundred thousand companies).
QAbstractItemModel *companyNamesModel(Store &store, QWidget *parent);

/// An editable box that completes company names from `model`, showing `current`.
QComboBox *companyBox(QAbstractItemModel *model, const QString &current, QWidget *parent);

/// Why `text` is not a date DealScope reads (2025, 2025-11, 2025-11-18, ~ when approximate), or
/// an empty string; an empty text is no date and is fine.
QString dateProblem(const QString &text);

/// The kinds of source DealScope knows ("news", "blog", ...), as stored.
QStringList sourceKinds();
/// A source kind's translated name ("press_release" → "Press release"); unknown kinds as stored.
QString sourceKindName(const QString &kind);

} // namespace ds::gui
