#include "core/modules.h"

#include "alarm/alarmmethods.h"
#include "audit/auditmethods.h"
#include "changecontrol/changecontrolmethods.h"
#include "coding/codingmethods.h"
#include "events/eventmethods.h"
#include "identity/authmethods.h"
#include "identity/rolemethods.h"
#include "identity/usermethods.h"
#include "masterdata/csvmethods.h"
#include "masterdata/entitymethods.h"
#include "session/sessionmethods.h"
#include "signature/signaturemethods.h"

namespace concord {

void registerModules(Services &s)
{
    registerSessionMethods(s);
    registerAuthMethods(s);
    registerUserMethods(s);
    registerRoleMethods(s);
    registerAuditMethods(s);
    registerSignatureMethods(s);
    registerEventMethods(s);
    registerAlarmMethods(s);
    registerEntityMethods(s);
    registerMasterDataMethods(s);
    registerCsvMethods(s);
    registerCodingMethods(s);
    registerChangeControlMethods(s);
}

} // namespace concord
