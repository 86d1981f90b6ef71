#pragma once
#include "core/auditfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace concord::ui {

// The filters of the audit trail: record (type and/or ID), user, action, a time range in local
// time (the zone is shown) and the entry to start at. Nothing is applied until Apply or Enter.
class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    AuditFilter filter() const; // what the fields say now
    void setFilter(const AuditFilter &filter);
    void clear();

    // "Record: alarm 42; user: qa; …" for the PDF export; tr("All entries") when nothing is set.
    static QString describe(const AuditFilter &filter);

Q_SIGNALS:
    void applyRequested();
    void clearRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QComboBox *m_recordType = nullptr;
    QLineEdit *m_recordId = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_upToSeq = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace concord::ui
