#pragma once
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// The Roles tab: every role with its description and permissions (role.list), read-only. Reloaded
// when a role changes (identity.role events).
class RolesTab : public QWidget
{
    Q_OBJECT
public:
    explicit RolesTab(RpcClient *client, QWidget *parent = nullptr);
    ~RolesTab() override;

    QTreeWidget *tree() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }
    void reload();

    // A permission as a person reads it (translated where known), e.g. "user.admin" -> "Administer users".
    static QString permissionText(const QString &permission);

Q_SIGNALS:
    void loaded();

private:
    QPointer<RpcClient> m_client;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
};

} // namespace concord::ui
