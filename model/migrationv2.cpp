// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/migrationv2.h"

namespace oi::model::v2 {

QString idFromText(const QString &text, const QString &fallback, QSet<QString> &taken)
{
    QString id;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (dash && !id.isEmpty())
                id += u'-';
            id += c.toLower();
            dash = false;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            dash = true;
        }
    }
    // Long texts make long ids; cut at a word so the id still reads.
    if (id.size() > 32) {
        const qsizetype cut = id.lastIndexOf(u'-', 32);
        id.truncate(cut > 8 ? cut : 32);
    }
    if (id.isEmpty())
        id = fallback;
    QString unique = id;
    for (int n = 2; taken.contains(unique); ++n)
        unique = id + u'-' + QString::number(n);
    taken.insert(unique);
    return unique;
}

std::vector<Responsibility> responsibilitiesFromRoles(const std::vector<RoleResponsibilities> &roles)
{
    std::vector<Responsibility> out;
    QSet<QString> taken;
    QSet<QString> placedToBe; // "role\ntext" of to-be entries already matched
    auto key = [](const QString &role, const QString &text) -> QString { return role + u'\n' + text; };
    for (const RoleResponsibilities &r : roles) {
        for (const QString &text : r.asIs) {
            Responsibility x { idFromText(text, QStringLiteral("responsibility"), taken), text, r.role, QString() };
            // Kept by the same role first, otherwise moved to the first role listing it as to-be.
            if (r.toBe.contains(text)) {
                x.toBe = r.role;
            } else {
                for (const RoleResponsibilities &other : roles)
                    if (other.toBe.contains(text) && !placedToBe.contains(key(other.role, text))) {
                        x.toBe = other.role;
                        break;
                    }
            }
            if (!x.toBe.isEmpty())
                placedToBe.insert(key(x.toBe, text));
            out.push_back(std::move(x));
        }
    }
    for (const RoleResponsibilities &r : roles)
        for (const QString &text : r.toBe)
            if (!placedToBe.contains(key(r.role, text))) {
                placedToBe.insert(key(r.role, text));
                out.push_back({ idFromText(text, QStringLiteral("responsibility"), taken), text, QString(), r.role });
            }
    return out;
}

Bounds boundsAt(NodeType type, double x, double y)
{
    switch (type) {
    case NodeType::Task: return { x, y, 100, 80 };
    case NodeType::Start:
    case NodeType::End:
    case NodeType::Timer: return { x, y, 36, 36 };
    case NodeType::Xor:
    case NodeType::AndSplit:
    case NodeType::AndJoin: return { x, y, 50, 50 };
    }
    return { x, y, 100, 80 };
}

} // namespace oi::model::v2
