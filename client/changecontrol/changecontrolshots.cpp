#include "changecontrol/changecontrolshots.h"

#include "changecontrol/changecontrolpage.h"
#include "changecontrol/changeordermodel.h"
#include "changecontrol/changeorderpanel.h"
#include "changecontrol/versionviewdialog.h"
#include "core/rpcclient.h"
#include "masterdata/routingeditor.h"
#include "signature/signaturedialog.h"

#include <QHash>
#include <QJsonArray>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <memory>

namespace concord::ui {

namespace {
struct Picks
{
    QString bom;
    int bomVersion = 0;
    QString routing;
    int routingVersion = 0;
    QPointer<VersionViewDialog> dialog;
};

// Checks the candidates one after the other: the first whose lines name a component with a BOM of
// its own is the one to show, so that the tree has a second level.
void pickMultiLevel(RpcClient *client, ChangeControlPage *page, const std::shared_ptr<Picks> &picks,
                    QList<QPair<QString, int>> candidates, const QSet<QString> &withBom)
{
    if (candidates.isEmpty()) return;
    const auto [code, version] = candidates.takeFirst();
    client->call(
        QStringLiteral("bom.get"), {{QStringLiteral("code"), code}, {QStringLiteral("version"), version}},
        page,
        [client, page, picks, candidates, withBom, code, version](const QJsonObject &bom, const RpcError &) {
            for (const QJsonValue &l : bom.value(QStringLiteral("lines")).toArray())
                if (withBom.contains(l.toObject().value(QStringLiteral("component")).toString())) {
                    picks->bom = code;
                    picks->bomVersion = version;
                    return;
                }
            pickMultiLevel(client, page, picks, candidates, withBom);
        });
}

// The BOM of a finished device with sub-assemblies; any BOM if there is none.
void pickBom(RpcClient *client, ChangeControlPage *page, const std::shared_ptr<Picks> &picks)
{
    client->call(
        QStringLiteral("material.list"), {{QStringLiteral("limit"), 5000}}, page,
        [client, page, picks](const QJsonObject &materials, const RpcError &) {
            QSet<QString> finished;
            for (const QJsonValue &v : materials.value(QStringLiteral("records")).toArray())
                if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("finished"))
                    finished.insert(v.toObject().value(QStringLiteral("code")).toString());
            client->call(QStringLiteral("bom.list"), {{QStringLiteral("limit"), 5000}}, page,
                         [client, page, picks, finished](const QJsonObject &r, const RpcError &) {
                             QSet<QString> withBom;
                             QList<QPair<QString, int>> candidates;
                             for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray()) {
                                 const QJsonObject b = v.toObject();
                                 const QString code = b.value(QStringLiteral("code")).toString();
                                 const int version = b.value(QStringLiteral("latestVersion")).toInt();
                                 withBom.insert(code);
                                 if (picks->bom.isEmpty()) {
                                     picks->bom = code;
                                     picks->bomVersion = version;
                                 }
                                 if (finished.contains(code)) candidates.append({code, version});
                             }
                             pickMultiLevel(client, page, picks, candidates, withBom);
                         });
        });
}

void pickRouting(RpcClient *client, ChangeControlPage *page, const std::shared_ptr<Picks> &picks)
{
    client->call(QStringLiteral("routing.list"), {{QStringLiteral("limit"), 5000}}, page,
                 [picks](const QJsonObject &r, const RpcError &) {
                     bool pickedPending = false;
                     for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray()) {
                         const QJsonObject o = v.toObject();
                         // A routing with a version in review or draft: what a reviewer looks at.
                         const bool pending =
                             o.value(QStringLiteral("latestStatus")).toString() != QLatin1String("approved");
                         if (!picks->routing.isEmpty() && (pickedPending || !pending)) continue;
                         picks->routing = o.value(QStringLiteral("code")).toString();
                         picks->routingVersion = o.value(QStringLiteral("latestVersion")).toInt();
                         pickedPending = pending;
                     }
                 });
}

qint64 orderInReview(ChangeOrderModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).value(QStringLiteral("status")).toString() == QLatin1String("in_review"))
            return model->record(row).value(QStringLiteral("id")).toInteger();
    return model->rowCount() > 0 ? model->record(0).value(QStringLiteral("id")).toInteger() : 0;
}

// The routing with the operation that has the most process parameters selected: the limits are
// what the shot is about.
void showBusiestOperation(VersionViewDialog *dialog)
{
    auto *editor = qobject_cast<RoutingEditor *>(dialog->editor());
    if (!editor) return;
    QHash<int, int> count;
    for (const QJsonValue &p : editor->content().value(QStringLiteral("parameters")).toArray())
        ++count[p.toObject().value(QStringLiteral("operation")).toInt()];
    int best = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (best < 0 || it.value() > count.value(best) ||
            (it.value() == count.value(best) && it.key() < best))
            best = it.key();
    if (best > 0) editor->selectOperation(best);
}

ScreenshotProvider::Shot viewShot(const QString &name, ChangeControlPage *page, RpcClient *client,
                                  const std::shared_ptr<Picks> &picks, bool bom)
{
    return {name,
            [page, client, picks, bom]() -> QWidget * {
                const QString code = bom ? picks->bom : picks->routing;
                if (code.isEmpty()) return nullptr;
                auto *dialog =
                    new VersionViewDialog(client, bom ? QStringLiteral("bom") : QStringLiteral("routing"),
                                          code, bom ? picks->bomVersion : picks->routingVersion, {}, page);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                if (!bom)
                    QObject::connect(dialog, &VersionViewDialog::loaded, dialog,
                                     [dialog] { showBusiestOperation(dialog); });
                dialog->show();
                picks->dialog = dialog;
                return dialog;
            },
            [picks] {
                if (picks->dialog) picks->dialog->close();
            }};
}
} // namespace

QList<ScreenshotProvider::Shot> ChangeControlShots::shots(ChangeControlPage *page, RpcClient *client)
{
    if (!page || !client) return {};
    auto picks = std::make_shared<Picks>();
    pickBom(client, page, picks);
    pickRouting(client, page, picks);
    QPointer<ChangeControlPage> p(page);
    QList<ScreenshotProvider::Shot> shots;
    shots.append({QStringLiteral("review"),
                  [p]() -> QWidget * {
                      if (!p) return nullptr;
                      if (const qint64 id = orderInReview(p->model())) p->selectOrder(id);
                      return p->window();
                  },
                  {}});
    shots.append({QStringLiteral("sign"),
                  [p]() -> QWidget * {
                      if (!p) return nullptr;
                      p->panel()->sign();
                      return p->panel()->signatureDialog();
                  },
                  [p] {
                      if (p && p->panel()->signatureDialog()) p->panel()->signatureDialog()->reject();
                  }});
    shots.append(viewShot(QStringLiteral("bom-tree"), page, client, picks, true));
    shots.append(viewShot(QStringLiteral("routing"), page, client, picks, false));
    return shots;
}

} // namespace concord::ui
