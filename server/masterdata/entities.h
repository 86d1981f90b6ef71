#pragma once
#include "dictionary/entitydef.h"

namespace concord::masterdata {

// The master-data entities of the unified dictionary (units, materials, BOMs, routings, equipment,
// people and training, suppliers, customers, ship-to addresses, storage locations).
QList<EntityDef> productEntities(); // entities.cpp: units, materials, BOMs, routings
QList<EntityDef> plantEntities();   // plantentities.cpp: equipment, people, partners, locations

// Business rules of those entities (rules.cpp), attached to the definitions' `check`.
void checkUom(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);
void checkMaterial(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);
void checkBom(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);
void checkRouting(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);
void checkEquipment(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);
void checkTraining(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);
void checkLocation(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors);

} // namespace concord::masterdata
