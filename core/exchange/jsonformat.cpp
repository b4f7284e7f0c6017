// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace ds::json {

namespace {

QJsonValue textOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue intOrNull(const std::optional<int64_t> &v) {
    return v ? QJsonValue(qint64(*v)) : QJsonValue();
}

QJsonObject claimToJson(const Claim &c, const QHash<Id, QString> &companyNames,
                        const QHash<Id, QString> &sourceKeys) {
    auto name = [&](const std::optional<Id> &id) {
        return id ? QJsonValue(companyNames.value(*id)) : QJsonValue();
    };
    QJsonObject o;
    o[QStringLiteral("id")] = qint64(c.id);
    o[QStringLiteral("source")] = sourceKeys.value(c.sourceId);
    o[QStringLiteral("attribute")] = token(c.attribute);
    o[QStringLiteral("value_usd_min")] =
        c.money ? QJsonValue(qint64(c.money->minUsd)) : QJsonValue();
    o[QStringLiteral("value_usd_max")] = c.money ? intOrNull(c.money->maxUsd) : QJsonValue();
    o[QStringLiteral("qualifier")] =
        c.money ? QJsonValue(qualifierToken(c.money->qualifier)) : QJsonValue();
    o[QStringLiteral("currency")] = c.money ? QJsonValue(c.money->currency) : QJsonValue();
    o[QStringLiteral("stated")] = c.money ? textOrNull(c.money->stated) : QJsonValue();
    o[QStringLiteral("date")] = textOrNull(c.date.toString());
    o[QStringLiteral("percent")] = c.percent ? QJsonValue(*c.percent) : QJsonValue();
    o[QStringLiteral("counterparty")] = name(c.counterpartyId);
    o[QStringLiteral("stated_payer")] = name(c.statedPayerId);
    o[QStringLiteral("stated_payee")] = name(c.statedPayeeId);
    o[QStringLiteral("stated_status")] =
        c.statedStatus ? QJsonValue(token(*c.statedStatus)) : QJsonValue();
    o[QStringLiteral("stance")] = token(c.stance);
    o[QStringLiteral("rank")] = token(c.rank);
    o[QStringLiteral("quote")] = textOrNull(c.quote.exact);
    o[QStringLiteral("prefix")] = textOrNull(c.quote.prefix);
    o[QStringLiteral("suffix")] = textOrNull(c.quote.suffix);
    o[QStringLiteral("start")] = c.quote.start ? QJsonValue(*c.quote.start) : QJsonValue();
    o[QStringLiteral("end")] = c.quote.end ? QJsonValue(*c.quote.end) : QJsonValue();
    o[QStringLiteral("orphaned")] = c.orphaned;
    o[QStringLiteral("note")] = textOrNull(c.note);
    return o;
}

} // namespace

Result<QByteArray> exportStore(Store &store) {
    auto companies = store.companies();
    auto sources = store.sources(false);
    auto deals = store.deals();
    auto flows = store.flows();
    auto claims = store.claims();
    for (const Status &s :
         {Status(companies ? Status() : companies.error()),
          Status(sources ? Status() : sources.error()), Status(deals ? Status() : deals.error()),
          Status(flows ? Status() : flows.error()), Status(claims ? Status() : claims.error())})
        if (!s)
            return s.error();

    QHash<Id, QString> companyNames;
    for (const Company &c : *companies)
        companyNames.insert(c.id, c.name);
    QHash<Id, QString> sourceKeys;
    for (const Source &s : *sources)
        sourceKeys.insert(s.id, s.key);

    std::map<Id, QJsonArray> flowClaims, dealClaims, companyClaims;
    for (const Claim &c : *claims) {
        const QJsonObject o = claimToJson(c, companyNames, sourceKeys);
        if (c.flowId)
            flowClaims[*c.flowId].append(o);
        else if (c.dealId)
            dealClaims[*c.dealId].append(o);
        else if (c.companyId)
            companyClaims[*c.companyId].append(o);
    }

    QJsonArray companyArray;
    for (const Company &c : *companies) {
        QJsonObject o;
        o[QStringLiteral("id")] = qint64(c.id);
        o[QStringLiteral("name")] = c.name;
        o[QStringLiteral("kind")] = token(c.kind);
        o[QStringLiteral("aliases")] = QJsonArray::fromStringList(c.aliases);
        o[QStringLiteral("country")] = textOrNull(c.country);
        o[QStringLiteral("note")] = textOrNull(c.note);
        o[QStringLiteral("claims")] = companyClaims[c.id];
        companyArray.append(o);
    }

    QJsonArray sourceArray;
    for (const Source &s : *sources) {
        QJsonObject o;
        o[QStringLiteral("id")] = s.key;
        o[QStringLiteral("title")] = textOrNull(s.title);
        o[QStringLiteral("publisher")] = textOrNull(s.publisher);
        o[QStringLiteral("author")] = textOrNull(s.author);
        o[QStringLiteral("language")] = textOrNull(s.language);
        o[QStringLiteral("url")] = textOrNull(s.url);
        o[QStringLiteral("published")] = textOrNull(s.published.toString());
        o[QStringLiteral("kind")] = textOrNull(s.kind);
        o[QStringLiteral("cites")] =
            s.citesId ? QJsonValue(sourceKeys.value(*s.citesId)) : QJsonValue();
        o[QStringLiteral("text_sha256")] = textOrNull(s.textHash);
        o[QStringLiteral("synthetic")] = s.synthetic;
        o[QStringLiteral("note")] = textOrNull(s.note);
        sourceArray.append(o);
    }

    std::map<Id, QJsonArray> dealFlows;
    for (const Flow &f : *flows) {
        QJsonObject o;
        o[QStringLiteral("id")] = qint64(f.id);
        o[QStringLiteral("payer")] = companyNames.value(f.payerId);
        o[QStringLiteral("payee")] = companyNames.value(f.payeeId);
        o[QStringLiteral("kind")] = token(f.kind);
        o[QStringLiteral("date")] = textOrNull(f.date.toString());
        o[QStringLiteral("note")] = textOrNull(f.note);
        o[QStringLiteral("claims")] = flowClaims[f.id];
        dealFlows[f.dealId].append(o);
    }

    QJsonArray dealArray;
    for (const Deal &d : *deals) {
        QJsonObject o;
        o[QStringLiteral("id")] = qint64(d.id);
        o[QStringLiteral("title")] = d.title;
        o[QStringLiteral("status")] = token(d.status);
        o[QStringLiteral("announced")] = textOrNull(d.announced.toString());
        o[QStringLiteral("note")] = textOrNull(d.note);
        o[QStringLiteral("claims")] = dealClaims[d.id];
        o[QStringLiteral("flows")] = dealFlows[d.id];
        dealArray.append(o);
    }

    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("dealscope");
    root[QStringLiteral("version")] = kFormatVersion;
    root[QStringLiteral("companies")] = companyArray;
    root[QStringLiteral("sources")] = sourceArray;
    root[QStringLiteral("deals")] = dealArray;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

/// Reads one document into the store; every problem names where it is.
class Importer {
public:
    Importer(Store &store, ImportSummary &summary)
        : m_store(store)
        , m_summary(summary) {}

    Status run(const QJsonObject &root) {
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("dealscope"))
            return Error{QCoreApplication::translate(
                "ds::json", "This is not a DealScope JSON document (\"format\" is not "
                            "\"dealscope\").")};
        const int version = root.value(QStringLiteral("version")).toInt(-1);
        if (version < 1 || version > kFormatVersion)
            return Error{QCoreApplication::translate(
                             "ds::json",
                             "Unsupported DealScope JSON version %1 (this version reads 1 to %2).")
                             .arg(version)
                             .arg(kFormatVersion)};
        const QJsonArray companies = root.value(QStringLiteral("companies")).toArray();
        for (qsizetype i = 0; i < companies.size(); ++i)
            if (Status s = company(companies[i].toObject(), QStringLiteral("companies[%1]").arg(i));
                !s)
                return s;
        const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
        for (qsizetype i = 0; i < sources.size(); ++i)
            if (Status s = source(sources[i].toObject(), QStringLiteral("sources[%1]").arg(i)); !s)
                return s;
        if (Status s = resolveCitations(); !s)
            return s;
        for (qsizetype i = 0; i < companies.size(); ++i) {
            const QJsonObject o = companies[i].toObject();
            const Id id = m_companies.value(o.value(QStringLiteral("name")).toString().toLower());
            if (Status s = claims(o.value(QStringLiteral("claims")).toArray(), Target{{}, {}, id},
                                  QStringLiteral("companies[%1]").arg(i));
                !s)
                return s;
        }
        const QJsonArray deals = root.value(QStringLiteral("deals")).toArray();
        for (qsizetype i = 0; i < deals.size(); ++i)
            if (Status s = deal(deals[i].toObject(), QStringLiteral("deals[%1]").arg(i)); !s)
                return s;
        return {};
    }

private:
    struct Target {
        std::optional<Id> flow, deal, company;
    };

    static Error at(const QString &where, const QString &problem) {
        return Error{QCoreApplication::translate("ds::json", "%1: %2").arg(where, problem)};
    }

    static std::optional<Id> wantedId(const QJsonObject &o) {
        const QJsonValue v = o.value(QStringLiteral("id"));
        if (v.isDouble() && v.toInteger() > 0)
            return v.toInteger();
        return std::nullopt;
    }

    Result<Id> idFor(Table table, const QJsonObject &o) {
        if (auto want = wantedId(o)) {
            auto taken = m_store.hasRow(table, *want);
            if (!taken)
                return taken.error();
            if (!*taken)
                return *want;
        }
        return Id(0);
    }

    Status company(const QJsonObject &o, const QString &where) {
        Company c;
        c.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (c.name.isEmpty())
            return at(where, QCoreApplication::translate("ds::json", "the company has no name."));
        const auto kind = fromToken<CompanyKind>(
            o.value(QStringLiteral("kind")).toString(QStringLiteral("other")));
        if (!kind)
            return at(where, QCoreApplication::translate("ds::json", "unknown company kind “%1”.")
                                 .arg(o.value(QStringLiteral("kind")).toString()));
        c.kind = *kind;
        c.country = o.value(QStringLiteral("country")).toString();
        c.note = o.value(QStringLiteral("note")).toString();
        const QJsonArray aliases = o.value(QStringLiteral("aliases")).toArray();
        for (const QJsonValue &a : aliases)
            if (!a.toString().trimmed().isEmpty())
                c.aliases << a.toString().trimmed();

        auto existing = m_store.companyIdByName(c.name);
        if (!existing)
            return existing.error();
        if (*existing) {
            m_companies.insert(c.name.toLower(), **existing);
            ++m_summary.companiesMerged;
            for (const QString &alias : c.aliases) {
                auto owner = m_store.companyIdByName(alias);
                if (!owner)
                    return owner.error();
                if (!*owner)
                    if (Status s = m_store.addAlias(**existing, alias); !s)
                        return at(where, s.errorMessage());
            }
            return {};
        }
        auto id = idFor(Table::Companies, o);
        if (!id)
            return id.error();
        c.id = *id;
        auto added = m_store.addCompany(c);
        if (!added)
            return at(where, added.errorMessage());
        m_companies.insert(c.name.toLower(), *added);
        ++m_summary.companiesAdded;
        return {};
    }

    Status source(const QJsonObject &o, const QString &where) {
        Source s;
        s.key = o.value(QStringLiteral("id")).toString().trimmed();
        if (s.key.isEmpty())
            return at(where, QCoreApplication::translate("ds::json", "the source has no id."));
        s.title = o.value(QStringLiteral("title")).toString();
        s.publisher = o.value(QStringLiteral("publisher")).toString();
        s.author = o.value(QStringLiteral("author")).toString();
        s.language = o.value(QStringLiteral("language")).toString();
        s.url = o.value(QStringLiteral("url")).toString();
        const auto published = PartialDate::parse(o.value(QStringLiteral("published")).toString());
        if (!published)
            return at(where,
                      QCoreApplication::translate("ds::json", "invalid publication date “%1”.")
                          .arg(o.value(QStringLiteral("published")).toString()));
        s.published = *published;
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.textHash = o.value(QStringLiteral("text_sha256")).toString();
        s.synthetic = o.value(QStringLiteral("synthetic")).toBool();
        s.note = o.value(QStringLiteral("note")).toString();
        const QString cites = o.value(QStringLiteral("cites")).toString();
        if (!cites.isEmpty())
            m_pendingCites.push_back({s.key, cites, where});

        auto existing = m_store.sourceIdByKey(s.key);
        if (!existing)
            return existing.error();
        if (*existing) {
            m_sources.insert(s.key, **existing);
            ++m_summary.sourcesMerged;
            return {};
        }
        // The numeric id is not part of the format (sources are named by key).
        auto added = m_store.addSource(s);
        if (!added)
            return at(where, added.errorMessage());
        m_sources.insert(s.key, *added);
        ++m_summary.sourcesAdded;
        return {};
    }

    Status resolveCitations() {
        for (const auto &[key, cites, where] : m_pendingCites) {
            if (!m_sources.contains(cites))
                return at(where,
                          QCoreApplication::translate("ds::json", "cites the unknown source “%1”.")
                              .arg(cites));
            if (Status s = m_store.setSourceCites(m_sources.value(key), m_sources.value(cites)); !s)
                return at(where, s.errorMessage());
        }
        return {};
    }

    Result<Id> companyRef(const QJsonValue &v, const QString &where, const QString &field) {
        const QString name = v.toString().trimmed();
        if (name.isEmpty())
            return at(where,
                      QCoreApplication::translate("ds::json", "“%1” is missing.").arg(field));
        if (auto it = m_companies.constFind(name.toLower()); it != m_companies.constEnd())
            return *it;
        auto found = m_store.companyIdByName(name);
        if (!found)
            return found.error();
        if (!*found)
            return at(where, QCoreApplication::translate("ds::json",
                                                         "“%1” names the unknown company “%2”.")
                                 .arg(field, name));
        return **found;
    }

    Result<std::optional<Id>> optionalCompanyRef(const QJsonObject &o, const QString &field,
                                                 const QString &where) {
        const QJsonValue v = o.value(field);
        if (v.isNull() || v.isUndefined() || v.toString().isEmpty())
            return std::optional<Id>();
        auto id = companyRef(v, where, field);
        if (!id)
            return id.error();
        return std::optional<Id>(*id);
    }

    Status deal(const QJsonObject &o, const QString &where) {
        Deal d;
        d.title = o.value(QStringLiteral("title")).toString().trimmed();
        if (d.title.isEmpty())
            return at(where, QCoreApplication::translate("ds::json", "the deal has no title."));
        const auto status = fromToken<DealStatus>(o.value(QStringLiteral("status")).toString());
        if (!status)
            return at(where, QCoreApplication::translate("ds::json", "unknown deal status “%1”.")
                                 .arg(o.value(QStringLiteral("status")).toString()));
        d.status = *status;
        const auto announced = PartialDate::parse(o.value(QStringLiteral("announced")).toString());
        if (!announced)
            return at(where, QCoreApplication::translate("ds::json", "invalid date “%1”.")
                                 .arg(o.value(QStringLiteral("announced")).toString()));
        d.announced = *announced;
        d.note = o.value(QStringLiteral("note")).toString();
        auto id = idFor(Table::Deals, o);
        if (!id)
            return id.error();
        d.id = *id;
        auto dealId = m_store.addDeal(d);
        if (!dealId)
            return at(where, dealId.errorMessage());
        ++m_summary.dealsAdded;
        if (Status s =
                claims(o.value(QStringLiteral("claims")).toArray(), Target{{}, *dealId, {}}, where);
            !s)
            return s;
        const QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        for (qsizetype i = 0; i < flows.size(); ++i)
            if (Status s = flow(flows[i].toObject(), *dealId,
                                QStringLiteral("%1.flows[%2]").arg(where).arg(i));
                !s)
                return s;
        return {};
    }

    Status flow(const QJsonObject &o, Id dealId, const QString &where) {
        Flow f;
        f.dealId = dealId;
        auto payer = companyRef(o.value(QStringLiteral("payer")), where, QStringLiteral("payer"));
        if (!payer)
            return payer.error();
        auto payee = companyRef(o.value(QStringLiteral("payee")), where, QStringLiteral("payee"));
        if (!payee)
            return payee.error();
        if (*payer == *payee)
            return at(where, QCoreApplication::translate(
                                 "ds::json", "the payer and the payee are the same company."));
        f.payerId = *payer;
        f.payeeId = *payee;
        const auto kind = fromToken<FlowKind>(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return at(where, QCoreApplication::translate("ds::json", "unknown flow kind “%1”.")
                                 .arg(o.value(QStringLiteral("kind")).toString()));
        f.kind = *kind;
        const auto date = PartialDate::parse(o.value(QStringLiteral("date")).toString());
        if (!date)
            return at(where, QCoreApplication::translate("ds::json", "invalid date “%1”.")
                                 .arg(o.value(QStringLiteral("date")).toString()));
        f.date = *date;
        f.note = o.value(QStringLiteral("note")).toString();
        auto id = idFor(Table::Flows, o);
        if (!id)
            return id.error();
        f.id = *id;
        auto flowId = m_store.addFlow(f);
        if (!flowId)
            return at(where, flowId.errorMessage());
        ++m_summary.flowsAdded;
        return claims(o.value(QStringLiteral("claims")).toArray(), Target{*flowId, {}, {}}, where);
    }

    Status claims(const QJsonArray &array, const Target &target, const QString &owner) {
        for (qsizetype i = 0; i < array.size(); ++i)
            if (Status s = claim(array[i].toObject(), target,
                                 QStringLiteral("%1.claims[%2]").arg(owner).arg(i));
                !s)
                return s;
        return {};
    }

    Status claim(const QJsonObject &o, const Target &target, const QString &where) {
        Claim c;
        c.flowId = target.flow;
        c.dealId = target.deal;
        c.companyId = target.company;
        const QString sourceKey = o.value(QStringLiteral("source")).toString();
        if (!m_sources.contains(sourceKey))
            return at(where, QCoreApplication::translate("ds::json",
                                                         "the claim names the unknown source “%1”.")
                                 .arg(sourceKey));
        c.sourceId = m_sources.value(sourceKey);
        const auto attribute =
            fromToken<ClaimAttribute>(o.value(QStringLiteral("attribute")).toString());
        if (!attribute)
            return at(where,
                      QCoreApplication::translate("ds::json", "unknown claim attribute “%1”.")
                          .arg(o.value(QStringLiteral("attribute")).toString()));
        c.attribute = *attribute;

        const QJsonValue minValue = o.value(QStringLiteral("value_usd_min"));
        if (minValue.isDouble()) {
            Money m;
            m.minUsd = minValue.toInteger();
            const QJsonValue maxValue = o.value(QStringLiteral("value_usd_max"));
            m.maxUsd =
                maxValue.isDouble() ? std::optional<int64_t>(maxValue.toInteger()) : std::nullopt;
            const auto qualifier = qualifierFromToken(
                o.value(QStringLiteral("qualifier")).toString(QStringLiteral("exact")));
            if (!qualifier)
                return at(where, QCoreApplication::translate("ds::json", "unknown qualifier “%1”.")
                                     .arg(o.value(QStringLiteral("qualifier")).toString()));
            m.qualifier = *qualifier;
            m.currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
            m.stated = o.value(QStringLiteral("stated")).toString();
            if (m.minUsd < 0 || (m.maxUsd && *m.maxUsd < m.minUsd))
                return at(where, QCoreApplication::translate(
                                     "ds::json",
                                     "the amount's minimum is above its maximum or negative."));
            c.money = m;
        }
        const auto date = PartialDate::parse(o.value(QStringLiteral("date")).toString());
        if (!date)
            return at(where, QCoreApplication::translate("ds::json", "invalid date “%1”.")
                                 .arg(o.value(QStringLiteral("date")).toString()));
        c.date = *date;
        if (o.value(QStringLiteral("percent")).isDouble())
            c.percent = o.value(QStringLiteral("percent")).toDouble();
        for (auto [field, slot] : {std::pair{QStringLiteral("counterparty"), &c.counterpartyId},
                                   std::pair{QStringLiteral("stated_payer"), &c.statedPayerId},
                                   std::pair{QStringLiteral("stated_payee"), &c.statedPayeeId}}) {
            auto ref = optionalCompanyRef(o, field, where);
            if (!ref)
                return ref.error();
            *slot = *ref;
        }
        const auto stance = fromToken<Stance>(
            o.value(QStringLiteral("stance")).toString(QStringLiteral("supports")));
        const auto rank =
            fromToken<Rank>(o.value(QStringLiteral("rank")).toString(QStringLiteral("normal")));
        if (!stance || !rank)
            return at(where, QCoreApplication::translate("ds::json", "unknown stance or rank."));
        c.stance = *stance;
        c.rank = *rank;
        if (const QJsonValue status = o.value(QStringLiteral("stated_status"));
            !status.isNull() && !status.isUndefined()) {
            c.statedStatus = fromToken<DealStatus>(status.toString());
            if (!c.statedStatus)
                return at(where,
                          QCoreApplication::translate("ds::json", "unknown stated status “%1”.")
                              .arg(status.toVariant().toString()));
        }
        c.quote.exact = o.value(QStringLiteral("quote")).toString();
        c.quote.prefix = o.value(QStringLiteral("prefix")).toString();
        c.quote.suffix = o.value(QStringLiteral("suffix")).toString();
        const QJsonValue start = o.value(QStringLiteral("start"));
        const QJsonValue end = o.value(QStringLiteral("end"));
        if (start.isDouble() != end.isDouble())
            return at(where, QCoreApplication::translate(
                                 "ds::json", "a quote needs both its start and its end offset."));
        if (start.isDouble()) {
            if (start.toInt(-1) < 0 || end.toInt(-1) < start.toInt(-1))
                return at(where, QCoreApplication::translate("ds::json",
                                                             "the quote's offsets are invalid."));
            c.quote.start = start.toInt();
            c.quote.end = end.toInt();
            if (!c.quote.exact.isEmpty() && *c.quote.end - *c.quote.start != c.quote.exact.size())
                return at(where, QCoreApplication::translate(
                                     "ds::json", "the quote's offsets do not span its text."));
        }
        c.orphaned = o.value(QStringLiteral("orphaned")).toBool();
        c.note = o.value(QStringLiteral("note")).toString();
        auto id = idFor(Table::Claims, o);
        if (!id)
            return id.error();
        c.id = *id;
        auto added = m_store.addClaim(c);
        if (!added)
            return at(where, added.errorMessage());
        ++m_summary.claimsAdded;
        return {};
    }

    struct PendingCite {
        QString key, cites, where;
    };

    Store &m_store;
    ImportSummary &m_summary;
    QHash<QString, Id> m_companies; // lower-case name -> id
    QHash<QString, Id> m_sources;   // key -> id
    std::vector<PendingCite> m_pendingCites;
};

} // namespace

Result<ImportSummary> importDocument(Store &store, const QByteArray &json, bool dryRun) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            QCoreApplication::translate("ds::json", "The JSON is malformed at byte %1: %2.")
                .arg(parseError.offset)
                .arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{
            QCoreApplication::translate("ds::json", "The JSON document is not an object.")};

    Transaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    ImportSummary summary;
    Importer importer(store, summary);
    if (Status s = importer.run(doc.object()); !s)
        return s.error();
    if (dryRun)
        return summary; // the transaction rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace ds::json
