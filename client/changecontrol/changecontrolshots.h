#pragma once
#include "shell/module.h"

namespace concord {
class RpcClient;
}

namespace concord::ui {

class ChangeControlPage;

// The screenshots of the Change control page (tests/ui/screenshots.sh): an order in review with
// its impact and approval steps, the signature dialog for its next step, and — opened from the
// change order as a reviewer would — a BOM of a finished device as a multi-level tree and a
// routing with its parameter limits.
class ChangeControlShots
{
public:
    static QList<ScreenshotProvider::Shot> shots(ChangeControlPage *page, RpcClient *client);
};

} // namespace concord::ui
