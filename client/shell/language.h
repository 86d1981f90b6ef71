#pragma once
#include <QString>

namespace concord::ui {

// Installs the translation for `requested` ("en", "zh_CN"; empty = the saved setting, else the
// system language) and makes it the default locale. Returns the language in use. A language given
// explicitly is saved as the setting.
QString installLanguage(const QString &requested);

} // namespace concord::ui
