#pragma once
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class EntityListModel;
class RecordPanel;
class VersionHistoryPanel;
class WhereUsedPanel;

// One entity of the master-data module: its records in a sortable, filterable table (kept current
// by events), and beside it the chosen record (RecordPanel), its versions with a diff
// (VersionHistoryPanel, versioned entities) and where it is used (WhereUsedPanel, where the server
// can tell). Versioned entities can be viewed "as of" a past moment: the list, the record and the
// where-used then show the versions in force at that time.
class EntityPage : public QWidget
{
    Q_OBJECT
public:
    EntityPage(RpcClient *client, const QJsonObject &entity, const QJsonObject &dictionary, QWidget *parent = nullptr);

    QString entityName() const;
    EntityListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }
    RecordPanel *recordPanel() const { return m_record; }
    VersionHistoryPanel *historyPanel() const { return m_history; } // nullptr for plain entities
    WhereUsedPanel *whereUsedPanel() const { return m_whereUsed; }  // nullptr where unsupported
    QTabWidget *detailTabs() const { return m_tabs; }

    // Selects the record with this code and shows it (when the list has it; also before it has
    // loaded). A version > 0 shows that version in the record tab.
    void showRecord(const QString &code, int version = 0);
    void startNew();
    // Versioned entities: view the data as of this moment (invalid = now).
    void setAsOf(const QDateTime &asOf);
    // Shows one of the detail tabs: "record", "history", "whereUsed".
    void showTab(const QString &tab);

Q_SIGNALS:
    // A where-used row names a record of another entity.
    void openRecord(const QString &entity, const QString &code, int version);

private:
    void onSelectionChanged();
    void showDetails(const QString &code, int version);
    void updateCount();

    QPointer<RpcClient> m_client;
    QJsonObject m_entity;
    EntityListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_asOfEnabled = nullptr;
    QDateTimeEdit *m_asOf = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordPanel *m_record = nullptr;
    VersionHistoryPanel *m_history = nullptr;
    WhereUsedPanel *m_whereUsed = nullptr;
    QPointer<QMessageBox> m_discardQuestion; // unsaved changes, another record chosen
    QString m_pendingCode; // showRecord() before the list arrived
    int m_pendingVersion = 0;
    bool m_selecting = false;
};

} // namespace concord::ui
