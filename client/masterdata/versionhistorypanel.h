#pragma once
#include "core/datadictionary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Every version of one versioned record (<entity>.history): version, status, effective from and
// to in local time with the zone, the change order and who changed it last; and the differences
// between two chosen versions side by side (<entity>.diff: field, the one version's value, the
// other's), rows of BOMs and routings named by their keys. Opens with the newest two compared.
class VersionHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    VersionHistoryPanel(RpcClient *client, const QJsonObject &entity, const QJsonObject &dictionary,
                        QWidget *parent = nullptr);

    // Loads the history of this code (empty clears the panel).
    void setCode(const QString &code);
    QString code() const { return m_code; }
    void compare(int from, int to);

    bool isLoaded() const { return m_loaded; }
    bool isDiffLoaded() const { return m_diffLoaded; }
    QTableWidget *versionTable() const { return m_versions; }
    QTableWidget *diffTable() const { return m_diff; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }

Q_SIGNALS:
    void loaded();
    void diffLoaded();
    void openVersion(const QString &code, int version); // a double-click on a version

private:
    void showHistory(const QJsonArray &versions);
    void showDiff(const QJsonObject &answer);

    QPointer<RpcClient> m_client;
    QJsonObject m_entity;
    DataDictionary m_dictionary;
    QString m_code;
    QLabel *m_title = nullptr;
    QTableWidget *m_versions = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_diffTitle = nullptr;
    QTableWidget *m_diff = nullptr;
    QLabel *m_error = nullptr;
    bool m_loaded = false;
    bool m_diffLoaded = false;
    quint64 m_generation = 0;
    quint64 m_diffGeneration = 0;
};

} // namespace concord::ui
