// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ingest/mentions.h"

#include <QHash>

namespace ds {
class Store;
}

namespace ds::ingest {

/// The names and aliases of known companies, for finding them in a text.
class CompanyDictionary {
public:
    struct Entry {
        Id id = 0;
        QString name;
        CompanyKind kind = CompanyKind::Other;
        bool fromDirectory = false; ///< known from the directory only: not (yet) in the file
        QString note;               ///< the directory's word on what it is
    };

    void add(const Company &company);
    /// A directory company: its name and aliases are found in texts (as a new company of a
    /// known kind) unless the file has it, whose company then gains the directory's aliases.
    void addKnown(const QString &name, CompanyKind kind, const QStringList &aliases,
                  const QString &note);
    /// Adds DealScope's directory of the companies of the field (resources/directory).
    void addDirectory();
    /// Every company of a database with its aliases, and the directory.
    static Result<CompanyDictionary> fromStore(Store &store);

    /// The company a phrase names (case-insensitive, spacing normalised), if any.
    const Entry *lookup(const QString &phrase) const;
    const Entry *byId(Id id) const;
    /// The entry of a party: by its company, else by its name (a directory company).
    const Entry *entryOf(const std::optional<Id> &companyId, const QString &name) const;
    int longestPhrase() const { return m_longest; }
    bool isEmpty() const { return m_byKey.isEmpty(); }

private:
    QHash<QString, int> m_byKey; // normalised name or alias → index
    QHash<Id, int> m_byId;
    std::vector<Entry> m_entries;
    int m_longest = 1; // words
};

/// The directory's lines: name, kind, aliases, note (see resources/directory/companies.tsv).
struct DirectoryCompany {
    QString name;
    CompanyKind kind = CompanyKind::Other;
    QStringList aliases;
    QString note;
};
std::vector<DirectoryCompany> parseDirectory(const QString &tsv);

/// A normalised phrase key: lower case, single spaces, typographic apostrophes made plain.
QString phraseKey(const QString &phrase);

/// Finds the companies a text names: known names and aliases (longest first, whole words,
/// any case; "Microsoft’s" names Microsoft), and capitalised names that are not known
/// (sequences of capitalised words, not at a sentence start unless seen elsewhere, nor
/// common words, months or weekdays), proposed as new companies. In text order.
std::vector<CompanyMention> findCompanies(const QString &text, const CompanyDictionary &dictionary);

} // namespace ds::ingest
