#include "shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace concord::ui {

QString installLanguage(const QString &requested)
{
    QSettings settings;
    QString lang = requested;
    if (lang.isEmpty()) lang = settings.value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty())
        lang =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (lang != QLatin1String("zh_CN"))
        lang = QStringLiteral("en");
    else if (!requested.isEmpty())
        settings.setValue(QStringLiteral("ui/language"), lang);
    if (lang == QLatin1String("en") && !requested.isEmpty())
        settings.setValue(QStringLiteral("ui/language"), lang);

    QLocale::setDefault(
        QLocale(lang == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    if (lang == QLatin1String("zh_CN")) {
        auto *own = new QTranslator(QCoreApplication::instance());
        if (own->load(QStringLiteral(":/i18n/concord_zh_CN.qm"))) QCoreApplication::installTranslator(own);
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return lang;
}

} // namespace concord::ui
