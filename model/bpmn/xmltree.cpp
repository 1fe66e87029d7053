// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/xmltree.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>

namespace oi::model::bpmn {

namespace {

// A class scope so lupdate files these strings under "BpmnReader".
struct BpmnReader
{
    Q_DECLARE_TR_FUNCTIONS(BpmnReader)
};

QString withFullStop(QString sentence)
{
    sentence = sentence.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(u'.'))
        sentence += u'.';
    return sentence;
}

// Where a token starts. QXmlStreamReader tells where it ends (and sometimes one character
// further); a start tag's own '<' is the last one before its end, since attribute values cannot
// hold one. So the text is decoded once, as the reader does, and searched backwards.
class SourceText
{
public:
    explicit SourceText(const QByteArray &data)
        : mData(data)
    {
    }

    void decode(const QString &declared)
    {
        std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(mData);
        QStringDecoder decoder = encoding ? QStringDecoder(*encoding)
            : declared.isEmpty()          ? QStringDecoder(QStringConverter::Utf8)
                                          : QStringDecoder(declared.toLatin1().constData());
        if (!decoder.isValid())
            return;
        mText = decoder.decode(mData);
        mLineStarts.push_back(0);
        for (qsizetype i = 0; i < mText.size(); ++i)
            if (mText.at(i) == u'\n' || (mText.at(i) == u'\r' && (i + 1 == mText.size() || mText.at(i + 1) != u'\n')))
                mLineStarts.push_back(i + 1);
    }

    /** 1-based line and column of the last `opening` before `end`; the reader's place if unknown. */
    std::pair<int, int> place(qint64 end, const QString &opening, const QXmlStreamReader &reader) const
    {
        const qsizetype from = std::min<qsizetype>(qsizetype(end), mText.size()) - 1;
        const qsizetype at = from < 0 || mLineStarts.empty() ? -1 : mText.lastIndexOf(opening, from);
        if (at < 0)
            return { int(reader.lineNumber()), int(reader.columnNumber()) + 1 };
        const auto line = std::upper_bound(mLineStarts.begin(), mLineStarts.end(), at) - 1;
        return { int(line - mLineStarts.begin()) + 1, int(at - *line) + 1 };
    }

private:
    const QByteArray &mData;
    QString mText;
    std::vector<qsizetype> mLineStarts;
};

} // namespace

int XmlTree::child(int parent, QLatin1StringView namespaceUri, QLatin1StringView localName) const
{
    for (const int c : at(parent).children)
        if (at(c).is(namespaceUri, localName))
            return c;
    return -1;
}

std::vector<int> XmlTree::children(int parent, QLatin1StringView namespaceUri, QLatin1StringView localName) const
{
    std::vector<int> out;
    for (const int c : at(parent).children)
        if (at(c).is(namespaceUri, localName))
            out.push_back(c);
    return out;
}

std::optional<XmlTree> readXmlTree(
    const QByteArray &data, const QString &fileName, Problems *problems, const XmlLimits &limits)
{
    auto fail = [&](int line, int column, const QString &message) -> std::optional<XmlTree> {
        if (problems)
            problems->push_back({ Problem::Severity::Error, fileName, line, column, QString(), QString(), message });
        return std::nullopt;
    };
    if (data.size() > limits.bytes)
        return fail(0, 0,
            BpmnReader::tr("The file is %1 MB; BPMN files are read up to %2 MB, so nothing was imported.")
                .arg(QLocale::c().toString(double(data.size()) / (1024.0 * 1024.0), 'f', 1))
                .arg(limits.bytes / (1024 * 1024)));

    QXmlStreamReader reader(data);
    XmlTree tree;
    std::vector<int> open; // the elements whose end tag is still to come
    SourceText source(data);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartDocument)
            source.decode(reader.documentEncoding().toString());
        const qint64 end = reader.characterOffset();
        switch (token) {
        case QXmlStreamReader::DTD: {
            const auto [startLine, startColumn] = source.place(end, QStringLiteral("<!DOCTYPE"), reader);
            return fail(startLine, startColumn,
                BpmnReader::tr("The file declares a document type (<!DOCTYPE>). BPMN files never need one, and a "
                               "DTD can pull in other files or expand entities without end, so the file is refused."));
        }
        case QXmlStreamReader::EntityReference: {
            const auto [startLine, startColumn] = source.place(end, QStringLiteral("&"), reader);
            return fail(startLine, startColumn,
                BpmnReader::tr("The file uses the entity &%1;, which is not one of XML's own; the file is refused.")
                    .arg(reader.name().toString()));
        }
        case QXmlStreamReader::StartElement: {
            const auto [startLine, startColumn] = source.place(end, QStringLiteral("<"), reader);
            if (int(tree.elements.size()) >= limits.elements)
                return fail(startLine, startColumn,
                    BpmnReader::tr("The file has more than %1 elements; larger files are refused, so nothing was "
                                   "imported.")
                        .arg(limits.elements));
            if (int(open.size()) >= limits.depth)
                return fail(startLine, startColumn,
                    BpmnReader::tr("Elements nest deeper than %1 levels here; such files are refused, so nothing "
                                   "was imported.")
                        .arg(limits.depth));
            XmlElement e;
            e.ns = reader.namespaceUri().toString();
            e.name = reader.name().toString();
            e.attributes = reader.attributes();
            e.line = startLine;
            e.column = startColumn;
            e.parent = open.empty() ? -1 : open.back();
            const int index = int(tree.elements.size());
            if (e.parent >= 0)
                tree.elements[size_t(e.parent)].children.push_back(index);
            else if (index != 0)
                break; // QXmlStreamReader reports a second root as an error below
            tree.elements.push_back(std::move(e));
            open.push_back(index);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.empty()) {
                XmlElement &e = tree.elements[size_t(open.back())];
                e.text = e.text.trimmed();
                open.pop_back();
            }
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty() && !reader.isWhitespace())
                tree.elements[size_t(open.back())].text += reader.text();
            break;
        default: break;
        }
    }
    if (reader.hasError())
        return fail(int(reader.lineNumber()), int(reader.columnNumber()) + 1,
            BpmnReader::tr("The file is not well-formed XML: %1 Nothing was imported.")
                .arg(withFullStop(reader.errorString())));
    if (tree.elements.empty())
        return fail(0, 0, BpmnReader::tr("The file holds no XML element; nothing was imported."));
    return tree;
}

} // namespace oi::model::bpmn
