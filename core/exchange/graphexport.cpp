#include "exchange/graphexport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace ds::exchange {

namespace {

QString nodeId(const graph::Node &node) {
    return QStringLiteral("c%1").arg(node.company);
}

QString weight(const graph::Edge &e) {
    return QString::number(double(e.usd) / 1e9, 'g', 12);
}

/// Only the companies that pay or receive something.
std::vector<bool> connected(const graph::MoneyGraph &graph) {
    std::vector<bool> used(graph.nodes().size(), false);
    for (const graph::Edge &e : graph.edges())
        used[size_t(e.from)] = used[size_t(e.to)] = true;
    return used;
}

Status finish(const QXmlStreamWriter &xml, const QIODevice &out) {
    if (xml.hasError())
        return Error{QCoreApplication::translate("ds::exchange", "Cannot write the graph: %1")
                         .arg(out.errorString())};
    return {};
}

} // namespace

Status writeGexf(const graph::MoneyGraph &graph, QIODevice &out) {
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("DealScope"));
    xml.writeTextElement(QStringLiteral("description"),
                         QStringLiteral("Flows of money between companies; weight in US$ "
                                        "billions (highest claimed value)"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    auto attributes = [&](const char *cls,
                          const std::vector<std::pair<const char *, const char *>> &a) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
        for (size_t i = 0; i < a.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), QLatin1String(a[i].first));
            xml.writeAttribute(QStringLiteral("title"), QLatin1String(a[i].first));
            xml.writeAttribute(QStringLiteral("type"), QLatin1String(a[i].second));
        }
        xml.writeEndElement();
    };
    attributes("node", {{"kind", "string"}, {"volume_usd", "double"}});
    attributes("edge", {{"flow", "long"},
                        {"kind", "string"},
                        {"status", "string"},
                        {"date", "string"},
                        {"usd_min", "long"},
                        {"usd_max", "long"},
                        {"has_amount", "boolean"},
                        {"disputed", "boolean"}});
    auto values = [&](const std::vector<std::pair<const char *, QString>> &v) {
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (const auto &[key, value] : v) {
            xml.writeEmptyElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QLatin1String(key));
            xml.writeAttribute(QStringLiteral("value"), value);
        }
        xml.writeEndElement();
    };
    const std::vector<bool> used = connected(graph);
    xml.writeStartElement(QStringLiteral("nodes"));
    for (size_t i = 0; i < graph.nodes().size(); ++i) {
        if (!used[i])
            continue;
        const graph::Node &n = graph.nodes()[i];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(n));
        xml.writeAttribute(QStringLiteral("label"), n.name);
        values({{"kind", token(n.kind)}, {"volume_usd", QString::number(n.volumeUsd, 'f', 0)}});
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    for (const graph::Edge &e : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("f%1").arg(e.flow));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes()[size_t(e.from)]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes()[size_t(e.to)]));
        xml.writeAttribute(QStringLiteral("weight"), weight(e));
        if (!e.date.isNull()) // from its first possible day on: Gephi's timeline
            xml.writeAttribute(QStringLiteral("start"), e.date.firstDay().toString(Qt::ISODate));
        values({{"flow", QString::number(e.flow)},
                {"kind", token(e.kind)},
                {"status", token(e.status)},
                {"date", e.date.toString()},
                {"usd_min", QString::number(e.usdLow)},
                {"usd_max", QString::number(e.usdHigh)},
                {"has_amount", e.hasAmount ? QStringLiteral("true") : QStringLiteral("false")},
                {"disputed", e.disputed ? QStringLiteral("true") : QStringLiteral("false")}});
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return finish(xml, out);
}

Status writeGraphml(const graph::MoneyGraph &graph, QIODevice &out) {
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    struct Key {
        const char *id;
        const char *domain;
        const char *type;
    };
    const Key keys[] = {{"label", "node", "string"},       {"kind", "node", "string"},
                        {"volume_usd", "node", "double"},  {"flow", "edge", "long"},
                        {"weight", "edge", "double"},      {"kind", "edge", "string"},
                        {"status", "edge", "string"},      {"date", "edge", "string"},
                        {"usd_min", "edge", "long"},       {"usd_max", "edge", "long"},
                        {"has_amount", "edge", "boolean"}, {"disputed", "edge", "boolean"}};
    for (const Key &k : keys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        // Node and edge keys may share a name; their ids may not.
        xml.writeAttribute(QStringLiteral("id"),
                           QLatin1String(k.domain) + QLatin1Char('_') + QLatin1String(k.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(k.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(k.id));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(k.type));
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("dealscope"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&](const char *domain, const char *key, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"),
                           QLatin1String(domain) + QLatin1Char('_') + QLatin1String(key));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    const std::vector<bool> used = connected(graph);
    for (size_t i = 0; i < graph.nodes().size(); ++i) {
        if (!used[i])
            continue;
        const graph::Node &n = graph.nodes()[i];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(n));
        data("node", "label", n.name);
        data("node", "kind", token(n.kind));
        data("node", "volume_usd", QString::number(n.volumeUsd, 'f', 0));
        xml.writeEndElement();
    }
    for (const graph::Edge &e : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("f%1").arg(e.flow));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes()[size_t(e.from)]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes()[size_t(e.to)]));
        data("edge", "flow", QString::number(e.flow));
        data("edge", "weight", weight(e));
        data("edge", "kind", token(e.kind));
        data("edge", "status", token(e.status));
        data("edge", "date", e.date.toString());
        data("edge", "usd_min", QString::number(e.usdLow));
        data("edge", "usd_max", QString::number(e.usdHigh));
        data("edge", "has_amount", e.hasAmount ? QStringLiteral("true") : QStringLiteral("false"));
        data("edge", "disputed", e.disputed ? QStringLiteral("true") : QStringLiteral("false"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return finish(xml, out);
}

} // namespace ds::exchange
