#pragma once
#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class KioskPage;

// One kind of board the display can show; the configuration's "pages =" line names them by id.
struct KioskPageEntry
{
    QString id;
    std::function<KioskPage *(RpcClient *, QWidget *parent)> create;
};

// Every board of this build (kioskpagecatalog.cpp). A new board adds one entry there.
QList<KioskPageEntry> kioskPageCatalog();
QStringList kioskPageIds();

} // namespace concord::ui
