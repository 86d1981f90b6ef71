#pragma once
#include "protocol/rpcerror.h"

#include <QString>

class QLabel;
class QWidget;

namespace concord::ui {

// The text a person reads for an error: translated by data.code, never the bare code. Unknown codes
// fall back to the server's English message with the code in brackets for support.
QString errorText(const RpcError &error);

// The hidden, word-wrapped red label (objectName "error") in which dialogs show errorText().
QLabel *makeErrorLabel(QWidget *parent);

} // namespace concord::ui
