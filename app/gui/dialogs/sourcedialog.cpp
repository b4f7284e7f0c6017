// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sourcedialog.h"

#include "edit/rowset.h"
#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace ds::gui {

SourceDialog::SourceDialog(Source source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source)) {
    setWindowTitle(m_source.id ? tr("Edit Source") : tr("New Source"));
    setFormWidth(this);
    auto line = [this](const QString &text, const QString &name) {
        auto *edit = new QLineEdit(text, this);
        edit->setAccessibleName(name);
        return edit;
    };
    m_title = line(m_source.title, tr("Title"));
    m_publisher = line(m_source.publisher, tr("Publisher"));
    m_author = line(m_source.author, tr("Author"));
    m_url = line(m_source.url, tr("Address"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_published = line(m_source.published.toString(), tr("Published"));
    m_published->setPlaceholderText(tr("2025, 2025-11 or 2025-11-18; ~ when approximate"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of source"));
    QStringList kinds = sourceKinds();
    if (!m_source.kind.isEmpty() && !kinds.contains(m_source.kind))
        kinds << m_source.kind;
    for (const QString &kind : kinds)
        m_kind->addItem(sourceKindName(kind), kind);
    m_kind->setCurrentIndex(std::max(
        0, m_kind->findData(m_source.kind.isEmpty() ? QStringLiteral("news") : m_source.kind)));
    m_note = line(m_source.note, tr("Note"));
    m_language = line(m_source.language, tr("Language"));
    m_language->setPlaceholderText(tr("e.g. en, de, fr (unknown when empty)"));
    m_message = problemLabel(this);
    auto *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Publisher"), m_publisher);
    form->addRow(tr("A&uthor"), m_author);
    form->addRow(tr("A&ddress"), m_url);
    form->addRow(tr("P&ublished"), m_published);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Note"), m_note);
    if (!m_source.text.isEmpty() || m_source.id) {
        auto *text = new QLabel(
            m_source.text.isEmpty()
                ? tr("No text: attach it with File › Attach Article Text.")
                : tr("Text: %n characters (kept as is).", nullptr, int(m_source.text.size())),
            this);
        form->addRow(text);
    }
    form->addRow(m_message);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_title, m_publisher, m_url, m_published})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::validate);
    validate();
}

std::optional<Source> SourceDialog::source() const {
    Source s = m_source;
    const auto published = PartialDate::parse(m_published->text().trimmed());
    if (!published)
        return std::nullopt;
    s.title = m_title->text().simplified();
    s.publisher = m_publisher->text().simplified();
    s.author = m_author->text().simplified();
    s.url = m_url->text().trimmed();
    s.published = *published;
    s.kind = m_kind->currentData().toString();
    s.note = m_note->text().trimmed();
    s.language = m_language->text().trimmed();
    if (!edits::sourceProblem(s).isEmpty())
        return std::nullopt;
    return s;
}

void SourceDialog::validate() {
    QString problem = dateProblem(m_published->text());
    const QString url = m_url->text().trimmed();
    if (problem.isEmpty() && !url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
            problem = tr("“%1” is not a web address (https://…).").arg(url);
    }
    if (problem.isEmpty())
        if (auto s = source(); !s) {
            Source empty;
            problem = edits::sourceProblem(empty);
        }
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace ds::gui
