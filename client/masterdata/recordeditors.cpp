#include "masterdata/bomeditor.h"
#include "masterdata/entityform.h"
#include "masterdata/recordeditor.h"
#include "masterdata/routingeditor.h"

namespace concord::ui {

// The one place that picks the editor of an entity: the BOM tree and the routing editor for those
// two, the generic dictionary-driven form for every other entity.
RecordEditor *createRecordEditor(const QJsonObject &entity, const QJsonObject &dictionary, RpcClient *client, QWidget *parent)
{
    const QString name = entity.value(QStringLiteral("name")).toString();
    if (name == QLatin1String("bom")) return new BomEditor(client, parent);
    if (name == QLatin1String("routing")) return new RoutingEditor(client, parent);
    return new EntityForm(entity, dictionary, client, parent);
}

} // namespace concord::ui
