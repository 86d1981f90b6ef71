#pragma once
#include <QListWidget>
#include <QPointer>
#include <QStringList>

namespace concord {
class RpcClient;
}

namespace concord::ui {

// The server's roles as a checkable list (role.list), with each role's description as tooltip.
// Roles checked before the list has arrived are checked when it does.
class RolePicker : public QListWidget
{
    Q_OBJECT
public:
    explicit RolePicker(RpcClient *client, QWidget *parent = nullptr);

    QStringList checkedRoles() const;
    void setCheckedRoles(const QStringList &roles);
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void changed();

private:
    QStringList m_wanted;
    bool m_loaded = false;
};

} // namespace concord::ui
