#include "kiosk/kioskpagecatalog.h"

#include "kiosk/alarmboard.h"

#include <QStringList>

namespace concord::ui {

QList<KioskPageEntry> kioskPageCatalog()
{
    return {
        {AlarmBoard::kPageId,
         [](RpcClient *c, QWidget *parent) -> KioskPage * { return new AlarmBoard(c, parent); }},
    };
}

QStringList kioskPageIds()
{
    QStringList ids;
    for (const KioskPageEntry &e : kioskPageCatalog())
        ids.append(e.id);
    return ids;
}

} // namespace concord::ui
