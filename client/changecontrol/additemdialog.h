#pragma once
#include "core/writekey.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Puts the open draft of a material, BOM or routing on a draft change order (eco.addItem), or
// (action obsolete) its approved version to be taken out of use. The codes offered are those whose
// newest version is a draft, or those with a version in force; when it takes effect is "at approval"
// unless a date and time is set — entered in local time with the zone shown, sent as UTC. The
// server refuses a time in the past (rule.effective_before_approval) or a draft that is on another
// order; the refusal is shown in the dialog.
class AddItemDialog : public QDialog
{
    Q_OBJECT
public:
    AddItemDialog(RpcClient *client, const QJsonObject &order, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    // Sets the item as a person would (tests): entity, code and optionally the local effective time.
    void choose(const QString &entity, const QString &code, const QDateTime &effectiveFrom = {});
    // What is sent as effectiveFrom (UTC ISO-8601), empty for "at approval".
    QString effectiveFromUtc() const;

Q_SIGNALS:
    void added(const QJsonObject &order);

private:
    void loadDrafts();
    void updateState();
    void add();

    QPointer<RpcClient> m_client;
    QJsonObject m_order;
    WriteKey m_key;
    bool m_loaded = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    QComboBox *m_entity = nullptr;
    QComboBox *m_action = nullptr; // release a new draft, or take the version in force out of use
    QComboBox *m_code = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QDateTimeEdit *m_effective = nullptr;
    QLabel *m_utc = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace concord::ui
