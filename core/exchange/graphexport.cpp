// SPDX-License-Identifier: GPL-3.0-or-later
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

/// An attribute of a node or an edge: its name, its type (the same words in GEXF and GraphML)
/// and its value. One list serves both formats, for the declarations and the values.
struct Field {
    const char *name;
    const char *type;
    QString value;
};

QString boolText(bool b) {
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

std::vector<Field> nodeFields(const graph::Node &n) {
    return {{"kind", "string", token(n.kind)},
            {"volume_usd", "double", QString::number(n.volumeUsd, 'f', 0)}};
}

std::vector<Field> edgeFields(const graph::Edge &e) {
    return {{"flow", "long", QString::number(e.flow)},
            {"kind", "string", token(e.kind)},
            {"status", "string", token(e.status)},
            {"date", "string", e.date.toString()},
            {"usd_min", "long", QString::number(e.usdLow)},
            {"usd_max", "long", QString::number(e.usdHigh)},
            {"has_amount", "boolean", boolText(e.hasAmount)},
            {"disputed", "boolean", boolText(e.disputed)}};
}

} // namespace

Status writeGexf(const graph::MoneyGraph &graph, QIODevice &out) {
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    // GEXF 1.2draft: what Gephi and Debian 12's networkx (2.8, which knows no 1.3) both read,
    // with the dynamic dates Gephi's timeline uses.
    xml.writeDefaultNamespace(QStringLiteral("http://www.gexf.net/1.2draft"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("DealScope"));
    xml.writeTextElement(
        QStringLiteral("description"),
        QStringLiteral("Flows of money between companies; weight in US$ "
                       "billions (the figure; a disputed one at its lowest claimed value)"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    auto attributes = [&](const char *cls, const std::vector<Field> &fields) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
        for (const Field &f : fields) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), QLatin1String(f.name));
            xml.writeAttribute(QStringLiteral("title"), QLatin1String(f.name));
            xml.writeAttribute(QStringLiteral("type"), QLatin1String(f.type));
        }
        xml.writeEndElement();
    };
    attributes("node", nodeFields({}));
    attributes("edge", edgeFields({}));
    auto values = [&](const std::vector<Field> &fields) {
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (const Field &f : fields) {
            xml.writeEmptyElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QLatin1String(f.name));
            xml.writeAttribute(QStringLiteral("value"), f.value);
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
        values(nodeFields(n));
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
        values(edgeFields(e));
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
    // GraphML has no built-in label or weight: they are fields like the others.
    auto graphmlNode = [](const graph::Node &n) {
        std::vector<Field> fields = nodeFields(n);
        fields.insert(fields.begin(), Field{"label", "string", n.name});
        return fields;
    };
    auto graphmlEdge = [](const graph::Edge &e) {
        std::vector<Field> fields = edgeFields(e);
        fields.insert(fields.begin() + 1, Field{"weight", "double", weight(e)});
        return fields;
    };
    auto keys = [&](const char *domain, const std::vector<Field> &fields) {
        for (const Field &f : fields) {
            xml.writeEmptyElement(QStringLiteral("key"));
            // Node and edge keys may share a name; their ids may not.
            xml.writeAttribute(QStringLiteral("id"),
                               QLatin1String(domain) + QLatin1Char('_') + QLatin1String(f.name));
            xml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
            xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(f.name));
            xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(f.type));
        }
    };
    keys("node", graphmlNode({}));
    keys("edge", graphmlEdge({}));
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("dealscope"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&](const char *domain, const std::vector<Field> &fields) {
        for (const Field &f : fields) {
            xml.writeStartElement(QStringLiteral("data"));
            xml.writeAttribute(QStringLiteral("key"),
                               QLatin1String(domain) + QLatin1Char('_') + QLatin1String(f.name));
            xml.writeCharacters(f.value);
            xml.writeEndElement();
        }
    };
    const std::vector<bool> used = connected(graph);
    for (size_t i = 0; i < graph.nodes().size(); ++i) {
        if (!used[i])
            continue;
        const graph::Node &n = graph.nodes()[i];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(n));
        data("node", graphmlNode(n));
        xml.writeEndElement();
    }
    for (const graph::Edge &e : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("f%1").arg(e.flow));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes()[size_t(e.from)]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes()[size_t(e.to)]));
        data("edge", graphmlEdge(e));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return finish(xml, out);
}

} // namespace ds::exchange
