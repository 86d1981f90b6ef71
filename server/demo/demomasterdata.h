#pragma once
#include <QDate>
#include <QString>

namespace concord {
struct Services;
namespace demo {

class DemoScript;

// The master data of the demo plant (brief 07), entered through the registered RPC methods by the
// demo users who would enter it — engineer: equipment, materials, BOMs, routings and change orders;
// maintenance: calibrations; qa: people, training, suppliers and approvals (qa2 reviews); warehouse:
// storage locations; manager: customers. Called by demo::seed once the accounts exist.
bool seedMasterData(Services &services, QString *error);

// The parts of the script (demoplant.cpp, demoproducts.cpp). `today` is the server's UTC date:
// calibration and training dates are relative to it, so "due soon" stays due soon in every demo.
void queuePlant(DemoScript &script, const QDate &today);
void queueProducts(DemoScript &script);
// Later changes: routing v2 approved (supersedes v1), an order in review, one rejected, one draft.
void queueChanges(DemoScript &script);

} // namespace demo
} // namespace concord
