#include "shell/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concord::ui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const Appearance current = Appearance::load();

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own words, so that someone who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_initialLanguage = QLocale().name() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    m_language->setCurrentIndex(m_language->findData(m_initialLanguage));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), Appearance::themeKey(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), Appearance::themeKey(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), Appearance::themeKey(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(Appearance::themeKey(current.theme)));

    m_fontScale = new QSpinBox(this);
    m_fontScale->setObjectName(QStringLiteral("fontScale"));
    m_fontScale->setRange(80, 200);
    m_fontScale->setSingleStep(10);
    m_fontScale->setSuffix(QStringLiteral(" %"));
    m_fontScale->setValue(qRound(current.fontScale * 100));

    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(1, 60);
    m_lockMinutes->setValue(current.lockMinutes);
    m_lockMinutes->setSuffix(tr(" min"));

    m_languageNote = new QLabel(tr("The new language is used from the next start of Concord."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(language() != m_initialLanguage); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Font size:"), m_fontScale);
    form->addRow(tr("&Lock the screen after:"), m_lockMinutes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Appearance SettingsDialog::appearance() const
{
    Appearance a;
    a.theme = Appearance::themeFromKey(m_theme->currentData().toString());
    a.fontScale = m_fontScale->value() / 100.0;
    a.lockMinutes = m_lockMinutes->value();
    return a;
}

QString SettingsDialog::language() const { return m_language->currentData().toString(); }

bool SettingsDialog::saveAndApply()
{
    const Appearance a = appearance();
    a.save();
    QSettings().setValue(QStringLiteral("ui/language"), language());
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyAppearance(*app, a);
    return language() != m_initialLanguage;
}

} // namespace concord::ui
