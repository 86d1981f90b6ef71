#include "dictionary/entitydef.h"

#include <QRegularExpression>

namespace concord {

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Decimal: return QStringLiteral("decimal");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::Bool: return QStringLiteral("bool");
    case FieldType::Enum: return QStringLiteral("enum");
    case FieldType::Ref: return QStringLiteral("ref");
    }
    return {};
}

QString FieldDef::column() const
{
    static const QRegularExpression upper(QStringLiteral("([A-Z])"));
    QString c = name;
    c.replace(upper, QStringLiteral("_\\1"));
    return c.toLower();
}

FieldDef field(const QString &name, FieldType type, const char *label, const char *description)
{
    FieldDef f;
    f.name = name;
    f.type = type;
    f.label = QString::fromUtf8(label);
    f.description = QString::fromUtf8(description);
    return f;
}

FieldDef enumField(const QString &name, const QStringList &allowed, const char *label, const char *description)
{
    FieldDef f = field(name, FieldType::Enum, label, description);
    f.allowed = allowed;
    return f;
}

FieldDef refField(const QString &name, const QString &entity, const char *label, const char *description)
{
    FieldDef f = field(name, FieldType::Ref, label, description);
    f.ref = entity;
    return f;
}

const FieldDef *EntityDef::find(const QString &fieldName) const
{
    for (const FieldDef &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

QStringList EntityDef::keyFields() const
{
    QStringList keys;
    for (const FieldDef &f : fields)
        if (f.key)
            keys.append(f.name);
    return keys;
}

QStringList bookkeepingColumns(EntityKind kind, bool identityTable)
{
    const QStringList stamps{QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
                             QStringLiteral("updated_by"), QStringLiteral("row_version")};
    switch (kind) {
    case EntityKind::Plain:
        return stamps;
    case EntityKind::Versioned:
        if (identityTable)
            return {QStringLiteral("created_at"), QStringLiteral("created_by")};
        return QStringList{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("status"),
                           QStringLiteral("effective_from"), QStringLiteral("effective_to"), QStringLiteral("change_order_id")} +
               stamps;
    case EntityKind::Child:
        return {QStringLiteral("id"), QStringLiteral("version_id")};
    case EntityKind::Record:
        return {};
    }
    return {};
}

} // namespace concord
