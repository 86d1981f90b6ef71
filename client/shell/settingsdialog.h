#pragma once
#include "shell/appearance.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace concord::ui {

// Per-user settings of this workstation: language (takes effect at the next start), theme and
// font scale (at once), idle minutes before the lock screen.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    Appearance appearance() const;
    QString language() const; // "en" or "zh_CN"

    // Saves everything and applies theme and font scale; returns true if the language changed.
    bool saveAndApply();

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontScale = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLabel *m_languageNote = nullptr;
    QString m_initialLanguage;
};

} // namespace concord::ui
