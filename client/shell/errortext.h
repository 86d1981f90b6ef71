#pragma once
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QString>

class QLabel;
class QWidget;

namespace concord::ui {

// The text a person reads for an error: translated by data.code, never the bare code. Unknown codes
// fall back to the server's English message with the code in brackets for support.
QString errorText(const RpcError &error);

// One problem of a validation.failed answer (detail.code: required, maxLength, pattern, enum, …) in
// words, naming the field by `fieldLabel` (its translated dictionary label); `field` is the field's
// dictionary entry when there is one, for limits, allowed values and the referenced entity.
QString validationDetailText(const FieldError &detail, const QString &fieldLabel, const QJsonObject &field = {});

// A coding-rule pattern in words: "{alpha:2}-{code:2-30}" -> "2 capital letters, “-”, 2 to 30 capital
// letters, digits or hyphens".
QString codePatternText(const QString &pattern);

// Why the server ended a session (the reason of its session.ended notice), for the person whose
// screen it was: what happened and what to do now. Empty or unknown reasons get a general text.
QString sessionEndText(const QString &reason);

// The hidden, word-wrapped red label (objectName "error") in which dialogs show errorText().
QLabel *makeErrorLabel(QWidget *parent);

} // namespace concord::ui
