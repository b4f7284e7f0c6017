// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ds::gui {

/// Edits a source's details (title, publisher, author, address, publication date, kind, note),
/// or enters a new source whose text the user does not have. The text itself is not edited
/// here: its claims' quotes are anchored in it (File › Attach Article Text replaces it).
class SourceDialog : public QDialog {
    Q_OBJECT
public:
    SourceDialog(Source source, QWidget *parent = nullptr);
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *publisherEdit() const { return m_publisher; }
    QLineEdit *publishedEdit() const { return m_published; }
    QComboBox *kindBox() const { return m_kind; }
    QLabel *message() const { return m_message; }
    /// The source as entered; empty while something is wrong.
    std::optional<Source> source() const;

private:
    void validate();
    Source m_source;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QLineEdit *m_language;
    QLineEdit *m_url;
    QLineEdit *m_published;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace ds::gui
