// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ingest/mentions.h"

#include <QHash>
#include <QSet>

namespace ds {
class Store;
}

namespace ds::ingest {

/// A normalised phrase key: lower case, single spaces, typographic apostrophes made plain.
QString phraseKey(const QString &phrase);

/// What a company sells in its deals, which says which way money runs between two of them:
/// for compute the customer pays the one further along Models → Cloud → Capacity; for chips
/// and servers the buyer pays their maker.
enum class Sells { Nothing, Models, Capital, Cloud, Capacity, Servers, Chips };

/// The directory's lines (see resources/directory/companies.tsv).
struct DirectoryCompany {
    QString name;
    CompanyKind kind = CompanyKind::Other;
    Sells sells = Sells::Nothing;
    QStringList aliases;
    QStringList products; ///< "ChatGPT": "the ChatGPT maker" names the company
    QString note;
};
std::vector<DirectoryCompany> parseDirectory(const QString &tsv);

/// The names and aliases of known companies, for finding them in a text.
class CompanyDictionary {
public:
    struct Entry {
        Id id = 0;
        QString name;
        CompanyKind kind = CompanyKind::Other;
        bool fromDirectory = false; ///< known from the directory only: not (yet) in the file
        QString note;               ///< the directory's word on what it is
        Sells sells = Sells::Nothing;
    };

    void add(const Company &company);
    /// A directory company: its name and aliases are found in texts (as a new company of a
    /// known kind) unless the file has it, whose company then gains the directory's aliases
    /// and what it sells.
    void addKnown(const DirectoryCompany &company);
    /// Adds DealScope's directory of the companies of the field, of places and of first
    /// names (resources/directory).
    void addDirectory();
    /// Every company of a database with its aliases, and the directory.
    static Result<CompanyDictionary> fromStore(Store &store);

    /// The company a phrase names (case-insensitive, spacing normalised), if any.
    const Entry *lookup(const QString &phrase) const;
    const Entry *byId(Id id) const;
    /// The entry of a party: by its company, else by its name (a directory company).
    const Entry *entryOf(const std::optional<Id> &companyId, const QString &name) const;
    /// The company whose product a word is ("ChatGPT" → OpenAI).
    const Entry *makerOf(const QString &product) const;
    /// A country, region or city ("Europe", "Abu Dhabi", "the United States"): never a
    /// party unless the file or the directory has it as a company.
    bool isPlace(const QString &phrase) const { return m_places.contains(phraseKey(phrase)); }
    /// A common first name: "Elon Musk" is a person, not a new company.
    bool isFirstName(const QString &word) const { return m_firstNames.contains(phraseKey(word)); }
    void addPlace(const QString &place) { m_places.insert(phraseKey(place)); }
    void addFirstName(const QString &name) { m_firstNames.insert(phraseKey(name)); }
    int longestPhrase() const { return m_longest; }
    bool isEmpty() const { return m_byKey.isEmpty(); }

private:
    QSet<QString> m_places;
    QSet<QString> m_firstNames;
    QHash<QString, int> m_byProduct;
    QHash<QString, int> m_byKey; // normalised name or alias → index
    QHash<Id, int> m_byId;
    std::vector<Entry> m_entries;
    int m_longest = 1; // words
};

/// Finds the companies a text names: known names and aliases (longest first, whole words,
/// any case; "Microsoft’s" names Microsoft), and capitalised names that are not known
/// (sequences of capitalised words, not at a sentence start unless seen elsewhere, nor
/// common words, months or weekdays), proposed as new companies. In text order.
std::vector<CompanyMention> findCompanies(const QString &text, const CompanyDictionary &dictionary);

} // namespace ds::ingest
