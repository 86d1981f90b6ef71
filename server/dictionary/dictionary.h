#pragma once
#include "dictionary/entitydef.h"

#include <QHash>
#include <QJsonObject>

namespace concord {

class Dictionary;

// What an entity's `check` gets: the connection of the running transaction (reader or writer),
// the dictionary, the server time, and the path prefix for field errors ("params.data").
struct RuleContext
{
    Sql &sql;
    const Dictionary &dictionary;
    QString now;
    QString path;
};

// All entity definitions of all modules: the unified data dictionary.
class Dictionary
{
public:
    explicit Dictionary(QList<EntityDef> entities);
    const QList<EntityDef> &entities() const { return m_entities; }
    const EntityDef *find(const QString &name) const;
    QList<const EntityDef *> childrenOf(const QString &parent) const;
    // The machine-readable dictionary served by dictionary.get.
    QJsonObject toJson() const;
    static QJsonObject toJson(const FieldDef &f);

private:
    QList<EntityDef> m_entities;
    QHash<QString, qsizetype> m_index;
};

// The dictionary of this server build (master data, change control), built once.
const Dictionary &dictionary();

} // namespace concord
