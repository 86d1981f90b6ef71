#pragma once
#include <QStringList>
#include <QTreeWidget>

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Every permission a role can be given (role.permissions) as a checkable list: the permission and
// what it allows, in the words of the Roles tab. Permissions checked before the list has arrived
// are checked when it does.
class PermissionPicker : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PermissionPicker(RpcClient *client, QWidget *parent = nullptr);

    QStringList checkedPermissions() const;
    void setCheckedPermissions(const QStringList &permissions);
    bool isLoaded() const { return m_loaded; }
    // The row of this permission, or nullptr (tests tick permissions the way a person does).
    QTreeWidgetItem *itemFor(const QString &permission) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &text);
    void changed();

private:
    QStringList m_wanted;
    bool m_loaded = false;
};

} // namespace concord::ui
